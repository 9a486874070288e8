package ma.cybercaravane.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ma.cybercaravane.shared.LocalizedText;

/** A question as written in a quiz file; true/false questions carry two generated choices "true" and "false". */
public record Question(String id, QuestionKind kind, Topic topic, LocalizedText text, String image,
                       List<Choice> choices, LocalizedText explanation, LocalizedText notes) {

    public static final LocalizedText TRUE = LocalizedText.of("Vrai", "صحيح", "True");
    public static final LocalizedText FALSE = LocalizedText.of("Faux", "خطأ", "False");

    public Set<String> correctChoiceIds() {
        return choices.stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Accuracy only: a multiple-choice answer is right when it picks exactly the right choices. */
    public boolean isCorrect(Set<String> chosen) {
        return correctChoiceIds().equals(chosen);
    }

    /** Whether a child reads this question wholly in the language: text, every choice and the explanation. */
    public boolean writtenIn(ma.cybercaravane.shared.Language language) {
        return text.has(language) && explanation.has(language)
                && choices.stream().map(Choice::text).allMatch(t -> t.has(language) || t == TRUE || t == FALSE);
    }

    public Choice choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown choice " + choiceId));
    }
}
