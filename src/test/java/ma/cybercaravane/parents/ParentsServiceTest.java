package ma.cybercaravane.parents;

import java.util.OptionalInt;

import ma.cybercaravane.content.MarkdownRenderer;
import ma.cybercaravane.shared.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Card addresses: the configured public address wins over the request's; localhost is flagged; copies are 1..200. */
class ParentsServiceTest {

    @Test
    void theConfiguredPublicAddressIsUsedForTheQrCode() throws Exception {
        ParentsService service = new ParentsService(null, new MarkdownRenderer(), "http://192.168.1.10:8080/");
        ParentsService.Card card = service.card(Language.AR, "http://localhost:8080");
        assertThat(card.url()).isEqualTo("http://192.168.1.10:8080/parents?lang=ar");
        assertThat(card.reachable()).isTrue();
        byte[] svg = java.util.Base64.getDecoder().decode(card.qrDataUri().substring(card.qrDataUri().indexOf(',') + 1));
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(QrCode.svg(card.url()));
        assertThat(QrCodeTest.decode(QrCode.modules(card.url()))).isEqualTo("http://192.168.1.10:8080/parents?lang=ar");
    }

    @Test
    void withoutAPublicAddressTheRequestsIsUsedAndLocalhostIsFlagged() {
        ParentsService service = new ParentsService(null, new MarkdownRenderer(), "");
        assertThat(service.card(Language.FR, "http://localhost:8080").reachable()).isFalse();
        assertThat(service.card(Language.FR, "http://127.0.0.1:8080").reachable()).isFalse();
        ParentsService.Card lan = service.card(Language.EN, "http://10.0.0.5:8080/cc");
        assertThat(lan.url()).isEqualTo("http://10.0.0.5:8080/cc/parents?lang=en");
        assertThat(lan.reachable()).isTrue();
    }

    @Test
    void copiesAreAWholeNumberFromOneToTwoHundred() {
        assertThat(ParentsService.copies("1")).isEqualTo(OptionalInt.of(1));
        assertThat(ParentsService.copies("200")).isEqualTo(OptionalInt.of(200));
        assertThat(ParentsService.copies(null)).isEqualTo(OptionalInt.of(4));
        assertThat(ParentsService.copies("0")).isEmpty();
        assertThat(ParentsService.copies("201")).isEmpty();
        assertThat(ParentsService.copies("12a")).isEmpty();
        assertThat(ParentsService.copies("-1")).isEmpty();
    }
}
