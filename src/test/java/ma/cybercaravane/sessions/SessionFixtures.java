package ma.cybercaravane.sessions;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.testsupport.TestAccounts;

/** Sites and sessions made through the real services, as a given organizer (unique names per call). */
final class SessionFixtures {

    private final SiteService sites;
    private final SessionPlanningService planning;

    SessionFixtures(SiteService sites, SessionPlanningService planning) {
        this.sites = sites;
        this.planning = planning;
    }

    Site site(TestAccounts.Account as, String region) {
        TestAccounts.signIn(as);
        return sites.create(new SiteDraft("École " + UUID.randomUUID(), SiteKind.SCHOOL, "Ville " + region, region, null));
    }

    UUID session(TestAccounts.Account as, Site site, UUID facilitator) {
        TestAccounts.signIn(as);
        return planning.plan(draft(site.id(), facilitator));
    }

    static SessionDraft draft(UUID siteId, UUID facilitator) {
        return new SessionDraft(LocalDateTime.now().plusDays(3).withNano(0), siteId, EnumSet.of(AgeBand.AGE_9_11),
                List.of("data-9-11"), JoinableSession.Mode.LIVE, false, false, facilitator, null);
    }

    static SessionDraft with(SessionDraft d, Set<AgeBand> audience, List<String> quizzes, boolean beforeAfter, boolean podium) {
        return new SessionDraft(d.startsAt(), d.siteId(), audience, quizzes, d.mode(), beforeAfter, podium, d.facilitatorId(), d.notes());
    }
}
