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
  /** Body characters kept for the next event; a larger body's array is let go of by {@link #clear()}. */
  static final int MAX_KEPT_BODY_CHARS = 32 * 1024;

  /**
   * The field orders of the event's objects, which the decoder goes by ({@link FieldOrder}): kept
   * from one event to the next by an event that is reused, else {@link Orders#NONE}.
   */
  final Orders orders;

  HttpEvent() {
    this.orders = Orders.NONE;
  }

  private HttpEvent(Orders orders) {
    this.orders = orders;
  }

  /** An event that is {@linkplain #clear() cleared} and reused: it keeps the field orders it decodes. */
  static HttpEvent reusable() {
    return new HttpEvent(new Orders(new FieldOrder(), new FieldOrder(), new FieldOrder()));
  }

  /** One {@link FieldOrder} per object the decoder dispatches on. */
  record Orders(FieldOrder top, FieldOrder requestContext, FieldOrder http) {
    /** For an event decoded once: every field looked up. */
    static final Orders NONE = new Orders(FieldOrder.NONE, FieldOrder.NONE, FieldOrder.NONE);
  }

  Source source;

  String version;
  String httpMethod;
  String path;
  String rawPath;
  /** Decoded on first use ({@link #rawQueryString()}). */
  String rawQueryString;
  /**
   * The body as a string: set by the decoder for a body that was not a JSON string, else made from
   * {@link #bodyChars} on first use ({@link #body()}).
   */
  String body;
  /**
   * A string body's characters, {@code bodyChars[0, bodyLength)}, or {@code bodyLength} -1: a
   * codec reads them where they are, with no string made. The array is kept for the next event.
   */
  char[] bodyChars;
  int bodyLength = -1;
  boolean base64;

  boolean hasRequestContext;
  /** Whether {@code requestContext.elb.targetGroupArn} is set: an ALB event. */
  boolean targetGroup;
  String stage;
  /** Decoded on first use ({@link #requestId()}). */
  String requestId;
  /** Whether {@code requestContext.domainName} is a function URL's. */
  boolean functionUrlDomain;
  /** Where {@code requestContext.domainName} lies in a UTF-8 event (checked only for payload 2.0), or -1. */
  int domainNameAt = -1;
  String contextHttpMethod;
  /** Decoded on first use ({@link #sourceIp()}). */
  String sourceIp;
  // where the lazily decoded strings above lie in the event (their token's first byte), or -1
  int rawQueryStringAt = -1;
  int requestIdAt = -1;
  int sourceIpAt = -1;
  /** REST {@code requestContext.identity}'s IAM caller fields that are set; null when none. */
  Map<String, String> identity;
  /** REST's {@code requestContext.identity} not yet read ({@link #identity()}), or null. */
  EventDecoder.Span identitySpan;

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

  /** REST's IAM caller fields that are set, or null when none. */
  Map<String, String> identity() {
    readIdentity();
    return identity;
  }

  private void readIdentity() {
    if (identitySpan != null) {
      EventDecoder.Span span = identitySpan;
      identitySpan = null;
      EventDecoder.identity(this, span);
    }
  }

  String sourceIp() {
    if (sourceIp == null && sourceIpAt < 0) {
      readIdentity();
    }
    if (sourceIp == null && sourceIpAt >= 0) {
      sourceIp = EventDecoder.string(bytes, length, sourceIpAt);
    }
    return sourceIp;
  }

  // the slots of the parts kept as spans
  static final int HEADERS = 0;
  static final int MULTI_VALUE_HEADERS = 1;
  static final int QUERY = 2;
  static final int MULTI_VALUE_QUERY = 3;
  static final int COOKIES = 4;
  static final int STAGE_VARIABLES = 5;
  static final int AUTHORIZER = 6;
  static final int IDENTITY = 7;

  /** The span of each part slot, made on first use and kept when this event is reused. */
  private EventDecoder.Span[] spans;
  /** The request view of a reused event, reset for each invocation; null until first asked for. */
  private EventRequest reusedRequest;

  /** The span of part {@code slot}, set to {@code [start, end)}. */
  EventDecoder.Span span(int slot, EventDecoder.Kind kind, int start, int end) {
    if (spans == null) {
      spans = new EventDecoder.Span[IDENTITY + 1];
    }
    EventDecoder.Span span = spans[slot];
    if (span == null) {
      span = spans[slot] = new EventDecoder.Span(kind);
    }
    span.start = start;
    span.end = end;
    return span;
  }

  /**
   * The request view of this event, for an event reused across invocations ({@code HttpFamily}
   * reuses one only when nothing keeps the view past its invocation): one object, reset.
   */
  EventRequest reusedRequest(String path, Map<String, String> pathParams) {
    if (reusedRequest == null) {
      reusedRequest = new EventRequest(this, path, pathParams);
    } else {
      reusedRequest.reset(path, pathParams);
    }
    return reusedRequest;
  }

  /**
   * Forgets the event: every field back to its initial value, so the object can decode the next
   * event (the span objects and the reused request view stay, to be set again).
   * {@code HttpEventReuseTest} checks that no field is left out.
   */
  void clear() {
    source = null;
    version = null;
    httpMethod = null;
    path = null;
    rawPath = null;
    rawQueryString = null;
    body = null;
    bodyLength = -1;
    if (bodyChars != null && bodyChars.length > MAX_KEPT_BODY_CHARS) {
      bodyChars = null;
    }
    base64 = false;
    hasRequestContext = false;
    targetGroup = false;
    stage = null;
    requestId = null;
    functionUrlDomain = false;
    domainNameAt = -1;
    contextHttpMethod = null;
    sourceIp = null;
    rawQueryStringAt = -1;
    requestIdAt = -1;
    sourceIpAt = -1;
    identity = null;
    identitySpan = null;
    bytes = null;
    length = 0;
    lazy = false;
    headers = null;
    multiValueHeaders = null;
    queryStringParameters = null;
    multiValueQueryStringParameters = null;
    cookies = null;
    stageVariables = null;
    authorizer = null;
    if (reusedRequest != null) {
      reusedRequest.reset(null, null);
    }
  }

  /** The body (null when the event has none), made into a string on first use. */
  String body() {
    if (body == null && bodyLength >= 0) {
      body = new String(bodyChars, 0, bodyLength);
    }
    return body;
  }

  /** Whether the event has a body of at least one character. */
  boolean hasBody() {
    return bodyLength > 0 || (body != null && !body.isEmpty());
  }

  /** Keeps the string body {@code chars[offset, offset + length)}, copied into {@link #bodyChars}. */
  void bodyChars(char[] chars, int offset, int length) {
    if (bodyChars == null || bodyChars.length < length) {
      bodyChars = new char[Math.max(length, 256)];
    }
    System.arraycopy(chars, offset, bodyChars, 0, length);
    bodyLength = length;
    body = null;
  }

  private Object resolve(Object part) {
    return part instanceof EventDecoder.Span span ? EventDecoder.decode(bytes, span) : part;
  }
}
