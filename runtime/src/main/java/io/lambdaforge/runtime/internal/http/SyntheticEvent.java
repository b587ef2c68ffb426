package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.lambdaforge.annotations.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A synthetic HTTP event for SnapStart priming, in the exact shape the route's source delivers:
 * API Gateway REST payload 1.0
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html),
 * HTTP API payload 2.0
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html),
 * a function URL's payload 2.0 (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html)
 * and ALB in either headers mode (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html).
 * The processor builds one per route at compile time from the route and the parameter types; the
 * values are fixed samples, never random, so the snapshot holds nothing unique. Every field the
 * source's documented format has is present (and the headers the services add), so the event
 * parser's symbol table already holds their names when the first real request arrives. Written with
 * jackson-core's generator; query values and paths are sample text that needs no encoding.
 */
public final class SyntheticEvent {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Source source;
  private final String method;
  private final String path;
  private final List<String[]> query = new ArrayList<>();
  private final List<String[]> headers = new ArrayList<>();
  private final List<String[]> cookies = new ArrayList<>();
  private boolean albMultiValue;
  private String body;

  /**
   * Headers every request through the services carries (the client's and those the gateway or load
   * balancer adds), so the event parser learns their names before the snapshot; a bound header of
   * the same name replaces its sample value (single-value maps keep the last). API Gateway REST
   * passes header names in the client's case, so its events carry the usual capitalisation
   * ({@link #restName}); the other sources lower-case them.
   */
  private static final String[][] COMMON_HEADERS = {
    {"accept", "*/*"},
    {"accept-encoding", "gzip, deflate, br"},
    {"accept-language", "en-US,en;q=0.9"},
    {"cache-control", "no-cache"},
    {"content-length", "0"},
    {"host", "priming.example.com"},
    {"origin", "https://priming.example.com"},
    {"referer", "https://priming.example.com/"},
    {"upgrade-insecure-requests", "1"},
    {"user-agent", "lambdaforge-priming"},
    {"x-amzn-trace-id", "Root=1-00000000-000000000000000000000000"},
    {"x-forwarded-for", "127.0.0.1"},
    {"x-forwarded-port", "443"},
    {"x-forwarded-proto", "https"},
  };

  /**
   * The headers an edge-optimized REST API's CloudFront distribution adds
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
   * shows them in its sample input).
   */
  private static final String[][] REST_EDGE_HEADERS = {
    {"CloudFront-Forwarded-Proto", "https"},
    {"CloudFront-Is-Desktop-Viewer", "true"},
    {"CloudFront-Is-Mobile-Viewer", "false"},
    {"CloudFront-Is-SmartTV-Viewer", "false"},
    {"CloudFront-Is-Tablet-Viewer", "false"},
    {"CloudFront-Viewer-Country", "US"},
    {"Via", "2.0 00000000000000000000000000000000.cloudfront.net (CloudFront)"},
    {"X-Amz-Cf-Id", "lambdaforge-priming"},
  };

  /**
   * A query string, cookies and stage variables that every synthetic event carries besides the
   * bound parameters' samples, with a repeated query name: real requests have them whether the
   * route binds them or not, and the decoders' paths for them (joining repeated values, splitting
   * the cookie header, reading the stage's map) would otherwise run for the first time in the
   * first real request. The names are the priming's own; no route needs to bind them.
   */
  private static final String[][] COMMON_QUERY = {{"priming", "a"}, {"priming", "b"}};
  private static final String[][] COMMON_COOKIES = {{"priming", "a"}, {"priming-session", "b"}};

  private SyntheticEvent(Source source, String method, String path) {
    this.source = source;
    this.method = method;
    this.path = path;
    for (String[] header : COMMON_HEADERS) {
      headers.add(header);
    }
    for (String[] pair : COMMON_QUERY) {
      query.add(pair);
    }
    for (String[] cookie : COMMON_COOKIES) {
      cookies.add(cookie);
    }
  }

  /** An event of {@code source} for {@code method} (a route's {@code ANY} is sent as given) and {@code path}. */
  public static SyntheticEvent of(Source source, String method, String path) {
    if (source == null || !io.lambdaforge.runtime.internal.core.Families.of(source).equals(SyntheticEvent.class.getPackageName())) {
      throw new IllegalArgumentException("not an HTTP source: " + source);
    }
    return new SyntheticEvent(source, method.toUpperCase(Locale.ROOT), path);
  }

