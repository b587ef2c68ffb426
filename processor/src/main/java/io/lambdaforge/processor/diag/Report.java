package io.lambdaforge.processor.diag;

import java.util.Objects;
import javax.tools.Diagnostic;

/**
 * One diagnostic, produced by a reader or validator and printed by a processor entry point on
 * {@link #position()}.
 *
 * @param kind error, warning or note
 * @param message the catalog entry
 * @param text the full formatted text, starting with {@code [LF_CODE]}
 * @param position where it points
 */
public record Report(Diagnostic.Kind kind, Message message, String text, Position position) {
  public Report {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  public static Report error(Message message, Position position, Object... args) {
    return new Report(Diagnostic.Kind.ERROR, message, message.format(args), position);
  }

  public static Report warning(Message message, Position position, Object... args) {
    return new Report(Diagnostic.Kind.WARNING, message, message.format(args), position);
  }

  /** A note: information, never a failure. */
  public static Report note(Message message, Position position, Object... args) {
    return new Report(Diagnostic.Kind.NOTE, message, message.format(args), position);
  }

  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }

  /** The stable code, e.g. {@code LF_MEMORY_RANGE}. */
  public String code() {
    return message.code();
  }
}
