package ma.cybercaravane.sessions;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.LocalizedText;

/** A quiz as planners pick it; {@code band} is null for a quiz no longer in the library (title = its id). */
public record PlannedQuiz(String id, AgeBand band, LocalizedText title, int questions) {

    static PlannedQuiz of(Quiz quiz) {
        return new PlannedQuiz(quiz.id(), quiz.band(), quiz.title(), quiz.questions().size());
    }

    static PlannedQuiz missing(String id) {
        return new PlannedQuiz(id, null, LocalizedText.of(id, id, id), 0);
    }
}
