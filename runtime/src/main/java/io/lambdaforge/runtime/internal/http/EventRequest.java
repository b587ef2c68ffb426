package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.codec.Streams;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link HttpRequest} over one decoded event: each part is decoded on first use, exactly once,
 * as its source delivered it (docs/sources-and-shapes.md). Not thread-safe: one per invocation.
 */
final class EventRequest implements HttpRequest {
  private final HttpEvent event;
  private String path;
  private Map<String, String> pathParams;
  private Map<String, List<String>> headers;
  private Map<String, List<String>> query;
  private Map<String, String> cookies;
  private byte[] body;

  EventRequest(HttpEvent event, String path, Map<String, String> pathParams) {
    this.event = event;
    this.path = path;
    this.pathParams = pathParams;
  }

  /** This view for the next invocation of its (reused) event: what it decoded is forgotten. */
  void reset(String path, Map<String, String> pathParams) {
    this.path = path;
    this.pathParams = pathParams;
    headers = null;
    query = null;
    cookies = null;
    body = null;
  }

  /** The event source that delivered this request. */
  @Override
  public Source source() {
    return event.source;
  }

  /** The method, e.g. {@code GET}. */
  @Override
  public String method() {
    return event.method();
  }

  /**
   * The path the route was matched against, as the source delivered it, without the HTTP API stage
   * prefix: still percent-encoded for REST and ALB, already decoded by API Gateway for HTTP API. Use
   * {@link #pathParam(String)} for values: those are decoded the same way on every source.
   */
  @Override
  public String path() {
    return path;
  }

  /** The decoded value of the route's {@code {name}} or {@code {name+}} segment, or {@code null}. */
  @Override
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** Every path parameter of the matched route. */
  @Override
  public Map<String, String> pathParams() {
    return Collections.unmodifiableMap(pathParams);
  }

  /** The first value of query parameter {@code name}, or {@code null}. */
  @Override
  public String query(String name) {
    List<String> values = queryParams().get(name);
    return values == null ? null : values.get(0);
  }

  /** Every value of query parameter {@code name}, in request order; empty when absent. */
  @Override
  public List<String> queryAll(String name) {
    return queryParams().getOrDefault(name, List.of());
  }

  /** All query parameters, decoded. */
  @Override
  public Map<String, List<String>> queryParams() {
    if (query == null) {
      query = Collections.unmodifiableMap(buildQuery());
    }
    return query;
  }

  /** The first value of header {@code name} (any case), or {@code null}. */
  @Override
  public String header(String name) {
    List<String> values = headerMap().get(name.toLowerCase(Locale.ROOT));
    return values == null ? null : values.get(0);
  }

