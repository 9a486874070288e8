package ma.cybercaravane.sessions;

import java.util.Map;

import ma.cybercaravane.content.Question;

/**
 * What a closed session adds up to. Children are counted as the statistics count them: a team device for its
 * size, a show-of-hands group for the largest number of hands raised over its questions.
 *
 * @param childrenByBand children per age-band code
 * @param percentRight   share of right answers (weighted), null when nothing was answered
 * @param mostMissed     the question with the lowest share of right answers, null when nothing was answered
 */
public record RunSummary(Map<String, Integer> childrenByBand, int devices, Integer percentRight, Missed mostMissed,
                         int helpRequests) {

    public record Missed(String quizId, Question question, int percentRight) {}

    public int children() {
        return childrenByBand.values().stream().mapToInt(Integer::intValue).sum();
    }
}
