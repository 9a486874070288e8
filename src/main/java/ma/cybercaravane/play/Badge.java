package ma.cybercaravane.play;

/** Badge by result band: every child leaves with one; the words stay kind at every level. */
public enum Badge {
    CHAMPION(90), GUARDIAN(70), EXPLORER(40), CURIOUS(0);

    private final int minPercent;

    Badge(int minPercent) { this.minPercent = minPercent; }

    public static Badge of(int percent) {
        for (Badge b : values()) if (percent >= b.minPercent) return b;
        return CURIOUS;
    }

    public String messageKey() { return "play.badge." + name().toLowerCase(java.util.Locale.ROOT); }

    public String image() { return "images/badge-" + name().toLowerCase(java.util.Locale.ROOT) + ".svg"; }
}
