package io.lambdaforge.processor.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link Mutation}s to a sample event: tree edits on a copy of the parsed sample, then
 * byte edits on its serialized form (duplicate keys, invalid UTF-8, other encodings, deep
 * nesting, truncation), which a JSON tree cannot express.
 */
final class Mutator {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** Writes lone surrogates as {@code \\uD800} escapes, which plain UTF-8 output cannot carry. */
  private static final ObjectMapper ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String[] HEADER_NAMES = {
    "x-echo", "X-Echo", "x-ct", "x-ids", "x-at", "x-flag", "x-forwarded-for", "x-forwarded-port",
    "cookie", "Cookie", "content-type", "Content-Type", "host", "x-amzn-trace-id"
  };
  private static final String[] QUERY_KEYS = {"n", "parameter1", "kind", "big", "h", "c", "s", "fail"};
  private static final String[] METHODS = {
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "get", "post", "Post", "ANY", "",
    "CONNECT", "TRACE", "G E T", "GET\r\n", "PROPFIND", "\u0000"
  };
  private static final Charset[] ENCODINGS = {
    StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"),
    Charset.forName("UTF-32LE"), StandardCharsets.UTF_8
  };
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xff}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
    {(byte) 0xe2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {0}
  };

  private Mutator() {}

  /** The sample edited by every mutation, as event bytes. */
  static byte[] apply(ObjectNode sample, Source source, List<String> routes, List<Mutation> mutations) {
    ObjectNode event = sample.deepCopy();
    for (Mutation m : mutations) {
      switch (m.op()) {
        case HEADER -> header(event, source, pick(HEADER_NAMES, m.variant(), m.text()), m.text());
        case GIANT_HEADERS -> giantHeaders(event, source, m);
        case QUERY -> query(event, source, pick(QUERY_KEYS, m.variant(), m.text()), m.text(), m.target());
        case COOKIE -> cookie(event, source, m);
        case BODY -> body(event, m);
        case BASE64_BODY -> base64Body(event, m);
        case PATH -> path(event, source, routes, m);
        case METHOD -> method(event, source, m.variant() % 3 == 0 ? m.text() : METHODS[Math.floorMod(m.variant(), METHODS.length)]);
        case DROP, NULL, RETYPE -> structural(event, m);
        default -> { } // byte edits below
      }
    }
    byte[] bytes = write(event);
    for (Mutation m : mutations) {
      bytes = switch (m.op()) {
        case DUPLICATE_KEY -> duplicateKey(event, bytes, m);
        case INVALID_UTF8 -> invalidUtf8(bytes, m);
        case DEEP_NESTING -> deepNesting(bytes, m);
        case TRUNCATE -> bytes.length == 0 ? bytes : java.util.Arrays.copyOf(bytes, Math.floorMod(m.target(), bytes.length));
        default -> bytes;
      };
    }
    // the transfer encoding is chosen once, last: re-encoding UTF-16 text as if it were UTF-8 is no request
    for (Mutation m : mutations) {
      if (m.op() == Mutation.Op.ENCODING) {
        return reencode(bytes, m);
      }
    }
    return bytes;
  }

  // ---- caller edits

  private static void header(ObjectNode event, Source source, String name, String value) {
    JsonNode multi = event.get("multiValueHeaders");
    JsonNode single = event.get("headers");
    boolean v2 = source == Source.API_GATEWAY_HTTP;
    if (!v2 && multi instanceof ObjectNode m) {
      JsonNode existing = m.get(name);
      ArrayNode values = existing instanceof ArrayNode a ? a : m.putArray(name);
      values.add(value);
    }
    if (single instanceof ObjectNode s) {
      s.put(name, value);
    }
    if (!(single instanceof ObjectNode) && (v2 || !(multi instanceof ObjectNode))) {
      event.putObject("headers").put(name, value);
    }
  }

  private static void giantHeaders(ObjectNode event, Source source, Mutation m) {
    if (m.variant() % 2 == 0) {
      // one header of 8..72 KB (ALB allows 16 KB, API Gateway 10 KB in total)
      int size = 8 * 1024 + Math.floorMod(m.target(), 64 * 1024);
      String unit = m.text().isEmpty() ? "x" : m.text();
      StringBuilder value = new StringBuilder(size + unit.length());
      while (value.length() < size) {
        value.append(unit);
      }
      header(event, source, pick(HEADER_NAMES, m.target(), "x-giant"), value.toString());
    } else {
      // hundreds of headers, names differing only in case or suffix
      int count = 100 + Math.floorMod(m.target(), 900);
      for (int i = 0; i < count; i++) {
        header(event, source, (i % 2 == 0 ? "X-Many-" : "x-many-") + (i / 2), m.text() + i);
      }
    }
  }

  private static void query(ObjectNode event, Source source, String key, String value, int style) {
    boolean encode = style % 2 == 0;
    String k = encode ? URLEncoder.encode(key, StandardCharsets.UTF_8) : key;
    String v = encode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
    switch (source) {
      case API_GATEWAY_HTTP -> {
        JsonNode raw = event.get("rawQueryString");
        String before = raw == null || !raw.isTextual() ? "" : raw.asText();
        event.put("rawQueryString", before.isEmpty() ? k + "=" + v : before + "&" + k + "=" + v);
        objectField(event, "queryStringParameters").put(key, value);
      }
      case ALB -> {
        if (event.get("multiValueQueryStringParameters") instanceof ObjectNode multi) {
          JsonNode existing = multi.get(k);
          (existing instanceof ArrayNode a ? a : multi.putArray(k)).add(v);
        } else {
          objectField(event, "queryStringParameters").put(k, v);
        }
      }
      default -> {
        objectField(event, "queryStringParameters").put(key, value);
        ObjectNode multi = objectField(event, "multiValueQueryStringParameters");
        JsonNode existing = multi.get(key);
        (existing instanceof ArrayNode a ? a : multi.putArray(key)).add(value);
      }
    }
  }

  private static void cookie(ObjectNode event, Source source, Mutation m) {
    String[] names = {"session", "cookie1", "", "session", "a b", "=", ";"};
    String name = names[Math.floorMod(m.variant(), names.length)];
    String pair = m.variant() % 5 == 4 ? m.text() : name + "=" + m.text();
    if (source == Source.API_GATEWAY_HTTP) {
      JsonNode cookies = event.get("cookies");
      (cookies instanceof ArrayNode a ? a : event.putArray("cookies")).add(pair);
    } else {
      header(event, source, m.target() % 2 == 0 ? "cookie" : "Cookie", pair);
    }
  }

  private static void body(ObjectNode event, Mutation m) {
    event.put("isBase64Encoded", false);
    event.put("body", Hostile.body(m.variant(), m.target(), m.text()));
  }

  private static void base64Body(ObjectNode event, Mutation m) {
    event.put("isBase64Encoded", true);
    String body =
        switch (Math.floorMod(m.variant(), 5)) {
          case 0 -> m.text(); // rarely valid base64
          case 1 -> Base64.getEncoder().encodeToString(m.text().getBytes(StandardCharsets.UTF_8));
          case 2 -> Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
          case 3 -> Base64.getEncoder().encodeToString(
              Hostile.body(m.target(), m.target(), m.text()).getBytes(StandardCharsets.UTF_8));
          default -> "e30=" + m.text() + "==";
        };
    event.put("body", body);
  }

  private static void path(ObjectNode event, Source source, List<String> routes, Mutation m) {
    String template = routes.get(Math.floorMod(m.target(), routes.size()));
    boolean encode = m.variant() % 3 == 0;
    String segment = encode ? URLEncoder.encode(m.text(), StandardCharsets.UTF_8).replace("+", "%20") : m.text();
    StringBuilder path = new StringBuilder();
    for (String part : template.substring(1).split("/")) {
      path.append('/').append(part.equals("*") ? segment : part);
    }
    if (m.variant() % 4 == 1) {
      path.append('/');
    }
    String value = path.toString();
    if (source == Source.API_GATEWAY_HTTP) {
      String stage = event.path("requestContext").path("stage").asText("$default");
      String raw = stage.isEmpty() || stage.equals("$default") ? value : "/" + stage + value;
      event.put("rawPath", raw);
      if (event.get("requestContext") instanceof ObjectNode rc && rc.get("http") instanceof ObjectNode http) {
        http.put("path", raw);
      }
    } else {
      event.put("path", value);
    }
  }

  private static void method(ObjectNode event, Source source, String method) {
    if (source == Source.API_GATEWAY_HTTP) {
      if (event.get("requestContext") instanceof ObjectNode rc && rc.get("http") instanceof ObjectNode http) {
        http.put("method", method);
      }
    } else {
      event.put("httpMethod", method);
    }
  }

  // ---- integration edits

  private static void structural(ObjectNode event, Mutation m) {
    List<Object[]> fields = new ArrayList<>(); // {parent ObjectNode, field name}
    collect(event, fields);
    if (fields.isEmpty()) {
      return;
    }
    Object[] chosen = fields.get(Math.floorMod(m.target(), fields.size()));
    ObjectNode parent = (ObjectNode) chosen[0];
    String name = (String) chosen[1];
    switch (m.op()) {
      case DROP -> parent.remove(name);
      case NULL -> parent.putNull(name);
      default -> parent.set(name, retyped(parent.get(name), m));
    }
  }

  private static JsonNode retyped(JsonNode old, Mutation m) {
    return switch (Math.floorMod(m.variant(), 8)) {
      case 0 -> NODES.numberNode(m.target());
      case 1 -> NODES.booleanNode(m.target() % 2 == 0);
      case 2 -> NODES.arrayNode().add(old == null ? NODES.nullNode() : old);
      case 3 -> NODES.objectNode().set("value", old);
      case 4 -> NODES.textNode(old == null ? "null" : old.toString());
      case 5 -> NODES.textNode(m.text());
      case 6 -> NODES.numberNode(new java.math.BigDecimal("1e" + Math.floorMod(m.target(), 400)));
      default -> NODES.arrayNode();
    };
  }

  private static void collect(JsonNode node, List<Object[]> out) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        out.add(new Object[] {object, field.getKey()});
        collect(field.getValue(), out);
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(element -> collect(element, out));
    }
  }

  private static byte[] duplicateKey(ObjectNode event, byte[] bytes, Mutation m) {
    List<String> names = new ArrayList<>();
    event.fieldNames().forEachRemaining(names::add);
    String name = names.isEmpty() ? "body" : names.get(Math.floorMod(m.target(), names.size()));
    String value = switch (Math.floorMod(m.variant(), 4)) {
      case 0 -> quote(m.text());
      case 1 -> "null";
      case 2 -> "{\"" + name + "\":" + quote(m.text()) + "}";
      default -> String.valueOf(m.target());
    };
    String text = new String(bytes, StandardCharsets.UTF_8);
    int open = text.indexOf('{');
    int close = text.lastIndexOf('}');
    if (open < 0 || close < 0) {
      return bytes;
    }
    String pair = "\"" + name + "\":" + value;
    String out = m.variant() % 2 == 0
        ? text.substring(0, open + 1) + pair + "," + text.substring(open + 1)
        : text.substring(0, close) + "," + pair + text.substring(close);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalidUtf8(byte[] bytes, Mutation m) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '"') {
        quotes.add(i);
      }
    }
    int at = quotes.isEmpty() ? 0 : quotes.get(Math.floorMod(m.target(), quotes.size())) + 1;
    byte[] bad = BAD_UTF8[Math.floorMod(m.variant(), BAD_UTF8.length)];
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bad.length);
    out.write(bytes, 0, Math.min(at, bytes.length));
    out.write(bad, 0, bad.length);
    out.write(bytes, Math.min(at, bytes.length), bytes.length - Math.min(at, bytes.length));
    return out.toByteArray();
  }

  private static byte[] deepNesting(byte[] bytes, Mutation m) {
    int depth = 60 + Math.floorMod(m.target(), m.variant() % 4 == 0 ? 50_000 : 200);
    boolean arrays = m.variant() % 2 == 0;
    StringBuilder deep = new StringBuilder(depth * 6);
    for (int i = 0; i < depth; i++) {
      deep.append(arrays ? "[" : "{\"a\":");
    }
    deep.append("1");
    for (int i = 0; i < depth; i++) {
      deep.append(arrays ? "]" : "}");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    int open = text.indexOf('{');
    if (open < 0) {
      return bytes;
    }
    String field = m.variant() % 3 == 0 ? "body" : "zz";
    return (text.substring(0, open + 1) + "\"" + field + "\":" + deep + "," + text.substring(open + 1))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] reencode(byte[] bytes, Mutation m) {
    Charset charset = ENCODINGS[Math.floorMod(m.variant(), ENCODINGS.length)];
    byte[] encoded = new String(bytes, StandardCharsets.UTF_8).getBytes(charset);
    if (charset != StandardCharsets.UTF_8) {
      return encoded;
    }
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] out = new byte[bom.length + encoded.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(encoded, 0, out, bom.length, encoded.length);
    return out;
  }

  // ---- helpers

  private static ObjectNode objectField(ObjectNode event, String name) {
    return event.get(name) instanceof ObjectNode existing ? existing : event.putObject(name);
  }

  /**
   * A listed name, or {@code fallback} as a name. Gateways deliver names as valid Unicode, and
   * Jackson refuses a lone surrogate escape in a JSON field name, so those become U+FFFD.
   */
  private static String pick(String[] names, int index, String fallback) {
    int i = Math.floorMod(index, names.length + 1);
    return i == names.length ? wellFormed(fallback) : names[i];
  }

  private static String wellFormed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  private static String quote(String text) {
    try {
      return ESCAPING.writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** UTF-8 JSON; a lone surrogate (not encodable in UTF-8) is written as a \\u escape instead. */
  static byte[] write(JsonNode event) {
    try {
      byte[] plain = PLAIN.writeValueAsBytes(event);
      try {
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(plain));
        return plain;
      } catch (java.nio.charset.CharacterCodingException loneSurrogate) {
        return ESCAPING.writeValueAsBytes(event);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
