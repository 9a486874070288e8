package ma.cybercaravane.play;

/**
 * A generated nickname, kept as indexes into the word lists (never free text): the text is made on the
 * server in the child's language, so nothing a child types can become a name.
 */
public record Nickname(int animal, int adjective, int number) {}
