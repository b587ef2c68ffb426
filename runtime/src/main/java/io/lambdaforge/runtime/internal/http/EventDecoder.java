package io.lambdaforge.runtime.internal.http;

import static io.lambdaforge.runtime.internal.http.EventFields.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an event with Jackson's streaming parser into an {@link HttpEvent} and recognises its
 * source from its shape (event-formats.md §6): HTTP API {@code version "2.0"} + {@code rawPath};
 * ALB {@code requestContext.elb.targetGroupArn}; REST {@code httpMethod} + {@code requestContext}
 * with no version or {@code "1.0"}. Anything else, including JSON that is not an object, is not
 * an HTTP event, and so is input that is not JSON, exceeds the {@link Json} read limits or is in no
 * JSON encoding. Unknown fields are skipped; a field of an unexpected type counts as absent.
 *
 * <p>Maps and lists are not built here: a UTF-8 event (every event Lambda delivers) keeps each as a
 * {@link Span} of its bytes, which {@link HttpEvent} decodes on first use with the same rules. The
 * whole event is still parsed (and so validated against the read limits) before it is accepted.
 * Other encodings, whose parser reports no byte offsets, are decoded at once.
 */
final class EventDecoder {
  private static final JsonFactory FACTORY = io.lambdaforge.runtime.internal.codec.Streams.FACTORY;

  private EventDecoder() {}

  /** The HTTP event in {@code bytes}, or {@code null} when they are not one (e.g. an SDK payload). */
  static HttpEvent decode(byte[] bytes) throws IOException {
    return decode(bytes, bytes.length, KnownStrings.NONE);
  }

  /**
   * The HTTP event in {@code bytes[0, length)}, or {@code null} when it is not one. A path equal to
   * one of {@code knownPaths} (the function's parameterless route paths) is that string, not a copy.
   */
  static HttpEvent decode(byte[] bytes, int length, KnownStrings knownPaths) throws IOException {
    HttpEvent event = new HttpEvent();
    return decodeInto(event, bytes, length, knownPaths) ? event : null;
  }

