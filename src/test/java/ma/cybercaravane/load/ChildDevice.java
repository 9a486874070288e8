package ma.cybercaravane.load;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import ma.cybercaravane.content.Question;
import ma.cybercaravane.content.QuestionKind;

/**
 * One child's phone in a live session: scans the code, picks a language and an age band, takes the generated
 * nickname, then answers each question a few seconds after it appears (a right answer most of the time).
 */
final class ChildDevice implements Runnable {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private final LiveRun run;
    private final Random random;
    private final String language;
    private final long startDelayMs;
    private BrowserTab tab;

    ChildDevice(LiveRun run, int index, long startDelayMs) {
        this.run = run;
        this.random = new Random(index);
        this.language = List.of("fr", "ar", "fr", "en").get(index % 4);
        this.startDelayMs = startDelayMs;
    }

    @Override
    public void run() {
        try {
            Thread.sleep(startDelayMs);
            tab = new BrowserTab(run.http(), run.base(), language);
            long started = System.nanoTime();
            tab.open("start", "code=" + run.code());
            run.events().add(System.nanoTime() - started);
            step("lang-choice-" + language, "band-" + run.quiz().band().code());
            step("band-" + run.quiz().band().code(), "start-button");
            step("start-button", "live-waiting");
            run.joined();
            for (Question q : run.quiz().questions()) {
                if (!tab.waitFor(() -> q.id().equals(tab.attribute("question-text", "data-question-id")) || tab.has("play-message"), PATIENCE)) {
                    throw new IllegalStateException("question " + q.id() + " never reached the phone"
                            + (tab.waitingForEarlierMessages() ? " (a push message went missing)" : ""));
                }
                if (tab.has("play-message")) throw new IllegalStateException("the session closed before question " + q.id());
                run.arrived(q.id(), tab.arrivalOf(q.id()));
                Thread.sleep(1000 + random.nextInt(5000));
                answer(q);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            run.error(e);
        } finally {
            run.left(tab == null ? 0 : tab.bytesReceived());
        }
    }

    private void step(String tap, String next) throws Exception {
        run.events().add(tab.click(tap).nanos());
        if (!tab.waitFor(() -> tab.has(next), Duration.ofSeconds(60))) throw new IllegalStateException("#" + next + " did not come after #" + tap);
    }

    private void answer(Question q) throws Exception {
        List<String> chosen = random.nextInt(10) < 7 ? q.correctChoiceIds().stream().sorted().toList()
                : List.of(q.choices().get(random.nextInt(q.choices().size())).id());
        BrowserTab.RoundTrip ack;
        run.sent();
        if (q.kind() == QuestionKind.MULTIPLE) {
            for (String c : chosen) {
                run.events().add(tab.click("choice-" + c).nanos());
                Thread.sleep(300 + random.nextInt(700));
            }
            ack = tab.click("validate-button");
        } else {
            ack = tab.click("choice-" + chosen.getFirst());
        }
        if (tab.has("live-answered")) {
            run.acknowledged(q.id(), ack.nanos());
        } else if (tab.has("play-notice")) {
            run.late(q.id());
        } else {
            throw new IllegalStateException("no acknowledgement for " + q.id());
        }
    }
}
