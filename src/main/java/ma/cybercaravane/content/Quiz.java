package ma.cybercaravane.content;

import java.util.List;
import java.util.Optional;

import ma.cybercaravane.shared.LocalizedText;

/**
 * A validated quiz. {@code contentHash} covers what results depend on (question ids and order, kinds,
 * choices, right answers, French reference texts): stored answers point at {@code id} + {@code version}.
 */
public record Quiz(String id, int version, AgeBand band, Topic topic, LocalizedText title, LocalizedText description,
                   List<Question> questions, String file, String contentHash) {

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) return i;
        }
        return -1;
    }
}