  /**
   * {@link #decode(byte[], int, String[])} into {@code event}, a new or {@linkplain HttpEvent#clear
   * cleared} one: whether the bytes are an HTTP event (when not, {@code event} holds partial
   * fields until cleared).
   */
  static boolean decodeInto(HttpEvent event, byte[] bytes, int length, KnownStrings knownPaths) throws IOException {
    event.bytes = bytes;
    event.length = length;
    try (JsonParser p = FACTORY.createParser(bytes, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      // byte offsets of tokens are exact for the UTF-8 parser only
      boolean lazy = p instanceof UTF8StreamJsonParser;
      event.lazy = lazy;
      FieldOrder order = event.orders.top();
      for (int position = 0, field; (field = order.next(p, position, EventFields::top)) != FieldOrder.END; position++) {
        p.nextToken();
        switch (field) {
          case VERSION -> event.version = known(p, event, VERSIONS);
          case HTTP_METHOD -> event.httpMethod = known(p, event, METHODS);
          case PATH -> event.path = known(p, event, knownPaths);
          case RAW_PATH -> event.rawPath = known(p, event, knownPaths);
          case RAW_QUERY_STRING -> {
            if (lazy && p.currentToken() == JsonToken.VALUE_STRING) {
              event.rawQueryStringAt = tokenOffset(p);
            } else {
              event.rawQueryString = text(p);
            }
          }
          case BODY -> {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
              event.bodyChars(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            } else {
              event.body = text(p);
            }
          }
          case IS_BASE64_ENCODED -> event.base64 = p.currentToken() == JsonToken.VALUE_TRUE;
          case HEADERS -> event.headers = part(p, event, HttpEvent.HEADERS, Kind.STRING_MAP);
          case MULTI_VALUE_HEADERS -> event.multiValueHeaders = part(p, event, HttpEvent.MULTI_VALUE_HEADERS, Kind.LIST_MAP);
          case QUERY -> event.queryStringParameters = part(p, event, HttpEvent.QUERY, Kind.STRING_MAP);
          case MULTI_VALUE_QUERY -> event.multiValueQueryStringParameters = part(p, event, HttpEvent.MULTI_VALUE_QUERY, Kind.LIST_MAP);
          case COOKIES -> event.cookies = part(p, event, HttpEvent.COOKIES, Kind.STRING_LIST);
          case STAGE_VARIABLES -> event.stageVariables = part(p, event, HttpEvent.STAGE_VARIABLES, Kind.STRING_MAP);
          case REQUEST_CONTEXT -> requestContext(p, event, lazy);
          default -> p.skipChildren();
        }
      }
    } catch (StreamReadException | StreamConstraintsException | CharConversionException notAnEvent) {
      // malformed JSON, JSON past the read limits (nesting, lengths) or bytes in no JSON encoding
      return false;
    }
    event.source = classify(event);
    return event.source != null;
  }

  private static Source classify(HttpEvent e) {
    if ("2.0".equals(e.version) && e.rawPath != null && e.contextHttpMethod != null) {
      return e.functionUrlDomain || (e.domainNameAt >= 0 && functionUrlDomainAt(e))
          ? Source.FUNCTION_URL : Source.API_GATEWAY_HTTP;
    }
    if (e.targetGroup && e.httpMethod != null) {
      return Source.ALB;
    }
    if (e.httpMethod != null && e.hasRequestContext && (e.version == null || "1.0".equals(e.version))) {
      return Source.API_GATEWAY_REST;
    }
    return null;
  }

  /**
   * Whether {@code domain} is a function URL's, {@code <url-id>.lambda-url.<region>.on.aws}
   * (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html). Behind CloudFront the
   * event still names the URL's own domain, as CloudFront calls the URL as its origin.
   */
  static boolean isFunctionUrlDomain(String domain) {
    if (domain == null || !domain.endsWith(".on.aws")) {
      return false;
    }
    int marker = domain.indexOf(".lambda-url.");
    return marker > 0 && marker + ".lambda-url.".length() < domain.length() - ".on.aws".length();
  }

  /**
   * Where a map or list of {@code kind} lies in the event: bytes {@code [start, end)}. One per part
   * of an {@link HttpEvent}, set again for each event the {@code HttpEvent} is reused for.
   */
  static final class Span {
    private final Kind kind;
    int start;
    int end;

    Span(Kind kind) {
      this.kind = kind;
    }

    Kind kind() {
      return kind;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    @Override
    public String toString() {
      return "Span[kind=" + kind + ", start=" + start + ", end=" + end + "]";
    }
  }

  /** The maps and lists of an event, and how each is read. */
  enum Kind {
    STRING_MAP(JsonToken.START_OBJECT),
    LIST_MAP(JsonToken.START_OBJECT),
    STRING_LIST(JsonToken.START_ARRAY),
    ANY_MAP(JsonToken.START_OBJECT);

    private final JsonToken opening;

    Kind(JsonToken opening) {
      this.opening = opening;
    }

    /** Reads the value whose opening token is the parser's current token. */
    Object read(JsonParser p) throws IOException {
      return switch (this) {
        case STRING_MAP -> stringMap(p);
        case LIST_MAP -> listMap(p);
        case STRING_LIST -> stringList(p);
        case ANY_MAP -> MapReader.READER.readValue(p);
      };
    }
  }

  /**
   * The value at the current token when it is of {@code kind}: a {@link Span} when {@code lazy},
   * else decoded; {@code null} (and skipped) when it is of another JSON type.
   */
  private static Object part(JsonParser p, HttpEvent event, int slot, Kind kind) throws IOException {
    if (p.currentToken() != kind.opening) {
      p.skipChildren();
      return null;
    }
    if (!event.lazy) {
      return kind.read(p);
    }
    int start = tokenOffset(p);
    p.skipChildren();
    return event.span(slot, kind, start, tokenOffset(p) + 1);
  }

  /**
   * Where the current token starts in the event: its first byte, for the UTF-8 parser over the
   * event's array. Jackson's token offset counts the token's first byte as read (its
   * {@code currentTokenLocation()} subtracts one too); read this way it costs no allocation,
   * unlike the {@code JsonLocation} of {@code currentTokenLocation()}.
   */
  private static int tokenOffset(JsonParser p) {
    return (int) ((ParserBase) p).getTokenCharacterOffset() - 1;
  }

  /** The string at {@code at} (a string token's offset recorded by {@link #decode(byte[], int)}). */
  static String string(byte[] bytes, int length, int at) {
    try (JsonParser p = FACTORY.createParser(bytes, at, length - at)) {
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        throw new IllegalStateException("event offset " + at + " does not hold a string");
      }
      return p.getText();
    } catch (IOException e) {
      // the string was parsed once already, within the same limits
      throw new UncheckedIOException("re-reading a parsed event string failed", e);
    }
  }

  /** Reads REST's {@code requestContext.identity} from its span into {@code event} (source IP, IAM caller). */
  static void identity(HttpEvent event, Span span) {
    try (JsonParser p = FACTORY.createParser(event.bytes, span.start(), span.end() - span.start())) {
      p.nextToken();
      identity(p, event, false);
    } catch (IOException e) {
      // the span was parsed once already, within the same limits
      throw new UncheckedIOException("re-reading a parsed event span failed", e);
    }
  }

  /** Decodes a span recorded by {@link #decode(byte[], int)} over the same bytes. */
  static Object decode(byte[] bytes, Span span) {
    try (JsonParser p = FACTORY.createParser(bytes, span.start(), span.end() - span.start())) {
      if (p.nextToken() != span.kind().opening) {
        throw new IllegalStateException("event span " + span + " does not hold a " + span.kind());
      }
      return span.kind().read(p);
    } catch (IOException e) {
      // the span was parsed once already, within the same limits
      throw new UncheckedIOException("re-reading a parsed event span failed", e);
    }
  }

  private static void requestContext(JsonParser p, HttpEvent event, boolean lazy) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    event.hasRequestContext = true;
    FieldOrder order = event.orders.requestContext();
    for (int position = 0, field; (field = order.next(p, position, EventFields::requestContext)) != FieldOrder.END;
        position++) {
      p.nextToken();
      switch (field) {
        case ELB -> event.targetGroup = hasScalar(p, "targetGroupArn");
        case STAGE -> event.stage = known(p, event, STAGES);
        case REQUEST_ID -> {
          if (lazy && p.currentToken() == JsonToken.VALUE_STRING) {
            event.requestIdAt = tokenOffset(p);
          } else {
            event.requestId = text(p);
          }
        }
        case DOMAIN_NAME -> {
          if (lazy && p.currentToken() == JsonToken.VALUE_STRING) {
            event.domainNameAt = tokenOffset(p); // only payload 2.0 events need it: checked in classify
          } else {
            event.functionUrlDomain = isFunctionUrlDomain(text(p));
          }
        }
        case HTTP -> httpContext(p, event);
        case IDENTITY -> {
          if (lazy && p.currentToken() == JsonToken.START_OBJECT) {
            // REST only; read on first use (the source IP, the IAM caller), as the other parts
            int start = tokenOffset(p);
            p.skipChildren();
            event.identitySpan = event.span(HttpEvent.IDENTITY, Kind.ANY_MAP, start, tokenOffset(p) + 1);
          } else {
            identity(p, event, false);
          }
        }
        case AUTHORIZER -> event.authorizer = part(p, event, HttpEvent.AUTHORIZER, Kind.ANY_MAP);
        default -> p.skipChildren();
      }
    }
  }

