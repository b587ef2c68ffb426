package io.lambdaforge.runtime.internal.http;

/**
 * Response header and cookie validation: names are RFC 9110 tokens; values contain no control
 * characters (CR, LF, NUL, ...) except horizontal tab, so a response can never inject a header.
 */
final class HeaderRules {
  private HeaderRules() {}

  /** Thrown for a response that must not be sent; the dispatcher answers 500 and logs it. */
  static final class InvalidResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidResponseException(String message) {
      super(message, null, false, false);
    }
  }

  static void checkHeader(String name, String value) {
    if (!isToken(name)) {
      throw new InvalidResponseException("response header name " + quote(name) + " is not a valid token");
    }
    if (value == null || !isValue(value)) {
      throw new InvalidResponseException(
          "response header " + name + " has an invalid value " + quote(value) + " (null or control characters)");
    }
  }

  static void checkCookie(String setCookie) {
    int eq = setCookie == null ? -1 : setCookie.indexOf('=');
    if (eq <= 0 || !isToken(setCookie.substring(0, eq).trim()) || !isValue(setCookie)) {
      throw new InvalidResponseException(
          "Set-Cookie value " + quote(setCookie) + " is invalid (needs name=value, a token name, no control characters)");
    }
  }

  static boolean isToken(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean isValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String text) {
    if (text == null) {
      return "null";
    }
    String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return "'" + shown.replace("\r", "\\r").replace("\n", "\\n") + "'";
  }
}
