package io.lambdaforge.local.family.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.RequestIds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the event each source would send for one HTTP request, following the wire formats of
 * API Gateway REST (payload 1.0), HTTP API (payload 2.0) and ALB Lambda targets.
 *
 * <p>Binary bodies: an ALB and an HTTP API base64-encode every body whose media type is not
 * text ({@code text/*}, JSON, XML, JavaScript); we apply the same rule to REST APIs, as if the API
 * declared {@code binaryMediaTypes: ["*&#47;*"]} minus those text types.
 */
public final class EventFactory {
  /** The stage name REST events carry (HTTP API events carry {@code $default}). */
  public static final String STAGE = "local";
  static final String ACCOUNT_ID = "123456789012";
  static final String API_ID = "local";
  /** The region local function URLs pretend to be in. */
  static final String REGION = "us-east-1";
  static final String TARGET_GROUP_ARN =
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/lambdaforge-local/0123456789abcdef";
  private static final DateTimeFormatter REQUEST_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final Set<String> TEXT_TYPES =
      Set.of("application/json", "application/javascript", "application/xml");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventFactory() {}

  /** What the gateway knows about the matched route. */
  public record Route(String method, String template, Map<String, String> pathParameters) {}

  /** Request metadata shared by every source. */
  public record Meta(String requestId, Instant time, String stage, String host) {}

  /**
   * The event {@code source} sends for {@code request} on {@code route}, with a fresh request id
   * and the current time; {@code host} is the domain name ({@code 127.0.0.1} when blank).
   */
  public static ObjectNode event(Source source, Route route, boolean albMultiValueHeaders, LocalRequest request,
      String host) {
    if (source == Source.ALB) {
      return alb(request, albMultiValueHeaders); // an ALB event carries no request id, time or host
    }
    Meta meta = new Meta(RequestIds.next(), Instant.now(), STAGE,
        host == null || host.isBlank() ? "127.0.0.1" : host);
    return switch (source) {
      case API_GATEWAY_REST -> rest(request, route, meta);
      case API_GATEWAY_HTTP -> httpApi(request, route, meta);
      case FUNCTION_URL -> functionUrl(request, meta, Optional.empty());
      case SDK -> throw new IllegalArgumentException("SDK triggers are not HTTP routes");
      default -> throw new IllegalArgumentException(source + " triggers are not HTTP routes");
    };
  }

  /**
   * An API Gateway REST API (payload 1.0) proxy event: {@code path} and {@code pathParameters} as
   * the client sent them (still percent-encoded), the query maps decoded.
   */
  public static ObjectNode rest(LocalRequest request, Route route, Meta meta) {
    ObjectNode event = NODES.objectNode();
    event.put("resource", route.template());
    event.put("path", request.rawPath());
    event.put("httpMethod", request.method());
    putHeaders(event, request.headers(), false, true);
    Map<String, List<String>> query = QueryString.parse(request.rawQuery(), true);
    putQuery(event, query, true);
    event.set("pathParameters", route.pathParameters().isEmpty() ? NODES.nullNode() : map(route.pathParameters()));
    event.set("stageVariables", NODES.nullNode());
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", ACCOUNT_ID);
    context.put("apiId", API_ID);
    context.put("resourceId", Integer.toHexString(route.template().hashCode()));
    context.put("resourcePath", route.template());
    context.put("stage", meta.stage());
    context.put("requestId", meta.requestId());
    context.put("extendedRequestId", meta.requestId());
    context.put("requestTime", REQUEST_TIME.format(meta.time()));
    context.put("requestTimeEpoch", meta.time().toEpochMilli());
    context.put("httpMethod", request.method());
    context.put("path", "/" + meta.stage() + request.rawPath());
    context.put("protocol", "HTTP/1.1");
    context.put("domainName", meta.host());
    context.put("domainPrefix", domainPrefix(meta.host()));
    ObjectNode identity = context.putObject("identity");
    identity.put("sourceIp", request.sourceIp());
    identity.put("userAgent", request.header("user-agent"));
    putBody(event, request, false);
    return event;
  }

  /**
   * An API Gateway HTTP API (payload 2.0) event, on the {@code $default} stage: {@code rawPath} and
   * {@code pathParameters} decoded by the gateway, {@code rawQueryString} raw, the query map decoded
   * with repeated keys joined by commas.
   */
  public static ObjectNode httpApi(LocalRequest request, Route route, Meta meta) {
    ObjectNode event = NODES.objectNode();
    event.put("version", "2.0");
    String routeKey = route.method() + " " + route.template();
    event.put("routeKey", routeKey);
    // API Gateway decodes the path before it fills rawPath (live captures: /capture/space%20value
    // arrives as /capture/space value); the query string stays raw
    String decodedPath = PathDecoding.decode(request.rawPath());
    event.put("rawPath", decodedPath);
    event.put("rawQueryString", request.rawQuery());
    putCookiesHeadersAndQuery(event, request);
    if (!route.pathParameters().isEmpty()) {
      event.set("pathParameters", map(route.pathParameters()));
    }
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", ACCOUNT_ID);
    context.put("apiId", API_ID);
    context.put("domainName", meta.host());
    context.put("domainPrefix", domainPrefix(meta.host()));
    ObjectNode http = context.putObject("http");
    http.put("method", request.method());
    http.put("path", decodedPath);
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", request.sourceIp());
    http.put("userAgent", request.header("user-agent") == null ? "" : request.header("user-agent"));
    context.put("requestId", meta.requestId());
    context.put("routeKey", routeKey);
    context.put("stage", "$default");
    context.put("time", REQUEST_TIME.format(meta.time()));
    context.put("timeEpoch", meta.time().toEpochMilli());
    if (request.body().length > 0) {
      putBody(event, request, false);
    } else {
      event.put("isBase64Encoded", false);
    }
    return event;
  }

  /**
   * Payload 2.0's request parts (HTTP API and function URLs alike): {@code cookies} split out of the
   * Cookie headers, every other header lower-cased with repeated values joined by commas, and the
   * decoded query parameters joined the same way.
   */
  private static void putCookiesHeadersAndQuery(ObjectNode event, LocalRequest request) {
    List<String> cookies = new ArrayList<>();
    for (String header : request.headerValues("cookie")) {
      for (String cookie : header.split(";")) {
        if (!cookie.isBlank()) {
          cookies.add(cookie.trim());
        }
      }
    }
    if (!cookies.isEmpty()) {
      ArrayNode array = event.putArray("cookies");
      cookies.forEach(array::add);
    }
    ObjectNode headers = event.putObject("headers");
    for (Map.Entry<String, List<String>> header : lowerCased(request.headers()).entrySet()) {
      if (!header.getKey().equals("cookie")) {
        headers.put(header.getKey(), String.join(",", header.getValue()));
      }
    }
    Map<String, List<String>> query = QueryString.parse(request.rawQuery(), true);
    if (!query.isEmpty()) {
      ObjectNode parameters = event.putObject("queryStringParameters");
      query.forEach((name, values) -> parameters.put(name, String.join(",", values)));
    }
  }

  /** The URL id local function URLs use in their domain name. */
  static final String URL_ID = "localurlid0000000000000000000000";

  /**
   * A Lambda function URL event (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html):
   * payload 2.0 with {@code routeKey} and {@code stage} {@code $default}, {@code rawPath} as the
   * client sent it (still percent-encoded), no {@code pathParameters} (the function routes), the
   * domain {@code <url-id>.lambda-url.<region>.on.aws}, and under {@code AWS_IAM} the caller in
   * {@code requestContext.authorizer.iam}.
   *
   * @param accessKey the access key the request was signed with, when the URL's auth is AWS_IAM
   */
  public static ObjectNode functionUrl(LocalRequest request, Meta meta, Optional<String> accessKey) {
    ObjectNode event = NODES.objectNode();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", request.rawPath());
    event.put("rawQueryString", request.rawQuery());
    putCookiesHeadersAndQuery(event, request);
    ObjectNode context = event.putObject("requestContext");
    context.put("accountId", ACCOUNT_ID);
    context.put("apiId", URL_ID);
    context.set("authentication", NODES.nullNode());
    if (accessKey.isPresent()) {
      putIam(context.putObject("authorizer"), accessKey.get());
    }
    context.put("domainName", URL_ID + ".lambda-url." + REGION + ".on.aws");
    context.put("domainPrefix", URL_ID);
    ObjectNode http = context.putObject("http");
    http.put("method", request.method());
    http.put("path", request.rawPath());
    http.put("protocol", "HTTP/1.1");
    http.put("sourceIp", request.sourceIp());
    http.put("userAgent", request.header("user-agent") == null ? "" : request.header("user-agent"));
    context.put("requestId", meta.requestId());
    context.put("routeKey", "$default");
    context.put("stage", "$default");
    context.put("time", REQUEST_TIME.format(meta.time()));
    context.put("timeEpoch", meta.time().toEpochMilli());
    if (request.body().length > 0) {
      putBody(event, request, false);
    } else {
      event.put("isBase64Encoded", false);
    }
    return event;
  }

  /** The IAM caller local signatures stand for (the environment's keys are one user's). */
  static final String CALLER_ID = "AIDALOCALCALLER00000";
  static final String CALLER_ARN = "arn:aws:iam::" + ACCOUNT_ID + ":user/local";

  /**
   * The payload 2.0 {@code authorizer.iam} object of a SigV4-signed request (function URLs and HTTP
   * API IAM routes): {@code accessKey}, {@code accountId}, {@code callerId}, {@code cognitoIdentity},
   * {@code principalOrgId}, {@code userArn}, {@code userId}.
   */
  static void putIam(ObjectNode authorizer, String accessKey) {
    ObjectNode iam = authorizer.putObject("iam");
    iam.put("accessKey", accessKey);
    iam.put("accountId", ACCOUNT_ID);
    iam.put("callerId", CALLER_ID);
    iam.set("cognitoIdentity", NODES.nullNode());
    iam.set("principalOrgId", NODES.nullNode());
    iam.put("userArn", CALLER_ARN);
    iam.put("userId", CALLER_ID);
  }

  /** An ALB Lambda-target event, in single- or multi-value mode. Nothing is URL-decoded. */
  public static ObjectNode alb(LocalRequest request, boolean multiValueHeaders) {
    ObjectNode event = NODES.objectNode();
    event.putObject("requestContext").putObject("elb").put("targetGroupArn", TARGET_GROUP_ARN);
    event.put("httpMethod", request.method());
    event.put("path", request.rawPath());
    Map<String, List<String>> query = QueryString.parse(request.rawQuery(), false);
    if (multiValueHeaders) {
      event.set("multiValueQueryStringParameters", multiMap(query));
    } else {
      ObjectNode single = event.putObject("queryStringParameters");
      query.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
    headers.add(Map.entry("x-forwarded-for", request.sourceIp()));
    headers.add(Map.entry("x-forwarded-port", "443"));
    headers.add(Map.entry("x-forwarded-proto", "https"));
    if (request.header("x-amzn-trace-id") == null) {
      headers.add(Map.entry("x-amzn-trace-id", traceId()));
    }
    Map<String, List<String>> lower = lowerCased(headers);
    if (multiValueHeaders) {
      event.set("multiValueHeaders", multiMap(lower));
    } else {
      ObjectNode single = event.putObject("headers");
      lower.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
    }
    putBody(event, request, true);
    return event;
  }

  private static void putHeaders(
      ObjectNode event, List<Map.Entry<String, String>> headers, boolean lowerCase, boolean nullWhenEmpty) {
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      String name = lowerCase ? header.getKey().toLowerCase(Locale.ROOT) : header.getKey();
      grouped.computeIfAbsent(name, k -> new ArrayList<>()).add(header.getValue());
    }
    if (grouped.isEmpty() && nullWhenEmpty) {
      event.set("headers", NODES.nullNode());
      event.set("multiValueHeaders", NODES.nullNode());
      return;
    }
    ObjectNode single = event.putObject("headers");
    grouped.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
    event.set("multiValueHeaders", multiMap(grouped));
  }

  private static void putQuery(ObjectNode event, Map<String, List<String>> query, boolean nullWhenEmpty) {
    if (query.isEmpty() && nullWhenEmpty) {
      event.set("queryStringParameters", NODES.nullNode());
      event.set("multiValueQueryStringParameters", NODES.nullNode());
      return;
    }
    ObjectNode single = event.putObject("queryStringParameters");
    query.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
    event.set("multiValueQueryStringParameters", multiMap(query));
  }

  private static void putBody(ObjectNode event, LocalRequest request, boolean alb) {
    byte[] body = request.body();
    if (body.length == 0) {
      if (alb) {
        event.put("body", "");
      } else {
        event.set("body", NODES.nullNode());
      }
      event.put("isBase64Encoded", false);
      return;
    }
    boolean base64 = alb && request.header("content-encoding") != null || !isText(request.mediaType());
    event.put("body", base64
        ? java.util.Base64.getEncoder().encodeToString(body)
        : new String(body, StandardCharsets.UTF_8));
    event.put("isBase64Encoded", base64);
  }

  static boolean isText(String mediaType) {
    return mediaType.startsWith("text/") || TEXT_TYPES.contains(mediaType) || mediaType.endsWith("+json")
        || mediaType.endsWith("+xml");
  }

  private static Map<String, List<String>> lowerCased(List<Map.Entry<String, String>> headers) {
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      grouped.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(header.getValue());
    }
    return grouped;
  }

  private static ObjectNode map(Map<String, String> values) {
    ObjectNode node = NODES.objectNode();
    values.forEach(node::put);
    return node;
  }

  private static ObjectNode multiMap(Map<String, List<String>> values) {
    ObjectNode node = NODES.objectNode();
    values.forEach((name, list) -> {
      ArrayNode array = node.putArray(name);
      list.forEach(array::add);
    });
    return node;
  }

  /** An X-Ray trace header like the one an ALB adds: {@code Root=1-<8 hex time>-<24 hex>}. */
  private static String traceId() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder id = new StringBuilder(40).append("Root=1-");
    hex(id, System.currentTimeMillis() / 1000, 8);
    id.append('-');
    hex(id, random.nextLong(1L << 48), 12);
    hex(id, random.nextLong(1L << 48), 12);
    return id.toString();
  }

  /** {@code value}'s last {@code digits} hex digits, lower case, zero-padded (as {@code %0<digits>x}). */
  private static void hex(StringBuilder out, long value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((int) (value >>> shift) & 0xF, 16));
    }
  }

  private static String domainPrefix(String host) {
    int dot = host.indexOf('.');
    int colon = host.indexOf(':');
    int end = dot >= 0 ? dot : colon >= 0 ? colon : host.length();
    return host.substring(0, end);
  }
}
