package io.lambdaforge.local.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the dev server received it, before any gateway shaped it: the raw path and
 * query (still percent-encoded), the headers in arrival order with their original case, and the
 * body bytes.
 */
public record LocalRequest(
    String method,
    String rawPath,
    String rawQuery,
    List<Map.Entry<String, String>> headers,
    byte[] body,
    String sourceIp) {

  public LocalRequest {
    rawQuery = rawQuery == null ? "" : rawQuery;
    headers = List.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** Every value of a header, case-insensitively, in arrival order. */
  public List<String> headerValues(String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        values.add(header.getValue());
      }
    }
    return values;
  }

  /** The last value of a header, or null. */
  public String header(String name) {
    List<String> values = headerValues(name);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  /** The media type of the body without parameters, lower-cased, or "" when absent. */
  public String mediaType() {
    String contentType = header("content-type");
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
