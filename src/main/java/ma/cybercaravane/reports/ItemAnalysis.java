package ma.cybercaravane.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.cybercaravane.reports.RawAnswers.Answer;

/**
 * Classical item analysis, computed while the answers stream by (memory grows with the number of questions, not of
 * answers).
 * <ul>
 * <li>% correct: right answers weighted by the children they stand for (team size, raised hands);</li>
 * <li>facility index: proportion of right answers among the devices (a team counts once; shows of hands have no
 * per-child score and are left out);</li>
 * <li>discrimination: corrected point-biserial correlation between the item (right = 1, wrong = 0) and the rest score
 * (right answers of the same device to the other questions of the same quiz and round), over devices.</li>
 * </ul>
 */
final class ItemAnalysis {

    static final class Item {
        final String quizId;
        final int version;
        final String questionId;
        final String topic;
        long children;
        long correctChildren;
        long devices;
        long devicesCorrect;
        private double sumRest;
        private double sumRest2;
        private double sumItemRest;
        final Map<String, Long> wrong = new HashMap<>();

        Item(String quizId, int version, String questionId, String topic) {
            this.quizId = quizId;
            this.version = version;
            this.questionId = questionId;
            this.topic = topic;
        }

        Double score() {
            return Dashboard.ratio(correctChildren, children);
        }

        Double facility() {
            return Dashboard.ratio(devicesCorrect, devices);
        }

        /** Null when it cannot be computed (fewer than two devices, or no spread in the item or the rest score). */
        Double discrimination() {
            double n = devices;
            if (n < 2) return null;
            double sx = devicesCorrect;
            double varItem = n * sx - sx * sx;
            double varRest = n * sumRest2 - sumRest * sumRest;
            if (varItem <= 0 || varRest <= 0) return null;
            return (n * sumItemRest - sx * sumRest) / Math.sqrt(varItem * varRest);
        }

        /** The wrong answer given by most children, and how many gave it. */
        Optional<Map.Entry<String, Long>> mostChosenWrong() {
            return wrong.entrySet().stream()
                    .max(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
        }

        long wrongChildren() {
            return children - correctChildren;
        }
    }

    private record Key(String quiz, int version, String question) {}

    private record Run(String quiz, int round) {}

    private final Map<Key, Item> items = new LinkedHashMap<>();

    /** One participant's answers (all rounds): scored per quiz and round. */
    void participant(List<Answer> answers) {
        Map<Run, int[]> totals = new HashMap<>(4);
        for (Answer a : answers) {
            if (a.questionId() == null) continue;
            if (a.correct()) totals.computeIfAbsent(new Run(a.quizId(), a.round()), k -> new int[1])[0]++;
        }
        for (Answer a : answers) {
            if (a.questionId() == null) continue;
            Item item = item(a);
            int x = a.correct() ? 1 : 0;
            int[] total = totals.get(new Run(a.quizId(), a.round()));
            int rest = (total == null ? 0 : total[0]) - x;
            item.children += a.weight();
            item.devices++;
            item.sumRest += rest;
            item.sumRest2 += (double) rest * rest;
            if (a.correct()) {
                item.correctChildren += a.weight();
                item.devicesCorrect++;
                item.sumItemRest += rest;
            } else {
                item.wrong.merge(a.choiceIds(), (long) a.weight(), Long::sum);
            }
        }
    }

    /** A show-of-hands count: weighted in % correct and in the wrong answers, not in the device statistics. */
    void hands(Answer a) {
        Item item = item(a);
        item.children += a.weight();
        if (a.correct()) item.correctChildren += a.weight();
        else item.wrong.merge(a.choiceIds(), (long) a.weight(), Long::sum);
    }

    private Item item(Answer a) {
        return items.computeIfAbsent(new Key(a.quizId(), a.version(), a.questionId()),
                k -> new Item(a.quizId(), a.version(), a.questionId(), a.topic()));
    }

    /** Items by quiz, version and the given question order. */
    List<Item> items(Comparator<Item> order) {
        List<Item> list = new ArrayList<>(items.values());
        list.sort(order);
        return list;
    }

    Collection<Item> all() {
        return items.values();
    }
}
