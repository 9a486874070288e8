package ma.cybercaravane.shared;

/** One of the 12 official regions (reference/regions.csv, also seeded by the first migration). */
public record Region(String code, String nameFr, String nameAr, String nameEn, String seat) {

    public String name(Language language) {
        return switch (language) {
            case AR -> nameAr;
            case EN -> nameEn;
            default -> nameFr;
        };
    }
}