  /** REST {@code requestContext.identity}: the source IP, and the IAM caller's fields when set. */
  private static void identity(JsonParser p, HttpEvent event, boolean lazy) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "sourceIp" -> {
          if (event.sourceIp == null && event.sourceIpAt < 0) {
            if (lazy && p.currentToken() == JsonToken.VALUE_STRING) {
              event.sourceIpAt = tokenOffset(p);
            } else {
              event.sourceIp = text(p);
            }
          } else {
            p.skipChildren();
          }
        }
        case "accountId", "caller", "user", "userArn", "accessKey" -> {
          String value = text(p);
          if (value != null) {
            if (event.identity == null) {
              event.identity = new HashMap<>(8);
            }
            event.identity.put(name, value);
          }
        }
        default -> p.skipChildren();
      }
    }
  }

  private static void httpContext(JsonParser p, HttpEvent event) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    FieldOrder order = event.orders.http();
    for (int position = 0, field; (field = order.next(p, position, EventFields::http)) != FieldOrder.END; position++) {
      p.nextToken();
      switch (field) {
        case METHOD -> event.contextHttpMethod = known(p, event, METHODS);
        case SOURCE_IP -> {
          if (event.lazy && p.currentToken() == JsonToken.VALUE_STRING) {
            event.sourceIpAt = tokenOffset(p);
          } else {
            event.sourceIp = text(p);
          }
        }
        default -> p.skipChildren();
      }
    }
  }

  /**
   * Whether the object at the current token has the field {@code wanted} with a non-null scalar
   * value (what {@link #text} reads as non-null), without decoding it; the object is skipped.
   */
  private static boolean hasScalar(JsonParser p, String wanted) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return false;
    }
    boolean found = false;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (name.equals(wanted)) {
        found = value.isScalarValue() && value != JsonToken.VALUE_NULL;
      }
      p.skipChildren();
    }
    return found;
  }

  /** The methods API Gateway and ALB send, shared instead of decoded into a new string per event. */
  private static final KnownStrings METHODS = new KnownStrings("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
  /** HTTP APIs' default stage. */
  private static final KnownStrings STAGES = new KnownStrings("$default");
  /** The payload format versions. */
  private static final KnownStrings VERSIONS = new KnownStrings("2.0", "1.0");

  /**
   * {@link #text}, as the shared constant of {@code known} when the string is one of them. A UTF-8
   * event's string is compared where it lies in the event, without decoding it (a candidate with
   * characters JSON may escape, or beyond ASCII, is only found by decoding).
   */
  private static String known(JsonParser p, HttpEvent event, KnownStrings known) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return text(p);
    }
    String found = event.lazy
        ? known.match(event.bytes, event.length, tokenOffset(p) + 1) // after the opening quote
        : known.match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    return found != null ? found : p.getText();
  }

  /**
   * Whether {@code requestContext.domainName} is a function URL's: read where it lies in a UTF-8
   * event when it has no escapes, else decoded.
   */
  private static boolean functionUrlDomainAt(HttpEvent event) {
    int start = event.domainNameAt + 1;
    int end = start;
    while (end < event.length && event.bytes[end] != '"' && event.bytes[end] != '\\') {
      end++;
    }
    if (end < event.length && event.bytes[end] == '"') {
      return isFunctionUrlDomain(event.bytes, start, end - start);
    }
    return isFunctionUrlDomain(string(event.bytes, event.length, event.domainNameAt)); // escaped: decoded
  }

  private static boolean matches(String candidate, byte[] bytes, int offset) {
    for (int i = 0; i < candidate.length(); i++) {
      if (candidate.charAt(i) != bytes[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** {@link #isFunctionUrlDomain(String)} over the raw bytes of a string without escapes. */
  static boolean isFunctionUrlDomain(byte[] bytes, int offset, int length) {
    String suffix = ".on.aws";
    String marker = ".lambda-url.";
    if (length < suffix.length() || !matches(suffix, bytes, offset + length - suffix.length())) {
      return false;
    }
    for (int i = 0; i + marker.length() <= length; i++) {
      if (matches(marker, bytes, offset + i)) {
        return i > 0 && i + marker.length() < length - suffix.length();
      }
    }
    return false;
  }

  /** A scalar's text ({@code null} for JSON null); objects and arrays are skipped and count as absent. */
  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }

  private static Map<String, String> stringMap(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    Map<String, String> map = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      String value = text(p);
      if (value != null) {
        map.put(name, value);
      }
    }
    return map;
  }

  private static Map<String, List<String>> listMap(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    Map<String, List<String>> map = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      List<String> values = p.currentToken() == JsonToken.START_ARRAY ? stringList(p) : single(text(p));
      if (values != null && !values.isEmpty()) {
        map.put(name, values);
      }
    }
    return map;
  }

  private static List<String> single(String value) {
    return value == null ? null : List.of(value);
  }

  private static List<String> stringList(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<String> list = new ArrayList<>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String value = text(p);
      if (value != null) {
        list.add(value);
      }
    }
    return list;
  }

  /** Databind's map reader, built only when an event has a free-form map (no cold-start cost). */
  private static final class MapReader {
    static final ObjectReader READER = Json.readerFor(Map.class);
  }
}
