package io.lambdaforge.runtime.internal.s3batch;

/**
 * The {@code resultString} of a task whose method threw: the exception's simple class name and
 * message on one line, at most {@link #MAX_CHARS} characters, never a stack trace (the trace goes
 * to the function's log). AWS documents no length limit for {@code resultString}
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html); the string ends up in a
 * CSV completion report, so we keep it to one short line of our own choosing.
 */
final class ResultStrings {
  /** The longest {@code resultString} the adapter derives from an exception. */
  static final int MAX_CHARS = 1024;

  private static final String ELLIPSIS = "...";

  private ResultStrings() {}

  /** {@code SimpleName: message}, one line, bounded. */
  static String of(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    if (name.isEmpty()) {
      name = failure.getClass().getName();
    }
    String message = failure.getMessage();
    return bounded(message == null || message.isBlank() ? name : name + ": " + message);
  }

  /** {@code text} on one line (control characters as spaces) and at most {@link #MAX_CHARS} long. */
  static String bounded(String text) {
    StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_CHARS));
    for (int i = 0; i < text.length() && line.length() < MAX_CHARS; i++) {
      char c = text.charAt(i);
      line.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > MAX_CHARS) {
      line.setLength(MAX_CHARS - ELLIPSIS.length());
      if (Character.isHighSurrogate(line.charAt(line.length() - 1))) {
        line.setLength(line.length() - 1);
      }
      line.append(ELLIPSIS);
    }
    return line.toString();
  }
}
