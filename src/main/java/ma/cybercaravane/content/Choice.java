package ma.cybercaravane.content;

import ma.cybercaravane.shared.LocalizedText;

/** One answer a child can pick; {@code image} is a path under the quizzes folder or null. */
public record Choice(String id, LocalizedText text, String image, boolean correct) {}
