package ma.cybercaravane.play.ui;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import ma.cybercaravane.shared.Installation;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;
import ma.cybercaravane.testsupport.BrowserlessTestBase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Joining with a code: wrong codes and closed sessions get kind words; guessing codes is slowed down. */
@DirtiesContext // the code-guessing limit is remembered by the running app
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JoinWithCodeTest extends BrowserlessTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Installation installation;

    @Test
    void aChildTypesTheCodeOfAnOpenSessionAndGoesOnToChooseLanguage() {
        session("K7MPQ2", "OPEN");
        typeCode("k7mpq2 ");
        assertThat(currentPath()).startsWith("start?code=");
        assertThat($(Button.class).id("lang-choice-ar")).isNotNull();
    }

    @Test
    void aWrongCodeAndAClosedSessionAreExplainedKindly() {
        session("CLSD42", "CLOSED");
        typeCode("ZZZZ99");
        assertThat($(Paragraph.class).id("start-message").getText()).isEqualTo(text("play.error.unknownCode"));
        typeCode("CLSD42");
        assertThat($(Paragraph.class).id("start-message").getText()).isEqualTo(text("play.error.sessionClosed"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: afterwards this test client is held back for a minute
    void guessingCodesIsHeldBackEvenForTheRightCode() {
        session("RIGHT7", "OPEN");
        for (int i = 0; i < 8; i++) typeCode("WRONG" + i);
        typeCode("RIGHT7");
        assertThat($(Paragraph.class).id("start-message").getText()).isEqualTo(text("play.error.tooManyAttempts"));
    }

    @Test
    void anEmptyCodeSaysWhatToType() {
        navigate(HomeView.class);
        test($(Button.class).id("join-button")).click();
        assertThat($(TextField.class).id("join-code").getErrorMessage()).isEqualTo(text("play.home.codeEmpty"));
    }

    @Test
    void aForgedParticipantTokenShowsNoOnesData() {
        navigate(PlayView.class, "forged-token-" + UUID.randomUUID());
        assertThat($(Paragraph.class).id("play-message").getText()).isEqualTo(text("play.error.unknownToken"));
    }

    private void typeCode(String code) {
        navigate(HomeView.class);
        test($(TextField.class).id("join-code")).setValue(code);
        test($(Button.class).id("join-button")).click();
    }

    private void session(String code, String status) {
        jdbc.update("insert into caravan_session (id, installation_id, starts_at, audience, mode, status, join_code, created_at) values (?,?,?,?,?,?,?,?)",
                UUID.randomUUID(), installation.id(), OffsetDateTime.now(), "9-11", "SELF_PACED", status, code, OffsetDateTime.now());
    }

    private static String text(String key) {
        return Messages.get().format(key, Language.FR);
    }
}
