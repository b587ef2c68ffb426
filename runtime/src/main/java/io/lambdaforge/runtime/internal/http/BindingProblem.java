package io.lambdaforge.runtime.internal.http;

/**
 * One reason a request could not be bound to a function's parameters.
 *
 * @param parameter the name as it appears in the request ({@code "id"}, {@code "x-tenant-id"}),
 *     or {@code "body"}
 * @param in where it was looked up: {@code path}, {@code query}, {@code header}, {@code cookie}
 *     or {@code body}
 * @param value the offending value, shortened to at most {@value #MAX_VALUE_LENGTH} characters with
 *     control characters replaced; {@code null} when the value is missing
 * @param reason what is wrong, e.g. {@code "expected an integer (32-bit)"}
 */
public record BindingProblem(String parameter, String in, String value, String reason) {
  /** Longest value echoed back to the client. */
  public static final int MAX_VALUE_LENGTH = 64;

  static BindingProblem of(String parameter, String in, String rawValue, String reason) {
    return new BindingProblem(parameter, in, safe(rawValue), reason);
  }

  private static String safe(String value) {
    if (value == null) {
      return null;
    }
    boolean cut = value.length() > MAX_VALUE_LENGTH;
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE_LENGTH) + 3);
    int end = cut ? MAX_VALUE_LENGTH : value.length();
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    if (cut) {
      out.append("...");
    }
    return out.toString();
  }
}
