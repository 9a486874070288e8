package ma.cybercaravane.play;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, UUID> {

    List<Answer> findByParticipantIdAndQuizIdAndRound(UUID participantId, String quizId, short round);
}
