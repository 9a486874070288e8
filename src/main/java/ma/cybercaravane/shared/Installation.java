package ma.cybercaravane.shared;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The id of this installation (one caravan laptop or the national server), made on first start and stamped on
 * every record born here, so results from many laptops merge into one database without double counting.
 */
@Component
public class Installation {

    private final UUID id;

    Installation(JdbcTemplate jdbc) {
        List<UUID> ids = jdbc.queryForList("select id from installation", UUID.class);
        if (ids.isEmpty()) {
            UUID made = UUID.randomUUID();
            jdbc.update("insert into installation (id, created_at) values (?, ?)", made, OffsetDateTime.now());
            this.id = made;
        } else {
            this.id = ids.getFirst();
        }
    }

    public UUID id() {
        return id;
    }
}
