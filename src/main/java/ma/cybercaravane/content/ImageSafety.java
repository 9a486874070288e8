package ma.cybercaravane.content;

import java.util.regex.Pattern;

/** Pictures are shown to children: an SVG with script, event handlers or external references is refused. */
final class ImageSafety {

    private static final Pattern ACTIVE = Pattern.compile(
            "(?i)<\\s*script|<\\s*foreignObject|\\son[a-z]+\\s*=|javascript:|(?:xlink:)?href\\s*=\\s*[\"']\\s*(?:https?:|//|data:)");

    private ImageSafety() {}

    static boolean hasActiveContent(String svg) {
        return ACTIVE.matcher(svg).find();
    }
}
