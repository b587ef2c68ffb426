package io.lambdaforge.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.json.Json;
import java.io.CharConversionException;
import java.io.IOException;
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
 */
final class EventDecoder {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();
  private static final ObjectReader MAP_READER = Json.mapper().readerFor(Map.class);

  private EventDecoder() {}

  /** The HTTP event in {@code bytes}, or {@code null} when they are not one (e.g. an SDK payload). */
  static HttpEvent decode(byte[] bytes) throws IOException {
    HttpEvent event = new HttpEvent();
    try (JsonParser p = FACTORY.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "version" -> event.version = text(p);
          case "httpMethod" -> event.httpMethod = text(p);
          case "path" -> event.path = text(p);
          case "rawPath" -> event.rawPath = text(p);
          case "rawQueryString" -> event.rawQueryString = text(p);
          case "body" -> event.body = text(p);
          case "isBase64Encoded" -> event.base64 = p.currentToken() == JsonToken.VALUE_TRUE;
          case "headers" -> event.headers = stringMap(p);
          case "multiValueHeaders" -> event.multiValueHeaders = listMap(p);
          case "queryStringParameters" -> event.queryStringParameters = stringMap(p);
          case "multiValueQueryStringParameters" -> event.multiValueQueryStringParameters = listMap(p);
          case "cookies" -> event.cookies = stringList(p);
          case "stageVariables" -> event.stageVariables = stringMap(p);
          case "requestContext" -> requestContext(p, event);
          default -> p.skipChildren();
        }
      }
    } catch (StreamReadException | StreamConstraintsException | CharConversionException notAnEvent) {
      // malformed JSON, JSON past the read limits (nesting, lengths) or bytes in no JSON encoding
      return null;
    }
    event.source = classify(event);
    return event.source == null ? null : event;
  }

  private static Source classify(HttpEvent e) {
    if ("2.0".equals(e.version) && e.rawPath != null && e.contextHttpMethod != null) {
      return Source.API_GATEWAY_HTTP;
    }
    if (e.targetGroupArn != null && e.httpMethod != null) {
      return Source.ALB;
    }
    if (e.httpMethod != null && e.hasRequestContext && (e.version == null || "1.0".equals(e.version))) {
      return Source.API_GATEWAY_REST;
    }
    return null;
  }

  private static void requestContext(JsonParser p, HttpEvent event) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    event.hasRequestContext = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "elb" -> event.targetGroupArn = field(p, "targetGroupArn", null);
        case "stage" -> event.stage = text(p);
        case "requestId" -> event.requestId = text(p);
        case "http" -> httpContext(p, event);
        case "identity" -> {
          String ip = field(p, "sourceIp", null);
          if (event.sourceIp == null) {
            event.sourceIp = ip;
          }
        }
        case "authorizer" -> event.authorizer = p.currentToken() == JsonToken.START_OBJECT
            ? MAP_READER.readValue(p) : skip(p);
        default -> p.skipChildren();
      }
    }
  }

  private static void httpContext(JsonParser p, HttpEvent event) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "method" -> event.contextHttpMethod = text(p);
        case "sourceIp" -> event.sourceIp = text(p);
        default -> p.skipChildren();
      }
    }
  }

  /** The string field {@code wanted} of the object at the current token; other fields skipped. */
  private static String field(JsonParser p, String wanted, String fallback) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return fallback;
    }
    String found = fallback;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(wanted)) {
        found = text(p);
      } else {
        p.skipChildren();
      }
    }
    return found;
  }

  private static <T> T skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
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
}
