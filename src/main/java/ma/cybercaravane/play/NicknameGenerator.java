package ma.cybercaravane.play;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import ma.cybercaravane.shared.Language;
import ma.cybercaravane.shared.Tokens;
import org.springframework.stereotype.Component;

/**
 * "Adjective + animal" nicknames in fr/ar/en with agreement of gender, plus a number so a hall of children
 * rarely sees two alike. Every made name is checked against a block list before it is offered.
 */
@Component
class NicknameGenerator {

    /** An animal: French and Arabic gender (true = feminine) decides the adjective's form. */
    private record Animal(String fr, boolean frFeminine, String ar, boolean arFeminine, String en) {}

    private record Adjective(String frMasc, String frFem, String arMasc, String arFem, String en) {}

    private static final List<Animal> ANIMALS = List.of(
            new Animal("Faucon", false, "صقر", false, "Falcon"),
            new Animal("Gazelle", true, "غزالة", true, "Gazelle"),
            new Animal("Dauphin", false, "دلفين", false, "Dolphin"),
            new Animal("Tortue", true, "سلحفاة", true, "Turtle"),
            new Animal("Chameau", false, "جمل", false, "Camel"),
            new Animal("Cigogne", true, "لقلق", false, "Stork"),
            new Animal("Lion", false, "أسد", false, "Lion"),
            new Animal("Abeille", true, "نحلة", true, "Bee"),
            new Animal("Hibou", false, "بومة", true, "Owl"),
            new Animal("Panthère", true, "نمر", false, "Panther"),
            new Animal("Fennec", false, "فنك", false, "Fennec"),
            new Animal("Baleine", true, "حوت", false, "Whale"),
            new Animal("Écureuil", false, "سنجاب", false, "Squirrel"),
            new Animal("Colombe", true, "حمامة", true, "Dove"),
            new Animal("Renard", false, "ثعلب", false, "Fox"),
            new Animal("Girafe", true, "زرافة", true, "Giraffe"),
            new Animal("Pingouin", false, "بطريق", false, "Penguin"),
            new Animal("Hérisson", false, "قنفذ", false, "Hedgehog"),
            new Animal("Papillon", false, "فراشة", true, "Butterfly"),
            new Animal("Mouette", true, "نورس", false, "Seagull"));

    private static final List<Adjective> ADJECTIVES = List.of(
            new Adjective("Rapide", "Rapide", "سريع", "سريعة", "Swift"),
            new Adjective("Curieux", "Curieuse", "فضولي", "فضولية", "Curious"),
            new Adjective("Brillant", "Brillante", "لامع", "لامعة", "Bright"),
            new Adjective("Calme", "Calme", "هادئ", "هادئة", "Calm"),
            new Adjective("Courageux", "Courageuse", "شجاع", "شجاعة", "Brave"),
            new Adjective("Joyeux", "Joyeuse", "مرح", "مرحة", "Cheerful"),
            new Adjective("Sage", "Sage", "حكيم", "حكيمة", "Wise"),
            new Adjective("Agile", "Agile", "رشيق", "رشيقة", "Nimble"),
            new Adjective("Gentil", "Gentille", "لطيف", "لطيفة", "Kind"),
            new Adjective("Malin", "Maligne", "ذكي", "ذكية", "Clever"),
            new Adjective("Prudent", "Prudente", "حذر", "حذرة", "Careful"),
            new Adjective("Patient", "Patiente", "صبور", "صبورة", "Patient"),
            new Adjective("Vif", "Vive", "نشيط", "نشيطة", "Lively"),
            new Adjective("Doux", "Douce", "ودود", "ودودة", "Gentle"),
            new Adjective("Fort", "Forte", "قوي", "قوية", "Strong"),
            new Adjective("Attentif", "Attentive", "منتبه", "منتبهة", "Attentive"),
            new Adjective("Créatif", "Créative", "مبدع", "مبدعة", "Creative"),
            new Adjective("Souriant", "Souriante", "مبتسم", "مبتسمة", "Smiling"),
            new Adjective("Lumineux", "Lumineuse", "مضيء", "مضيئة", "Shining"),
            new Adjective("Fidèle", "Fidèle", "وفي", "وفية", "Loyal"));

    /** Words that must never appear in a child's nickname, in any language (checked on every made name). */
    private static final Set<String> BLOCKED = Set.of("idiot", "stupide", "nul", "bête", "moche", "gros", "stupid",
            "ugly", "fat", "dumb", "loser", "غبي", "قبيح", "سمين", "حمار", "كلب", "خنزير", "cochon", "pig", "donkey", "âne");

    Nickname suggest() {
        while (true) {
            var random = Tokens.random();
            Nickname n = new Nickname(random.nextInt(ANIMALS.size()), random.nextInt(ADJECTIVES.size()), 1 + random.nextInt(99));
            if (allowed(n)) return n;
        }
    }

    boolean valid(Nickname n) {
        return n != null && n.animal() >= 0 && n.animal() < ANIMALS.size() && n.adjective() >= 0
                && n.adjective() < ADJECTIVES.size() && n.number() >= 1 && n.number() <= 99 && allowed(n);
    }

    String text(Nickname n, Language language) {
        Animal animal = ANIMALS.get(n.animal());
        Adjective adjective = ADJECTIVES.get(n.adjective());
        return switch (language) {
            case AR -> animal.ar() + " " + (animal.arFeminine() ? adjective.arFem() : adjective.arMasc()) + " " + n.number();
            case EN -> adjective.en() + " " + animal.en() + " " + n.number();
            default -> animal.fr() + " " + (animal.frFeminine() ? adjective.frFem() : adjective.frMasc()) + " " + n.number();
        };
    }

    private boolean allowed(Nickname n) {
        for (Language l : List.of(Language.FR, Language.AR, Language.EN)) {
            String text = text(n, l).toLowerCase(Locale.ROOT);
            for (String word : text.split(" ")) {
                if (BLOCKED.contains(word)) return false;
            }
        }
        return true;
    }

    static int combinations() {
        return ANIMALS.size() * ADJECTIVES.size() * 99;
    }
}
