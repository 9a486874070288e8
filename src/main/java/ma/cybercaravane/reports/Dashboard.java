package ma.cybercaravane.reports;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything the statistics dashboard shows for one filter, already limited to the organizer's scope.
 * "Children" figures are weighted: a team answer counts its team size, a show of hands its raised hands.
 * Texts (question, choices) are in the language asked for.
 */
public record Dashboard(Totals totals, List<RegionRow> regions, List<HeatCell> heat, List<QuestionRow> missed,
                        List<MonthRow> months, List<GainRow> gains, List<ModeRow> modes) {

    /** Sessions and sites are caravan sessions with results; children and parents are reached, answers weighted. */
    public record Totals(long sessions, long sites, long children, long parents, long answers, long correct,
                         long helpRequests) {
        public Double score() {
            return ratio(correct, answers);
        }
    }

    /** One region (code null: practice, region unknown). */
    public record RegionRow(String code, String name, long sessions, long sites, long children, long parents,
                            long answers, long correct, long helpRequests) {
        public Double score() {
            return ratio(correct, answers);
        }
    }

    public record HeatCell(String topic, String band, long answers, long correct) {
        public Double score() {
            return ratio(correct, answers);
        }
    }

    /**
     * One question over the sessions in the report: weighted answers (hands included), and the device answers alone
     * (a team counts once) for the facility index. {@code wrong}: the wrong answers given, most given first.
     */
    public record QuestionRow(String quizId, int version, String questionId, String topic, String text,
                              long answers, long correct, long devices, long devicesCorrect, List<WrongAnswer> wrong) {
        public Double score() {
            return ratio(correct, answers);
        }

        public long wrongAnswers() {
            return answers - correct;
        }
    }

    /** A wrong answer: the choices given (texts joined), and the children who gave it. */
    public record WrongAnswer(String choiceIds, String text, long children) {}

    public record MonthRow(YearMonth month, long sessions, long children) {}

    /** Before (round 0) and after (round 1) of the same quiz in the same session, for one topic in one region. */
    public record GainRow(String topic, String regionCode, String regionName, long before, long beforeCorrect,
                          long after, long afterCorrect) {
        public Double beforeScore() {
            return ratio(beforeCorrect, before);
        }

        public Double afterScore() {
            return ratio(afterCorrect, after);
        }

        /** In points of proportion: 0.15 = fifteen points more right answers after the session. */
        public Double gain() {
            Double b = beforeScore();
            Double a = afterScore();
            return a == null || b == null ? null : a - b;
        }
    }

    /** SOLO, TEAM or HANDS: participations (devices or show-of-hands runs), children reached, answers (weighted). */
    public record ModeRow(String mode, long participations, long children, long answers) {}

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
