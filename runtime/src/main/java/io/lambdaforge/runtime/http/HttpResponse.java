package io.lambdaforge.runtime.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An explicit HTTP response: status, headers, {@code Set-Cookie} values, content type and body.
 * Immutable; every {@code with}-style method returns a copy.
 *
 * <p>The body is sent like a plain return value: {@code String} as text ({@code text/plain;
 * charset=utf-8} unless a content type is set), {@code byte[]} base64-encoded
 * ({@code application/octet-stream} unless set), {@code null} as no body, anything else as JSON
 * ({@code application/json}). Header names must be RFC 9110 tokens and no value may contain CR,
 * LF or other control characters; an invalid response is replaced by a 500 and logged.
 *
 * <pre>{@code
 * return HttpResponse.created("/orders/" + order.id(), order);   // 201 + Location
 * return HttpResponse.seeOther("/orders/" + order.id());         // 303 + Location
 * return HttpResponse.noContent();                                // 204
 * }</pre>
 *
 * <p>docs/responses-and-errors.md shows every factory.
 *
 * @param <T> the body type
 */
public final class HttpResponse<T> {
  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final List<String> cookies;
  private final String contentType;
  private final T body;

  private HttpResponse(
      int status, List<Map.Entry<String, String>> headers, List<String> cookies, String contentType, T body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, got " + status);
    }
    this.status = status;
    this.headers = headers;
    this.cookies = cookies;
    this.contentType = contentType;
    this.body = body;
  }

  /** 200 with {@code body}. */
  public static <T> HttpResponse<T> ok(T body) {
    return status(200, body);
  }

  /** 201 with {@code body}. */
  public static <T> HttpResponse<T> created(T body) {
    return status(201, body);
  }

  /**
   * 201 Created with {@code Location: location} and {@code body} (RFC 9110 §15.3.2: the Location
   * names the new resource).
   */
  public static <T> HttpResponse<T> created(String location, T body) {
    return HttpResponse.<T>status(201, body).header("Location", location(location));
  }

  /**
   * 302 Found to {@code location}, without a body: the usual "go there" redirect. Browsers follow
   * it with a GET (RFC 9110 §15.4.3).
   */
  public static <T> HttpResponse<T> redirect(String location) {
    return HttpResponse.<T>status(302).header("Location", location(location));
  }

  /**
   * 303 See Other to {@code location}, without a body: after a POST, send the client to the result
   * with a GET (RFC 9110 §15.4.4).
   */
  public static <T> HttpResponse<T> seeOther(String location) {
    return HttpResponse.<T>status(303).header("Location", location(location));
  }

  /**
   * 308 Permanent Redirect to {@code location}, without a body: the resource moved for good, and the
   * client repeats the same method and body there (RFC 9110 §15.4.9). 308 rather than 301 because
   * clients may turn a POST into a GET on a 301; for a 301 write {@code
   * HttpResponse.status(301).header("Location", location)}.
   */
  public static <T> HttpResponse<T> permanentRedirect(String location) {
    return HttpResponse.<T>status(308).header("Location", location(location));
  }

  /** 202 with {@code body} (may be {@code null}). */
  public static <T> HttpResponse<T> accepted(T body) {
    return status(202, body);
  }

  /** 204 without a body. */
  public static <T> HttpResponse<T> noContent() {
    return status(204, null);
  }

  /** 404 with {@code {"message":"Not Found"}}, the same body as an unmatched route. */
  public static <T> HttpResponse<T> notFound() {
    return new HttpResponse<>(404, List.of(), List.of(), null, null);
  }

  /** {@code status} (100..599) without a body. */
  public static <T> HttpResponse<T> status(int status) {
    return status(status, null);
  }

  /** {@code status} (100..599) with {@code body}. */
  public static <T> HttpResponse<T> status(int status, T body) {
    return new HttpResponse<>(status, List.of(), List.of(), null, body);
  }

  /** A copy with one more header line ({@code name} may repeat). */
  public HttpResponse<T> header(String name, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
    copy.add(Map.entry(name, value));
    return new HttpResponse<>(status, Collections.unmodifiableList(copy), cookies, contentType, body);
  }

  /** A copy with one more {@code Set-Cookie} value, e.g. {@code "session=abc; Secure; HttpOnly"}. */
  public HttpResponse<T> cookie(String setCookie) {
    List<String> copy = new ArrayList<>(cookies);
    copy.add(setCookie);
    return new HttpResponse<>(status, headers, Collections.unmodifiableList(copy), contentType, body);
  }

  /** A copy with this {@code Content-Type}, overriding the default chosen from the body type. */
  public HttpResponse<T> contentType(String contentType) {
    return new HttpResponse<>(status, headers, cookies, contentType, body);
  }

  /** A copy with another status. */
  public HttpResponse<T> withStatus(int status) {
    return new HttpResponse<>(status, headers, cookies, contentType, body);
  }

  public int status() {
    return status;
  }

  /** The header lines in the order added (name, value). */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The {@code Set-Cookie} values. */
  public List<String> cookies() {
    return cookies;
  }

  /** The explicit content type, or {@code null} for the default of the body type. */
  public String contentType() {
    return contentType;
  }

  public T body() {
    return body;
  }

  private static String location(String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("a Location is required, got " + (location == null ? "null" : "a blank string"));
    }
    return location;
  }

  @Override
  public String toString() {
    return "HttpResponse[" + status + ", headers=" + headers + ", cookies=" + cookies.size() + "]";
  }
}
