package io.lambdaforge.processor.openapi;

import java.util.Optional;

/**
 * A doc comment as OpenAPI wants it: the first sentence is the summary, the rest of the main text
 * the description; block tags ({@code @param}, {@code @return}, ...) are dropped and inline tags
 * ({@code {@code x}}, {@code {@link X}}) reduced to their text.
 *
 * @param summary the first sentence, empty when there is no comment
 * @param description the text after the first sentence, empty when none
 */
record Javadoc(String summary, String description) {
  static Javadoc of(String comment) {
    if (comment == null) {
      return new Javadoc("", "");
    }
    StringBuilder main = new StringBuilder();
    for (String line : comment.split("\n", -1)) {
      if (line.strip().startsWith("@")) {
        break;
      }
      main.append(line.strip()).append('\n');
    }
    String text = inline(main.toString()).strip().replaceAll("[ \\t]*\\n[ \\t]*(?!\\n)", " ")
        .replaceAll("\\n\\s*\\n+", "\n\n").replaceAll("<p>\\s*", "");
    int end = firstSentenceEnd(text);
    String summary = text.substring(0, end).strip();
    String description = text.substring(end).strip();
    return new Javadoc(summary, description);
  }

  /** Summary and description together, or empty. */
  Optional<String> whole() {
    String text = (summary + (description.isEmpty() ? "" : " " + description)).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String inline(String text) {
    return text.replaceAll("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}", "$1");
  }

  private static int firstSentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return i;
      }
    }
    return text.length();
  }
}
