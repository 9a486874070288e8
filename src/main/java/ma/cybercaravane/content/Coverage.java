package ma.cybercaravane.content;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import ma.cybercaravane.shared.Language;

/**
 * How many questions exist per band x topic, and how many of them are fully written in each language
 * (question, every choice and the explanation). Shown to organizers and printed by validate-quizzes.
 */
public record Coverage(int questions, Map<Language, Integer> perLanguage, Map<AgeBand, Map<Topic, Cell>> cells) {

    public record Cell(int questions, Map<Language, Integer> perLanguage) {}

    static Coverage of(Collection<Quiz> quizzes) {
        Map<Language, Integer> totals = new EnumMap<>(Language.class);
        Map<AgeBand, Map<Topic, Cell>> cells = new EnumMap<>(AgeBand.class);
        int count = 0;
        for (Quiz quiz : quizzes) {
            for (Question q : quiz.questions()) {
                count++;
                Map<Topic, Cell> row = cells.computeIfAbsent(quiz.band(), b -> new EnumMap<>(Topic.class));
                Cell cell = row.getOrDefault(q.topic(), new Cell(0, new EnumMap<>(Language.class)));
                Map<Language, Integer> langs = new EnumMap<>(Language.class);
                langs.putAll(cell.perLanguage());
                for (Language l : Language.values()) {
                    if (q.writtenIn(l)) {
                        langs.merge(l, 1, Integer::sum);
                        totals.merge(l, 1, Integer::sum);
                    }
                }
                row.put(q.topic(), new Cell(cell.questions() + 1, langs));
            }
        }
        return new Coverage(count, totals, cells);
    }

    public int count(Language language) {
        return perLanguage.getOrDefault(language, 0);
    }

    public int questions(AgeBand band, Topic topic) {
        Map<Topic, Cell> row = cells.get(band);
        return row == null || !row.containsKey(topic) ? 0 : row.get(topic).questions();
    }

    public int questions(AgeBand band, Topic topic, Language language) {
        Map<Topic, Cell> row = cells.get(band);
        return row == null || !row.containsKey(topic) ? 0 : row.get(topic).perLanguage().getOrDefault(language, 0);
    }
}
