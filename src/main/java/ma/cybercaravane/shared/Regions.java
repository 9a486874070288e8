package ma.cybercaravane.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The 12 regions as reference data; read once, they never change while the app runs. */
@Component
public class Regions {

    private final List<Region> all;

    Regions(JdbcTemplate jdbc) {
        this.all = List.copyOf(jdbc.query("select code, name_fr, name_ar, name_en, seat from region order by code",
                (rs, i) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
    }

    public List<Region> all() {
        return all;
    }

    public Optional<Region> byCode(String code) {
        return all.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
