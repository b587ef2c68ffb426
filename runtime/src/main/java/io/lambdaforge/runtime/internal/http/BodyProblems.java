package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lambdaforge.runtime.internal.json.JsonProblems;
import java.util.regex.Pattern;

/**
 * Turns a Jackson failure on a request body into a reason a client may read: the problem and where
 * it is, without Java class or package names, Jackson configuration hints, or the message of an
 * exception thrown by the application's own constructors (which may carry internal detail).
 */
final class BodyProblems {
  private static final int MAX_LENGTH = 200;
  /** {@code com.acme.Api$Order} and {@code java.lang.Integer} become {@code Order} and {@code Integer}. */
  private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-zA-Z_][\\w]*\\.)+(?:[\\w]+\\$)*([A-Za-z_]\\w*)");
  private static final Pattern NESTED = Pattern.compile("\\b[A-Z]\\w*\\$([A-Za-z_]\\w*)");
  /** Hints such as {@code (but could if coercion was enabled using `CoercionConfig`)}. */
  private static final Pattern HINT =
      Pattern.compile("\\s*\\(but could if [^)]*\\)|,\\s*from `[^`]*`|:?\\s*enable `[^`]*`[^;]*|\\s*\\(through reference chain[^)]*\\)");

  private BodyProblems() {}

  static String describe(JsonProcessingException e) {
    String text = JsonProblems.firstLine(e.getOriginalMessage(), "unreadable");
    int problem = text.indexOf(", problem:");
    if (problem >= 0) {
      // a constructor or factory of the body type threw: its message is the application's, not the client's
      text = text.substring(0, problem) + ": the value was rejected";
    }
    text = HINT.matcher(text).replaceAll("");
    text = QUALIFIED.matcher(text).replaceAll("$1");
    text = NESTED.matcher(text).replaceAll("$1");
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH) + "...";
    }
    String path = JsonProblems.path(e);
    return text + (path.isEmpty() ? JsonProblems.location(e) : path);
  }
}