  /** An ALB event in multi-value headers mode (the target group's {@code lambda.multi_value_headers.enabled}). */
  public SyntheticEvent albMultiValue() {
    this.albMultiValue = true;
    return this;
  }

  public SyntheticEvent query(String name, String value) {
    query.add(new String[] {name, value});
    return this;
  }

  public SyntheticEvent header(String name, String value) {
    headers.add(new String[] {name.toLowerCase(Locale.ROOT), value});
    return this;
  }

  public SyntheticEvent cookie(String name, String value) {
    cookies.add(new String[] {name, value});
    return this;
  }

  /** A text body of {@code contentType}. */
  public SyntheticEvent body(String contentType, String text) {
    header("content-type", contentType);
    this.body = text;
    return this;
  }

  /** {@code METHOD path} of the source, for logs. */
  @Override
  public String toString() {
    return source + " " + method + " " + path;
  }

  /** The event as UTF-8 JSON. */
  public byte[] bytes() {
    try (ByteArrayBuilder out = new ByteArrayBuilder()) {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.writeStartObject();
        switch (source) {
          case API_GATEWAY_HTTP, FUNCTION_URL -> payload2(g);
          case ALB -> alb(g);
          default -> rest(g);
        }
        g.writeStringField("body", body);
        g.writeBooleanField("isBase64Encoded", false);
        g.writeEndObject();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a synthetic event to memory failed", e);
    }
  }

