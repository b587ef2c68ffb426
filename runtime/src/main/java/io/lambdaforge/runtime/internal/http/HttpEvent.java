package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.annotations.Source;
import java.util.List;
import java.util.Map;

/**
 * The fields of an ALB / REST / HTTP API event an adapter uses, as the event carried them (no
 * decoding, no merging). Filled by {@link EventDecoder}; absent fields stay {@code null}.
 *
 * <p>The scalars are read at once. The maps and lists (headers, query parameters, cookies, stage
 * variables, the authorizer) are kept as {@linkplain EventDecoder.Span spans} of the event bytes
 * and decoded on first use, so an invocation pays only for what its function reads. Whether each
 * is present is known without decoding it. Not thread-safe: one per invocation.
 */
final class HttpEvent {
  Source source;

  String version;
  String httpMethod;
  String path;
  String rawPath;
  /** Decoded on first use ({@link #rawQueryString()}). */
  String rawQueryString;
  String body;
  boolean base64;

  boolean hasRequestContext;
  /** Whether {@code requestContext.elb.targetGroupArn} is set: an ALB event. */
  boolean targetGroup;
  String stage;
  /** Decoded on first use ({@link #requestId()}). */
  String requestId;
  /** Whether {@code requestContext.domainName} is a function URL's. */
  boolean functionUrlDomain;
  String contextHttpMethod;
  /** Decoded on first use ({@link #sourceIp()}). */
  String sourceIp;
  // where the lazily decoded strings above lie in the event (their token's first byte), or -1
  int rawQueryStringAt = -1;
  int requestIdAt = -1;
  int sourceIpAt = -1;
  /** REST {@code requestContext.identity}'s IAM caller fields that are set; null when none. */
  Map<String, String> identity;

  /** The event, {@code bytes[0, length)}, which the spans below point into. */
  byte[] bytes;
  int length;
  /** Whether parts were kept as spans and offsets (a UTF-8 event) rather than decoded at once. */
  boolean lazy;
  // each: null (absent or not of the expected JSON type), a Span not yet decoded, or the decoded value
  Object headers;
  Object multiValueHeaders;
  Object queryStringParameters;
  Object multiValueQueryStringParameters;
  Object cookies;
  Object stageVariables;
  Object authorizer;

  /** The request method: REST and ALB {@code httpMethod}, payload 2.0 {@code requestContext.http.method}. */
  String method() {
    return payload2() ? contextHttpMethod : httpMethod;
  }

  /**
   * Whether the event is in payload format 2.0: an HTTP API event, or a function URL event ("The
   * request and response event formats follow the same schema as the Amazon API Gateway payload
   * format version 2.0", https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html).
   */
  boolean payload2() {
    return source == Source.API_GATEWAY_HTTP || source == Source.FUNCTION_URL;
  }

  /** Whether an ALB event uses multi-value headers mode (the two modes never mix). */
  boolean albMultiValue() {
    return multiValueHeaders != null || multiValueQueryStringParameters != null;
  }

  /** Whether an ALB event shows its mode at all (an event with neither map does not). */
  boolean albModeKnown() {
    return albMultiValue() || headers != null || queryStringParameters != null;
  }

  @SuppressWarnings("unchecked")
  Map<String, String> headers() {
    return (Map<String, String>) (headers = resolve(headers));
  }

  @SuppressWarnings("unchecked")
  Map<String, List<String>> multiValueHeaders() {
    return (Map<String, List<String>>) (multiValueHeaders = resolve(multiValueHeaders));
  }

  @SuppressWarnings("unchecked")
  Map<String, String> queryStringParameters() {
    return (Map<String, String>) (queryStringParameters = resolve(queryStringParameters));
  }

  @SuppressWarnings("unchecked")
  Map<String, List<String>> multiValueQueryStringParameters() {
    return (Map<String, List<String>>) (multiValueQueryStringParameters = resolve(multiValueQueryStringParameters));
  }

  @SuppressWarnings("unchecked")
  List<String> cookies() {
    return (List<String>) (cookies = resolve(cookies));
  }

  @SuppressWarnings("unchecked")
  Map<String, String> stageVariables() {
    return (Map<String, String>) (stageVariables = resolve(stageVariables));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> authorizer() {
    return (Map<String, Object>) (authorizer = resolve(authorizer));
  }

  String rawQueryString() {
    if (rawQueryString == null && rawQueryStringAt >= 0) {
      rawQueryString = EventDecoder.string(bytes, length, rawQueryStringAt);
    }
    return rawQueryString;
  }

  String requestId() {
    if (requestId == null && requestIdAt >= 0) {
      requestId = EventDecoder.string(bytes, length, requestIdAt);
    }
    return requestId;
  }

  String sourceIp() {
    if (sourceIp == null && sourceIpAt >= 0) {
      sourceIp = EventDecoder.string(bytes, length, sourceIpAt);
    }
    return sourceIp;
  }

  private Object resolve(Object part) {
    return part instanceof EventDecoder.Span span ? EventDecoder.decode(bytes, span) : part;
  }
}
