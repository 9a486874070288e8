package ma.cybercaravane.reports;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;
import org.springframework.stereotype.Component;

/** Texts of quizzes, questions and choices for reports, from the content library; ids when a text is gone. */
@Component
class QuestionTexts {

    private final ContentService content;

    QuestionTexts(ContentService content) {
        this.content = content;
    }

    Optional<Question> question(String quizId, String questionId) {
        return content.quiz(quizId).flatMap(q -> q.question(questionId));
    }

    String quizTitle(String quizId, Language language) {
        return content.quiz(quizId).map(q -> q.title().in(language)).filter(t -> !t.isBlank()).orElse(quizId);
    }

    String questionText(String quizId, String questionId, Language language) {
        return question(quizId, questionId).map(q -> q.text().in(language)).filter(t -> !t.isBlank()).orElse(questionId);
    }

    /** 1 for the first question of its quiz; 0 when the question is not in the library any more. */
    int position(String quizId, String questionId) {
        return content.quiz(quizId).map(q -> q.indexOf(questionId) + 1).orElse(0);
    }

    /** "a,c" becomes the texts of choices a and c, joined with " + ". */
    String choices(String quizId, String questionId, String choiceIds, Language language) {
        if (choiceIds == null || choiceIds.isBlank()) return "";
        Optional<Question> question = question(quizId, questionId);
        return Arrays.stream(choiceIds.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(id -> question.flatMap(q -> q.choices().stream().filter(c -> c.id().equals(id)).findFirst())
                        .map(Choice::text).map(t -> t.in(language)).filter(t -> !t.isBlank()).orElse(id))
                .collect(Collectors.joining(" + "));
    }

    Optional<Quiz> quiz(String quizId) {
        return content.quiz(quizId);
    }
}
