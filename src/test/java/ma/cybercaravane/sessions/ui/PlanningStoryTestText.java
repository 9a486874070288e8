package ma.cybercaravane.sessions.ui;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Messages;

/** Translated texts the stories expect on screen. */
final class PlanningStoryTestText {

    private PlanningStoryTestText() {}

    static String fr(String key, Object... args) {
        return Messages.get().format(key, Language.FR, args);
    }

    static String ar(String key, Object... args) {
        return Messages.get().format(key, Language.AR, args);
    }
}
