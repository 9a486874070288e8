package ma.cybercaravane.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All translations: every feature owns {@code i18n/<feature>_<lang>.properties} (UTF-8), merged here,
 * so features never edit each other's files. Usable without a Spring context (the CLI validator uses it).
 */
public final class Messages {

    private static volatile Messages instance;

    private final Map<Language, Map<String, String>> bundles;

    private Messages(Map<Language, Map<String, String>> bundles) {
        this.bundles = bundles;
    }

    public static Messages get() {
        Messages m = instance;
        if (m == null) {
            synchronized (Messages.class) {
                if (instance == null) instance = load();
                m = instance;
            }
        }
        return m;
    }

    private static Messages load() {
        var resolver = new PathMatchingResourcePatternResolver(Messages.class.getClassLoader());
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>();
            try {
                for (Resource r : resolver.getResources("classpath*:i18n/*_" + language.code() + ".properties")) {
                    Properties p = new Properties();
                    try (InputStream in = r.getInputStream()) {
                        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    p.forEach((k, v) -> merged.put((String) k, (String) v));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all.put(language, Collections.unmodifiableMap(merged));
        }
        return new Messages(all);
    }

    public Set<String> keys(Language language) {
        return bundles.get(language).keySet();
    }

    /** The pattern for a key; Amazigh falls back to French where not yet written. */
    public Optional<String> pattern(String key, Language language) {
        String p = bundles.get(language).get(key);
        if (p == null && language == Language.ZGH) p = bundles.get(Language.FR).get(key);
        return Optional.ofNullable(p);
    }

    /** Whether every French key starting with {@code prefix} is written in the language (no fallback needed). */
    public boolean written(String prefix, Language language) {
        var keys = bundles.get(Language.FR).keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        return !keys.isEmpty() && bundles.get(language).keySet().containsAll(keys);
    }

    public String format(String key, Language language, Object... args) {
        return pattern(key, language)
                .map(p -> new MessageFormat(p, language.locale()).format(args))
                .orElse("!" + key + "!");
    }
}
