package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.lambdaforge.runtime.internal.codec.JsonText;
import java.io.IOException;
import java.util.List;

/**
 * A response ready to be written in any source's format: validated header lines (in order,
 * {@code Set-Cookie} excluded), {@code Set-Cookie} values, and the body as the JSON string to send
 * (base64 text when {@code base64}): {@code body}, or, for a body a codec wrote, the characters of
 * {@code json} (then {@code body} is null), written without becoming a string.
 */
record Outgoing(int status, List<String[]> headers, List<String> cookies, String body, boolean base64, JsonText json) {
  Outgoing(int status, List<String[]> headers, List<String> cookies, String body, boolean base64) {
    this(status, headers, cookies, body, base64, null);
  }

  /** This response with other header lines and cookies. */
  Outgoing with(List<String[]> headers, List<String> cookies) {
    return new Outgoing(status, headers, cookies, body, base64, json);
  }

  /** The length of the body text, in characters. */
  int bodyLength() {
    return json != null ? json.length() : body.length();
  }

  /** The body text, as a string. */
  String bodyText() {
    return json != null ? json.toString() : body;
  }

  /** Writes the body as a JSON string value. */
  void writeBody(JsonGenerator g) throws IOException {
    if (json != null) {
      g.writeString(json.chars(), 0, json.length());
    } else {
      g.writeString(body);
    }
  }
}