  private void payload2(JsonGenerator g) throws IOException {
    boolean url = source == Source.FUNCTION_URL;
    g.writeStringField("version", "2.0");
    g.writeStringField("routeKey", url ? "$default" : method + " " + path);
    g.writeStringField("rawPath", path);
    g.writeStringField("rawQueryString", rawQuery());
    if (!cookies.isEmpty()) {
      g.writeArrayFieldStart("cookies");
      for (String[] cookie : cookies) {
        g.writeString(cookie[0] + "=" + cookie[1]);
      }
      g.writeEndArray();
    }
    singleValues(g, "headers", headers);
    if (!query.isEmpty()) {
      singleValues(g, "queryStringParameters", query);
    }
    if (!url) {
      stageVariables(g);
    }
    g.writeObjectFieldStart("requestContext");
    g.writeStringField("accountId", "123456789012");
    g.writeStringField("apiId", "priming");
    // mutual TLS: the client certificate of a custom domain with mTLS
    // (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html)
    g.writeObjectFieldStart("authentication");
    g.writeObjectFieldStart("clientCert");
    g.writeStringField("clientCertPem", "-----BEGIN CERTIFICATE-----");
    g.writeStringField("subjectDN", "priming.example.com");
    g.writeStringField("issuerDN", "priming issuer");
    g.writeStringField("serialNumber", "00:00:00:01");
    g.writeObjectFieldStart("validity");
    g.writeStringField("notBefore", "Jan  1 00:00:00 1970 GMT");
    g.writeStringField("notAfter", "Jan  1 00:00:00 2100 GMT");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    if (!url) {
      // an HTTP API's JWT authorizer context (omitted by AWS without an authorizer; kept lazily, never bound)
      g.writeObjectFieldStart("authorizer");
      g.writeObjectFieldStart("jwt");
      g.writeObjectFieldStart("claims");
      g.writeStringField("sub", "priming");
      g.writeEndObject();
      g.writeArrayFieldStart("scopes");
      g.writeString("priming");
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeStringField("domainName",
        url ? "priming.lambda-url.us-east-1.on.aws" : "priming.execute-api.us-east-1.amazonaws.com");
    g.writeStringField("domainPrefix", "priming");
    g.writeObjectFieldStart("http");
    g.writeStringField("method", method);
    g.writeStringField("path", path);
    g.writeStringField("protocol", "HTTP/1.1");
    g.writeStringField("sourceIp", "127.0.0.1");
    g.writeStringField("userAgent", "lambdaforge-priming");
    g.writeEndObject();
    g.writeStringField("requestId", "lambdaforge-priming");
    g.writeStringField("routeKey", url ? "$default" : method + " " + path);
    g.writeStringField("stage", "$default");
    g.writeStringField("time", "01/Jan/1970:00:00:00 +0000");
    g.writeNumberField("timeEpoch", 0L);
    g.writeEndObject();
  }

  private void rest(JsonGenerator g) throws IOException {
    g.writeStringField("resource", path);
    g.writeStringField("path", path);
    g.writeStringField("httpMethod", method);
    List<String[]> all = new ArrayList<>();
    for (String[] header : withCookieHeader()) {
      all.add(new String[] {restName(header[0]), header[1]});
    }
    for (String[] header : REST_EDGE_HEADERS) {
      all.add(header);
    }
    singleValues(g, "headers", all);
    multiValues(g, "multiValueHeaders", all);
    singleValues(g, "queryStringParameters", query);
    multiValues(g, "multiValueQueryStringParameters", query);
    g.writeNullField("pathParameters");
    stageVariables(g);
    g.writeObjectFieldStart("requestContext");
    g.writeStringField("accountId", "123456789012");
    g.writeStringField("apiId", "priming");
    g.writeStringField("domainName", "priming.execute-api.us-east-1.amazonaws.com");
    g.writeStringField("domainPrefix", "priming");
    g.writeStringField("extendedRequestId", "lambdaforge-priming");
    g.writeStringField("httpMethod", method);
    g.writeStringField("path", "/Prod" + path);
    g.writeStringField("protocol", "HTTP/1.1");
    g.writeStringField("requestId", "lambdaforge-priming");
    g.writeStringField("requestTime", "01/Jan/1970:00:00:00 +0000");
    g.writeNumberField("requestTimeEpoch", 0L);
    g.writeStringField("resourceId", "priming");
    g.writeStringField("resourcePath", path);
    g.writeStringField("stage", "Prod");
    g.writeObjectFieldStart("identity");
    for (String field : new String[] {"accessKey", "accountId", "caller", "cognitoAuthenticationProvider",
        "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId", "user",
        "userArn"}) {
      g.writeNullField(field);
    }
    g.writeStringField("sourceIp", "127.0.0.1");
    g.writeStringField("userAgent", "lambdaforge-priming");
    g.writeEndObject();
    g.writeEndObject();
  }

  private void alb(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("requestContext");
    g.writeObjectFieldStart("elb");
    g.writeStringField("targetGroupArn",
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/priming/0123456789abcdef");
    g.writeEndObject();
    g.writeEndObject();
    g.writeStringField("httpMethod", method);
    g.writeStringField("path", path);
    List<String[]> all = withCookieHeader();
    if (albMultiValue) {
      multiValues(g, "multiValueQueryStringParameters", query);
      multiValues(g, "multiValueHeaders", all);
    } else {
      singleValues(g, "queryStringParameters", query);
      singleValues(g, "headers", all);
    }
  }

  private static void stageVariables(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("stageVariables");
    g.writeStringField("priming", "a");
    g.writeEndObject();
  }

  /** {@code x-forwarded-for} as clients and CloudFront spell it for REST: {@code X-Forwarded-For}. */
  static String restName(String lowerCase) {
    StringBuilder name = new StringBuilder(lowerCase.length());
    boolean start = true;
    for (char c : lowerCase.toCharArray()) {
      name.append(start ? Character.toUpperCase(c) : c);
      start = c == '-';
    }
    return name.toString();
  }

  private List<String[]> withCookieHeader() {
    if (cookies.isEmpty()) {
      return headers;
    }
    List<String[]> all = new ArrayList<>(headers);
    StringBuilder header = new StringBuilder();
    for (String[] cookie : cookies) {
      header.append(header.length() == 0 ? "" : "; ").append(cookie[0]).append('=').append(cookie[1]);
    }
    all.add(new String[] {"cookie", header.toString()});
    return all;
  }

  private String rawQuery() {
    StringBuilder raw = new StringBuilder();
    for (String[] pair : query) {
      raw.append(raw.length() == 0 ? "" : "&").append(URLEncoder.encode(pair[0], StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
    }
    return raw.toString();
  }

  /** Later values of a repeated name win in single-value maps, as the services do. */
  private static void singleValues(JsonGenerator g, String field, List<String[]> pairs) throws IOException {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String[] pair : pairs) {
      values.put(pair[0], pair[1]);
    }
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, String> value : values.entrySet()) {
      g.writeStringField(value.getKey(), value.getValue());
    }
    g.writeEndObject();
  }

  private static void multiValues(JsonGenerator g, String field, List<String[]> pairs) throws IOException {
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    for (String[] pair : pairs) {
      values.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
    }
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, List<String>> value : values.entrySet()) {
      g.writeArrayFieldStart(value.getKey());
      for (String v : value.getValue()) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