  /**
   * Every value of header {@code name} as delivered: one element per header line for REST and
   * ALB multi-value mode; HTTP API joins repeated headers with commas into one element.
   */
  @Override
  public List<String> headerAll(String name) {
    return headerMap().getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** All headers, keyed by lower-case name. */
  @Override
  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headerMap());
  }

  /** The value of cookie {@code name}, or {@code null}. */
  @Override
  public String cookie(String name) {
    return cookieMap().get(name);
  }

  /** All request cookies by name. */
  @Override
  public Map<String, String> cookies() {
    return Collections.unmodifiableMap(cookieMap());
  }

  /** The {@code Content-Type} header, or {@code null}. */
  @Override
  public String contentType() {
    return header("content-type");
  }

  /** Whether the request has a non-empty body. */
  @Override
  public boolean hasBody() {
    return event.hasBody();
  }

  /**
   * The body bytes (base64-decoded when the source encoded them); empty when there is none.
   *
   * @throws IllegalArgumentException when the source marked the body base64 but it is not
   */
  @Override
  public byte[] body() {
    if (body == null) {
      String text = event.body();
      if (text == null || text.isEmpty()) {
        body = new byte[0];
      } else if (event.base64) {
        body = Base64.getMimeDecoder().decode(text);
      } else {
        body = text.getBytes(StandardCharsets.UTF_8);
      }
    }
    return body;
  }

  /** Whether the body is present and not base64-encoded: its {@link #body()} is its text's UTF-8 encoding. */
  boolean hasPlainBody() {
    return !event.base64 && event.hasBody();
  }

  /**
   * The {@linkplain #hasPlainBody plain} body read with {@code codec} where its characters lie,
   * as {@link Streams#tryRead(JsonCodec, String)} reads its text; null when the codec cannot.
   */
  <T> T readPlainBody(JsonCodec<T> codec) {
    return event.bodyLength >= 0
        ? Streams.tryRead(codec, event.bodyChars, 0, event.bodyLength)
        : Streams.tryRead(codec, event.body());
  }

  /** The body as text, in the {@code charset} of the Content-Type (UTF-8 when none or unknown). */
  @Override
  public String bodyAsString() {
    if (!event.base64 && charset() == StandardCharsets.UTF_8) {
      String text = event.body();
      return text == null ? "" : text;
    }
    return new String(body(), charset());
  }

  /**
   * The client address: {@code requestContext.http.sourceIp} (HTTP API),
   * {@code requestContext.identity.sourceIp} (REST) or, for ALB, the last
   * {@code X-Forwarded-For} entry (the address the load balancer saw; earlier entries are
   * client-supplied). {@code null} when unknown.
   */
  @Override
  public String remoteAddress() {
    if (event.source != Source.ALB) {
      return event.sourceIp();
    }
    List<String> forwarded = headerAll("x-forwarded-for");
    if (forwarded.isEmpty()) {
      return null;
    }
    String last = forwarded.get(forwarded.size() - 1);
    return last.substring(last.lastIndexOf(',') + 1).trim();
  }

  /** The API Gateway request id; {@code null} for ALB (use the {@code x-amzn-trace-id} header). */
  @Override
  public String requestId() {
    return event.requestId();
  }

  /** The API Gateway stage ({@code $default} included); {@code null} for ALB. */
  @Override
  public String stage() {
    return event.stage;
  }

  /** The API Gateway stage variables; empty when none. */
  @Override
  public Map<String, String> stageVariables() {
    return event.stageVariables() == null ? Map.of() : Collections.unmodifiableMap(event.stageVariables());
  }

  /**
   * {@code requestContext.authorizer} as sent (REST: {@code principalId}, {@code claims}, custom
   * keys; HTTP API: {@code jwt}, {@code iam} or {@code lambda}); empty when none.
   */
  @Override
  public Map<String, Object> authorizer() {
    return event.authorizer() == null ? Map.of() : Collections.unmodifiableMap(event.authorizer());
  }

  /**
   * The JWT / Cognito claims: HTTP API {@code authorizer.jwt.claims}, REST
   * {@code authorizer.claims}; empty when none.
   */
  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> claims() {
    Object holder = authorizer().get("jwt");
    Object claims = holder instanceof Map<?, ?> jwt ? jwt.get("claims") : authorizer().get("claims");
    return claims instanceof Map<?, ?> map ? Collections.unmodifiableMap((Map<String, Object>) map) : Map.of();
  }

  @Override
  public Map<String, String> identity() {
    Map<String, String> identity = event.identity();
    return identity == null ? Map.of() : Collections.unmodifiableMap(identity);
  }

  Charset charset() {
    String type = contentType();
    if (type == null) {
      return StandardCharsets.UTF_8;
    }
    int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = type.substring(at + "charset=".length());
    int end = name.indexOf(';');
    name = (end < 0 ? name : name.substring(0, end)).trim();
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1);
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  String rawBody() {
    return event.body();
  }

  private Map<String, List<String>> headerMap() {
    if (headers == null) {
      headers = buildHeaders();
    }
    return headers;
  }

  private Map<String, List<String>> buildHeaders() {
    Map<String, List<String>> out = new HashMap<>();
    // REST sends both maps (multi-value is the complete one); ALB sends exactly one; HTTP API only headers
    if (!event.payload2() && event.multiValueHeaders != null) {
      for (Map.Entry<String, List<String>> e : event.multiValueHeaders().entrySet()) {
        out.merge(e.getKey().toLowerCase(Locale.ROOT), e.getValue(), EventRequest::concat);
      }
    } else if (event.headers() != null) {
      for (Map.Entry<String, String> e : event.headers().entrySet()) {
        out.merge(e.getKey().toLowerCase(Locale.ROOT), List.of(e.getValue()), EventRequest::concat);
      }
    }
    return out;
  }

  private Map<String, List<String>> buildQuery() {
    switch (event.source) {
      case API_GATEWAY_HTTP, FUNCTION_URL -> {
        String raw = event.rawQueryString();
        if (raw != null) {
          return UrlCodec.parseQuery(raw);
        }
        return singleValued(event.queryStringParameters(), false);
      }
      case ALB -> {
        if (event.multiValueQueryStringParameters() != null) {
          Map<String, List<String>> out = new LinkedHashMap<>();
          for (Map.Entry<String, List<String>> e : event.multiValueQueryStringParameters().entrySet()) {
            List<String> values = new ArrayList<>(e.getValue().size());
            for (String v : e.getValue()) {
              values.add(UrlCodec.decodeQuery(v));
            }
            out.merge(UrlCodec.decodeQuery(e.getKey()), values, EventRequest::concat);
          }
          return out;
        }
        return singleValued(event.queryStringParameters(), true);
      }
      default -> {
        if (event.multiValueQueryStringParameters() != null) {
          return new LinkedHashMap<>(event.multiValueQueryStringParameters());
        }
        return singleValued(event.queryStringParameters(), false);
      }
    }
  }

  private static Map<String, List<String>> singleValued(Map<String, String> map, boolean decode) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (map != null) {
      for (Map.Entry<String, String> e : map.entrySet()) {
        String key = decode ? UrlCodec.decodeQuery(e.getKey()) : e.getKey();
        String value = decode ? UrlCodec.decodeQuery(e.getValue()) : e.getValue();
        out.merge(key, List.of(value), EventRequest::concat);
      }
    }
    return out;
  }

  private Map<String, String> cookieMap() {
    if (cookies == null) {
      Map<String, String> out = new LinkedHashMap<>();
      if (event.payload2()) {
        if (event.cookies() != null) {
          Cookies.parseInto(event.cookies(), out);
        }
      } else {
        Cookies.parseInto(headerAll("cookie"), out);
      }
      cookies = out;
    }
    return cookies;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }
}
