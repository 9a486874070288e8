package ma.cybercaravane.play;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    Optional<Participant> findByTokenHash(String tokenHash);

    List<Participant> findBySessionIdOrderByCreatedAt(UUID sessionId);
}
