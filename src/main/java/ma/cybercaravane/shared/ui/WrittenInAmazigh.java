package ma.cybercaravane.shared.ui;

/**
 * A public page that can say whether its texts are written in Amazigh (Tifinagh). The frame offers ⵜⴰⵎⴰⵣⵉⵖⵜ in
 * the language switch only on such pages, so nobody picks Amazigh to get French; missing keys still fall back.
 * A page usually answers with {@code Messages.get().written("<its key prefix>", Language.ZGH)}.
 */
public interface WrittenInAmazigh {

    boolean amazighWritten();
}
