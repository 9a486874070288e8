package ma.cybercaravane.parents.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.ui.LanguageSupport;
import ma.cybercaravane.testsupport.BrowserlessTestBase;

import static ma.cybercaravane.testsupport.Addresses.open;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parents/card?lang=..&copies=n}: n cards, four per sheet, each with a QR code to the corner in that language. */
class TakeHomeCardTest extends BrowserlessTestBase {

    @Test
    void tenArabicCardsOnThreeSheetsEachWithItsQrCode() {
        open("parents/card?lang=ar&copies=10");
        List<Div> sheets = cardsDivs("cc-card-sheet");
        List<Div> cards = cardsDivs("cc-card");
        assertThat(sheets).hasSize(3);
        assertThat(sheets.stream().map(s -> s.getChildren().count()).toList()).containsExactly(4L, 4L, 2L);
        assertThat(cards).hasSize(10).allSatisfy(card -> {
            assertThat(card.getElement().getAttribute("lang")).isEqualTo("ar");
            assertThat(card.getElement().getAttribute("dir")).isEqualTo("rtl");
            assertThat(card.getElement().getTextRecursively()).contains("فضاء الآباء");
            String help = card.getChildren().filter(c -> c.getClassNames().contains("cc-card-help")).findFirst().orElseThrow()
                    .getElement().getProperty("innerHTML");
            assertThat(help).contains("2511").contains("<span dir=\"ltr\">e-blagh.ma</span>");
        });
        List<Image> qrs = $(Image.class).all().stream().filter(i -> i.getClassNames().contains("cc-card-qr")).toList();
        assertThat(qrs).hasSize(10).allSatisfy(qr -> assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,"));
        assertThat(qrs.stream().map(Image::getSrc).distinct()).hasSize(1);
        List<Span> urls = $(Span.class).all().stream().filter(s -> s.getClassNames().contains("cc-card-url")).toList();
        assertThat(urls).hasSize(10).allSatisfy(u -> assertThat(u.getText()).endsWith("/parents?lang=ar"));
        // The organizer's own page language is not changed by printing Arabic cards.
        assertThat(LanguageSupport.current()).isNotEqualTo(Language.AR);
    }

    @Test
    void twoHundredCardsIsTheMostAndFitsOnFiftySheets() {
        open("parents/card?lang=fr&copies=200");
        assertThat(cardsDivs("cc-card")).hasSize(200);
        assertThat(cardsDivs("cc-card-sheet")).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-3", "abc", "1e3", "99999"})
    void otherCopyCountsAreRefusedKindly(String copies) {
        open("parents/card?lang=en&copies=" + copies);
        assertThat(cardsDivs("cc-card")).isEmpty();
        assertThat($(Paragraph.class).id("card-message").getText()).contains("200");
        assertThat($(H1.class).first().getText()).isNotBlank();
    }

    @Test
    void anUnknownCardLanguageIsRefusedKindlyWithTheThreeLanguagesOffered() {
        open("parents/card?lang=de&copies=4");
        assertThat(cardsDivs("cc-card")).isEmpty();
        assertThat($(Paragraph.class).id("card-message")).isNotNull();
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("card-lang-ar").getHref()).isEqualTo("parents/card?lang=ar&copies=4");
    }

    @Test
    void withoutCopiesOneSheetOfFourIsPrepared() {
        open("parents/card?lang=en");
        assertThat(cardsDivs("cc-card")).hasSize(4);
    }

    private List<Div> cardsDivs(String className) {
        return $(Div.class).all().stream().filter(d -> d.getClassNames().contains(className)).toList();
    }
}
