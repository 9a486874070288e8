package ma.cybercaravane.reports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ma.cybercaravane.content.AgeBand;
import ma.cybercaravane.content.Choice;
import ma.cybercaravane.content.ContentService;
import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.Quiz;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A realistic national dataset for the reports benchmark: two years of caravan stops in the 12 regions (~600 sessions,
 * bigger regions visited more), every age band and parents, teams on shared devices, show-of-hands runs, before/after
 * sessions, practice at home, help requests; exactly {@code target} answers. Deterministic (fixed seed).
 */
final class BenchDataset {

    private static final String[] REGIONS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};
    private static final int[] REGION_WEIGHT = {11, 8, 10, 11, 7, 15, 11, 5, 9, 3, 2, 2};
    private static final String[] CITIES = {"Tanger", "Oujda", "Fès", "Rabat", "Béni Mellal", "Casablanca", "Marrakech",
            "Errachidia", "Agadir", "Guelmim", "Laâyoune", "Dakhla"};
    private static final String[] LANGUAGES = {"fr", "ar", "ar", "ar", "en"};
    private static final String[] ADJECTIVES = {"Renard", "Faucon", "Dauphin", "Lion", "Gazelle", "Hibou", "Tortue", "Aigle"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ContentService content;
    private final Random random = new Random(20_230_301);
    private final List<Object[]> participants = new ArrayList<>();
    private final List<Object[]> answers = new ArrayList<>();
    private final List<Object[]> hands = new ArrayList<>();
    private long written;

    BenchDataset(JdbcTemplate jdbc, TransactionTemplate tx, ContentService content) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.content = content;
    }

    /** Writes the dataset; returns the number of sessions. */
    int generate(long target, int sessions) {
        List<UUID> sites = new ArrayList<>();
        List<UUID> facilitators = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (int r = 0; r < REGIONS.length; r++) {
                for (int i = 0; i < 10; i++) {
                    UUID site = UUID.randomUUID();
                    jdbc.update(ReportTestData.INSERT_SITE, site, ReportTestData.INSTALLATION, "École " + (i + 1) + " " + CITIES[r],
                            i % 4 == 0 ? "COMPANY" : "SCHOOL", CITIES[r], REGIONS[r], i % 4 == 0 ? "Cimenterie " + CITIES[r] : null,
                            OffsetDateTime.now());
                    sites.add(site);
                }
                for (int i = 0; i < 5; i++) {
                    UUID user = UUID.randomUUID();
                    jdbc.update("insert into app_user (id, username, display_name, password_hash, role, region_code, enabled, "
                            + "failed_logins, created_at) values (?,?,?,?,?,?,true,0,?)", user, "bench-" + user, "Animateur " + REGIONS[r] + "-" + i,
                            "{noop}x", "FACILITATOR", REGIONS[r], OffsetDateTime.now());
                    facilitators.add(user);
                }
            }
        });
        List<Quiz> quizzes = List.copyOf(content.library().quizzes().values());
        long perSession = target * 95 / 100 / sessions;
        int made = 0;
        OffsetDateTime first = OffsetDateTime.of(2024, 1, 8, 9, 0, 0, 0, ZoneOffset.ofHours(1));
        while (written < target * 95 / 100) {
            String region = pickRegion();
            int siteIndex = random.nextInt(10) + 10 * indexOf(region);
            UUID facilitator = facilitators.get(5 * indexOf(region) + random.nextInt(5));
            AgeBand band = AgeBand.values()[random.nextInt(AgeBand.values().length)];
            List<Quiz> forBand = quizzes.stream().filter(q -> q.band() == band).toList();
            Quiz quiz = forBand.get(random.nextInt(forBand.size()));
            boolean beforeAfter = random.nextInt(4) == 0;
            OffsetDateTime starts = first.plusDays(random.nextInt(720)).plusHours(random.nextInt(6));
            UUID session = UUID.randomUUID();
            UUID site = sites.get(siteIndex);
            jdbc.update(ReportTestData.INSERT_SESSION, session, ReportTestData.INSTALLATION, site, region, starts, band.code(),
                    random.nextBoolean() ? "LIVE" : "SELF_PACED", "CLOSED", random.nextInt(5) == 0 ? "Bonne participation" : null,
                    starts, facilitator, beforeAfter);
            jdbc.update(ReportTestData.INSERT_SESSION_QUIZ, session, quiz.id(), 0);
            long budget = Math.max(50, perSession + random.nextInt((int) perSession) - perSession / 2);
            if (random.nextInt(7) == 0) showOfHands(session, quiz, band, beforeAfter, starts);
            long start = written;
            while (written - start < budget && written < target * 95 / 100) {
                int team = random.nextInt(5) == 0 ? 2 + random.nextInt(4) : 1;
                play(session, quiz, band, team, beforeAfter, starts.plusMinutes(random.nextInt(90)), target);
            }
            for (int h = random.nextInt(4); h > 0; h--) {
                jdbc.update(ReportTestData.INSERT_HELP, UUID.randomUUID(), ReportTestData.INSTALLATION, session, starts.plusMinutes(20));
            }
            made++;
            flush(false);
        }
        // Practice at home: no session, no region.
        while (written < target) {
            Quiz quiz = quizzes.get(random.nextInt(quizzes.size()));
            play(null, quiz, quiz.band(), 1, false, first.plusDays(random.nextInt(720)).plusHours(random.nextInt(12)), target);
            flush(false);
        }
        flush(true);
        return made;
    }

    private void play(UUID session, Quiz quiz, AgeBand band, int team, boolean beforeAfter, OffsetDateTime at, long target) {
        UUID participant = UUID.randomUUID();
        participants.add(new Object[] {participant, ReportTestData.INSTALLATION, participant.toString().replace("-", ""), session,
                quiz.id(), ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + (100 + random.nextInt(900)), band.code(),
                LANGUAGES[random.nextInt(LANGUAGES.length)], team > 1 ? "TEAM" : "SOLO", team, at});
        double skill = 0.35 + random.nextDouble() * 0.5 + (band == AgeBand.PARENTS ? 0.05 : 0);
        for (int round = 0; round < (beforeAfter ? 2 : 1); round++) {
            for (int i = 0; i < quiz.questions().size() && written < target; i++) {
                Question q = quiz.questions().get(i);
                double p = Math.min(0.97, skill + (round == 1 ? 0.18 : 0) - (i % 3 == 2 ? 0.15 : 0));
                boolean right = random.nextDouble() < p;
                String choices = right ? ReportTestData.join(q.correctChoiceIds()) : wrong(q);
                answers.add(new Object[] {UUID.randomUUID(), ReportTestData.INSTALLATION, participant, session, quiz.id(),
                        quiz.version(), q.id(), round, choices, right, 2000 + random.nextInt(20_000),
                        at.plusSeconds(30L * i + 600L * round)});
                written++;
            }
        }
    }

    private String wrong(Question q) {
        List<Choice> wrong = q.choices().stream().filter(c -> !c.correct()).toList();
        if (wrong.isEmpty() || (q.correctChoiceIds().size() > 1 && random.nextBoolean())) {
            // A multiple-choice answer that forgets a right choice.
            List<String> ids = new ArrayList<>(q.correctChoiceIds());
            ids.remove(random.nextInt(ids.size()));
            return ids.isEmpty() ? wrong.getFirst().id() : ReportTestData.join(Set.copyOf(ids));
        }
        // The first wrong choice is the most tempting one.
        return wrong.get(random.nextInt(3) == 0 ? random.nextInt(wrong.size()) : 0).id();
    }

    private void showOfHands(UUID session, Quiz quiz, AgeBand band, boolean beforeAfter, OffsetDateTime at) {
        int children = 20 + random.nextInt(40);
        for (int round = 0; round < (beforeAfter ? 2 : 1); round++) {
            for (Question q : quiz.questions()) {
                int left = children - random.nextInt(4);
                for (Choice c : q.choices()) {
                    int n = c.correct() ? (int) (left * (0.5 + 0.2 * round)) : random.nextInt(Math.max(1, left / 3));
                    hands.add(new Object[] {UUID.randomUUID(), ReportTestData.INSTALLATION, session, quiz.id(), quiz.version(),
                            q.id(), round, c.id(), c.correct(), n, band.code(), "ar", at.plusMinutes(5)});
                }
            }
        }
    }

    private void flush(boolean always) {
        if (!always && answers.size() < 20_000) return;
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate(ReportTestData.INSERT_PARTICIPANT, participants);
            jdbc.batchUpdate(ReportTestData.INSERT_ANSWER, answers);
            jdbc.batchUpdate(ReportTestData.INSERT_HANDS, hands);
        });
        participants.clear();
        answers.clear();
        hands.clear();
    }

    private String pickRegion() {
        int total = 0;
        for (int w : REGION_WEIGHT) total += w;
        int r = random.nextInt(total);
        for (int i = 0; i < REGION_WEIGHT.length; i++) {
            r -= REGION_WEIGHT[i];
            if (r < 0) return REGIONS[i];
        }
        return REGIONS[0];
    }

    private static int indexOf(String region) {
        return Integer.parseInt(region) - 1;
    }
}
