package io.lambdaforge.local.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request for {@link LocalLambda#request}: method, path with an optional query string
 * (percent-encoded as on the wire), headers in order and a body. Immutable; each method returns a
 * changed copy.
 *
 * <pre>{@code
 * Request.get("/orders/42?expand=items").header("Accept", "application/json")
 * Request.post("/orders").json("{\"sku\":\"A-1\"}")
 * }</pre>
 */
public final class Request {
  private final String method;
  private final String path;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;

  private Request(String method, String path, List<Map.Entry<String, String>> headers, byte[] body) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("the path must start with '/', got '" + path + "'");
    }
    this.method = method.toUpperCase(Locale.ROOT);
    this.path = path;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /** A request without headers or body. */
  public static Request of(String method, String pathAndQuery) {
    return new Request(method, pathAndQuery, List.of(), new byte[0]);
  }

  public static Request get(String pathAndQuery) {
    return of("GET", pathAndQuery);
  }

  public static Request delete(String pathAndQuery) {
    return of("DELETE", pathAndQuery);
  }

  /** A POST with a JSON body. */
  public static Request post(String pathAndQuery, String json) {
    return of("POST", pathAndQuery).json(json);
  }

  /** A PUT with a JSON body. */
  public static Request put(String pathAndQuery, String json) {
    return of("PUT", pathAndQuery).json(json);
  }

  /** Adds a header (repeat the call for several values). */
  public Request header(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new Request(method, path, more, body);
  }

  /** Adds {@code Authorization: Bearer <token>} (see {@link LocalLambda#token}). */
  public Request bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  /**
   * Signs the request with SigV4 for an {@code AWS_IAM} route ({@code service} {@code execute-api})
   * or function URL ({@code lambda}), as of now, with a {@code Host} header of {@code localhost:3000}
   * when it has none; an API route checks it against {@link LocalLambda.Builder#awsCredentials}'s keys,
   * a function URL against the process's {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}.
   */
  public Request signed(String accessKeyId, String secretAccessKey, String region, String service) {
    Request withHost = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("host")) ? this
        : header("Host", "localhost:3000");
    List<Map.Entry<String, String>> more = new ArrayList<>(withHost.headers);
    more.addAll(io.lambdaforge.local.family.http.SigV4Signer.sign(method, rawPath(), rawQuery(), withHost.headers,
        body, accessKeyId, secretAccessKey, region, service, java.time.Instant.now()));
    return new Request(method, path, more, body);
  }

  /** Adds a {@code Cookie} header with one cookie. */
  public Request cookie(String name, String value) {
    return header("Cookie", name + "=" + value);
  }

  /** Sets the body and its {@code Content-Type}. */
  public Request body(byte[] bytes, String contentType) {
    List<Map.Entry<String, String>> without = new ArrayList<>();
    headers.stream().filter(h -> !h.getKey().equalsIgnoreCase("content-type")).forEach(without::add);
    without.add(Map.entry("Content-Type", contentType));
    return new Request(method, path, without, bytes.clone());
  }

  /** Sets a UTF-8 text body with {@code Content-Type: text/plain; charset=utf-8}. */
  public Request text(String text) {
    return body(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
  }

  /** Sets a JSON body with {@code Content-Type: application/json}. */
  public Request json(String json) {
    return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  public String method() {
    return method;
  }

  /** The path without the query string. */
  public String rawPath() {
    int question = path.indexOf('?');
    return question < 0 ? path : path.substring(0, question);
  }

  /** The query string without {@code ?}, empty when none. */
  public String rawQuery() {
    int question = path.indexOf('?');
    return question < 0 ? "" : path.substring(question + 1);
  }

  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
