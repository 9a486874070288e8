package ma.cybercaravane;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature boundaries stay honest: features use each other only through their public top-level API, no cycles. */
class ModularityTests {

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of(CyberCaravaneApplication.class).verify();
    }
}
