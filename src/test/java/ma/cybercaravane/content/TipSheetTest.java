package ma.cybercaravane.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A tip sheet splits into its head, one part per child's age, and the other sections, in any language. */
class TipSheetTest {

    static final String SHEET = """
            # Écrans et sommeil

            Introduction pour les parents.

            ## À chaque âge

            ### 6-8 ans
            Les dessins animés avant de dormir.

            ### 9-11 ans
            Les jeux en ligne le soir.

            ### 12-14 ans
            Les notifications la nuit.

            ### 15-17 ans
            Les séries jusqu'à l'aube.

            ## Réglages utiles

            - Mode nuit.

            ### Sur la tablette
            Minuteur.
            """;

    @Test
    void splitsHeadAgesAndTheRest() {
        TipSheet sheet = TipSheet.parse(SHEET);
        assertThat(sheet.title()).isEqualTo("Écrans et sommeil");
        assertThat(sheet.head()).startsWith("# Écrans et sommeil").contains("Introduction pour les parents.").doesNotContain("##");
        assertThat(sheet.agesHeading()).isEqualTo("À chaque âge");
        assertThat(sheet.ages()).containsOnlyKeys(AgeBand.AGE_6_8, AgeBand.AGE_9_11, AgeBand.AGE_12_14, AgeBand.AGE_15_17);
        assertThat(sheet.age(AgeBand.AGE_12_14)).hasValue("### 12-14 ans\nLes notifications la nuit.");
        assertThat(sheet.rest()).startsWith("## Réglages utiles").contains("### Sur la tablette").doesNotContain("6-8").doesNotContain("À chaque âge");
    }

    @Test
    void arabicHeadingsWorkTheSameWay() {
        TipSheet sheet = TipSheet.parse("# عنوان\n\nمقدمة\n\n## حسب السن\n\n### 6-8 سنوات\nنص أول\n\n### 15-17 سنة\nنص أخير\n\n## ماذا تفعل\n\n- تحدّث\n");
        assertThat(sheet.age(AgeBand.AGE_6_8)).hasValue("### 6-8 سنوات\nنص أول");
        assertThat(sheet.age(AgeBand.AGE_15_17)).hasValue("### 15-17 سنة\nنص أخير");
        assertThat(sheet.age(AgeBand.AGE_9_11)).isEmpty();
        assertThat(sheet.rest()).isEqualTo("## ماذا تفعل\n\n- تحدّث");
    }

    @Test
    void aSheetWithoutAgePartsIsAllHeadAndRest() {
        TipSheet sheet = TipSheet.parse("# T\n\nIntro\n\n## Que faire\n\n- x\n");
        assertThat(sheet.ages()).isEmpty();
        assertThat(sheet.agesHeading()).isEmpty();
        assertThat(sheet.rest()).isEqualTo("## Que faire\n\n- x");
    }
}
