package ma.cybercaravane.sessions;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Join codes read well off a projector and cannot be guessed in practice. */
class JoinCodesTest {

    @Test
    void codesAreSixCharactersWithoutAmbiguousOnes() {
        assertThat(JoinCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L").hasSize(31);
        JoinCodes codes = new JoinCodes(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}");
            seen.add(code);
        }
        // 31^6 = 887,503,681 codes: 2000 draws practically never repeat.
        assertThat(seen.size()).isGreaterThan(1995);
        assertThat(Math.pow(JoinCodes.ALPHABET.length(), JoinCodes.LENGTH)).isGreaterThan(8e8);
    }

    @Test
    void aCodeInUseByAnOpenSessionIsDrawnAgain() {
        String first = new JoinCodes(new Random(7)).next();
        String drawn = new JoinCodes(new Random(7)).unique(first::equals);
        assertThat(drawn).isNotEqualTo(first).hasSize(6);
    }
}
