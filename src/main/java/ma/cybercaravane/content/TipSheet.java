package ma.cybercaravane.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parents' tip sheet split so a page can put one child's age first: the title and introduction ({@code head}), the
 * section written per age ({@code agesHeading}, and one part per band: a level-3 heading starting with the band code,
 * e.g. {@code ### 9-11 ans}), and the other sections ({@code rest}: settings, warning signs, conversation starters,
 * what to do). Headings are in the sheet's language; only the band code at the start of an age heading is fixed.
 */
public record TipSheet(String head, String agesHeading, Map<AgeBand, String> ages, String rest) {

    private static final Pattern AGE_HEADING = Pattern.compile("###\\s+(\\d{1,2}-\\d{1,2})(\\s.*)?");

    public TipSheet {
        EnumMap<AgeBand, String> copy = new EnumMap<>(AgeBand.class);
        copy.putAll(ages);
        ages = Collections.unmodifiableMap(copy);
    }

    public static TipSheet parse(String markdown) {
        List<List<String>> sections = new ArrayList<>();
        List<String> head = new ArrayList<>();
        List<String> current = head;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.add(current);
            }
            current.add(line);
        }
        String agesHeading = "";
        Map<AgeBand, String> ages = new EnumMap<>(AgeBand.class);
        StringBuilder rest = new StringBuilder();
        for (List<String> section : sections) {
            Map<AgeBand, String> found = ages(section);
            if (found.isEmpty() || !ages.isEmpty()) {
                rest.append(String.join("\n", section)).append('\n');
            } else {
                agesHeading = section.getFirst().substring(3).strip();
                ages.putAll(found);
            }
        }
        return new TipSheet(String.join("\n", head).strip(), agesHeading, ages, rest.toString().strip());
    }

    /** The parts of one section that start with an age heading, each up to the next one. */
    private static Map<AgeBand, String> ages(List<String> section) {
        Map<AgeBand, StringBuilder> parts = new EnumMap<>(AgeBand.class);
        StringBuilder part = null;
        for (String line : section.subList(1, section.size())) {
            Matcher m = AGE_HEADING.matcher(line.strip());
            Optional<AgeBand> band = m.matches() ? AgeBand.fromCode(m.group(1)).filter(AgeBand::children) : Optional.empty();
            if (band.isPresent()) part = parts.computeIfAbsent(band.get(), b -> new StringBuilder());
            if (part != null) part.append(line).append('\n');
        }
        Map<AgeBand, String> texts = new EnumMap<>(AgeBand.class);
        parts.forEach((b, text) -> texts.put(b, text.toString().strip()));
        return texts;
    }

    /** The title: the first level-1 heading, without its mark. */
    public String title() {
        return head.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse("");
    }

    public Optional<String> age(AgeBand band) {
        return Optional.ofNullable(ages.get(band));
    }
}
