package ma.cybercaravane.play;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import ma.cybercaravane.shared.Language;

/** A device's place in its quiz, rebuilt from the stored answers (so a reload or a new tab resumes exactly). */
public record Progress(Quiz quiz, String nickname, Language language, UUID sessionId, List<Given> answers,
                       boolean acceptingAnswers, OffsetDateTime startedAt) {

    public record Given(String questionId, Set<String> choiceIds, boolean correct) {}

    public Optional<Question> nextQuestion() {
        Set<String> done = answers.stream().map(Given::questionId).collect(java.util.stream.Collectors.toSet());
        return quiz.questions().stream().filter(q -> !done.contains(q.id())).findFirst();
    }

    public boolean finished() {
        return nextQuestion().isEmpty();
    }

    public int score() {
        return (int) answers.stream().filter(Given::correct).count();
    }

    public int total() {
        return quiz.questions().size();
    }

    public int percent() {
        return total() == 0 ? 0 : Math.round(100f * score() / total());
    }

    public Badge badge() {
        return Badge.of(percent());
    }

    public boolean practice() {
        return sessionId == null;
    }
}
