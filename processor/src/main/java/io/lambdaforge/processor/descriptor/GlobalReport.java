package io.lambdaforge.processor.descriptor;

import io.lambdaforge.processor.diag.Message;
import java.util.Objects;
import javax.tools.Diagnostic;

/**
 * A diagnostic about the whole compilation rather than one element, such as a bad processor
 * option.
 *
 * @param kind error or warning
 * @param message the catalog entry
 * @param text the full formatted text, starting with {@code [LF_CODE]}
 */
public record GlobalReport(Diagnostic.Kind kind, Message message, String text) {
  public GlobalReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
  }

  public static GlobalReport error(Message message, Object... args) {
    return new GlobalReport(Diagnostic.Kind.ERROR, message, message.format(args));
  }

  public static GlobalReport warning(Message message, Object... args) {
    return new GlobalReport(Diagnostic.Kind.WARNING, message, message.format(args));
  }

  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }
}
