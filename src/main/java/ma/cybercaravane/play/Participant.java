package ma.cybercaravane.play;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** A child, or a team on one device: a generated nickname, an age band, a language. Never a name. */
@Entity
@Table(name = "participant")
class Participant implements Persistable<UUID> {

    enum Mode { SOLO, TEAM }

    @Id
    private UUID id;
    @Column(name = "installation_id", nullable = false)
    private UUID installationId;
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "quiz_id", nullable = false)
    private String quizId;
    @Column(nullable = false)
    private String nickname;
    @Column(name = "age_band", nullable = false)
    private String ageBand;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String mode;
    @Column(name = "team_size", nullable = false)
    private int teamSize;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Transient
    private boolean isNew;

    protected Participant() {}

    Participant(UUID installationId, String tokenHash, UUID sessionId, String quizId, String nickname, String ageBand,
                String language, Mode mode, int teamSize) {
        this.id = UUID.randomUUID();
        this.installationId = installationId;
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.quizId = quizId;
        this.nickname = nickname;
        this.ageBand = ageBand;
        this.language = language;
        this.mode = mode.name();
        this.teamSize = teamSize;
        this.createdAt = OffsetDateTime.now();
        this.isNew = true;
    }

    @Override
    public UUID getId() { return id; }

    @Override
    public boolean isNew() { return isNew; }

    UUID sessionId() { return sessionId; }

    String quizId() { return quizId; }

    String nickname() { return nickname; }

    String ageBand() { return ageBand; }

    String language() { return language; }

    Mode mode() { return Mode.valueOf(mode); }

    int teamSize() { return teamSize; }

    OffsetDateTime createdAt() { return createdAt; }
}
