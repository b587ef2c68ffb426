package io.lambdaforge.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.codec.Streams;
import io.lambdaforge.runtime.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The generated codecs against databind under the runtime's configuration ({@link Json}), on random
 * values of every supported shape: the codec writes the same bytes (and text), reads back what
 * databind reads, accepts everything databind writes, and leaves to databind (by failing) what it
 * does not read the same way: coercions, out-of-limit input, values it cannot write.
 */
class CodecDifferentialTest {
  private static CodecSample sample;
  private static final ObjectWriter DATABIND = Json.writer();
  /** Trees of databind's output that keep every number exactly as written. */
  private static final ObjectMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  private static synchronized Map<String, JsonCodec<Object>> codecs() throws ReflectiveOperationException {
    if (sample == null) {
      sample = new CodecSample();
    }
    return sample.codecs;
  }

  @Example
  void everyFunctionHasItsCodecs() throws Exception {
    // 8 functions: a body codec each, and a result codec for those whose result type differs
    assertEquals(8, codecs().size(), codecs().keySet().toString());
    assertFalse(Compilations.messages(sample.compilation).contains("LF_CODEC_DATABIND"),
        Compilations.messages(sample.compilation));
  }

  @Property(tries = 250)
  void writesDatabindsBytes(@ForAll long seed) throws Exception {
    RandomValues values = new RandomValues(seed, 5);
    for (Map.Entry<String, JsonCodec<Object>> entry : codecs().entrySet()) {
      JsonCodec<Object> codec = entry.getValue();
      Object value = values.of(codec.type());
      java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
      assertTrue(Streams.tryWriteTo(codec, value, written), entry.getKey());
      assertArrayEquals(DATABIND.writeValueAsBytes(value), written.toByteArray(), entry.getKey());
      assertEquals(DATABIND.writeValueAsString(value), Streams.tryWriteString(codec, value), entry.getKey());
    }
  }

  @Property(tries = 250)
  void readsWhatDatabindReads(@ForAll long seed) throws Exception {
    RandomValues values = new RandomValues(seed, 5);
    for (Map.Entry<String, JsonCodec<Object>> entry : codecs().entrySet()) {
      JsonCodec<Object> codec = entry.getValue();
      byte[] json = DATABIND.writeValueAsBytes(values.of(codec.type()));
      Object viaCodec = Streams.tryRead(codec, json);
      assertNotNull(viaCodec, () -> entry.getKey() + " did not read " + new String(json, StandardCharsets.UTF_8));
      Object viaDatabind = Json.readerFor(codec.type()).readValue(json);
      assertEquals(viaDatabind.getClass(), viaCodec.getClass(), entry.getKey());
      // equal objects: same class and same state (records holding arrays or beans have no deep equals)
      String expected = DATABIND.writeValueAsString(viaDatabind);
      String actual = DATABIND.writeValueAsString(viaCodec);
      assertEquals(expected, actual, () -> entry.getKey() + " first differs at " + around(expected, actual));
    }
  }

  /**
   * Bean readers ask for their properties in the order they write them (a byte comparison when the
   * input follows it): input in any other order, with names spelled with escapes or unknown names
   * between, must read as databind reads it, through the UTF-8 and the character parser alike.
   */
  @Property(tries = 150)
  void readsPropertiesInAnyOrderAndSpelling(@ForAll long seed) throws Exception {
    RandomValues values = new RandomValues(seed, 5);
    java.util.Random random = new java.util.Random(seed);
    for (Map.Entry<String, JsonCodec<Object>> entry : codecs().entrySet()) {
      JsonCodec<Object> codec = entry.getValue();
      JsonNode tree = TREES.readTree(DATABIND.writeValueAsBytes(values.of(codec.type())));
      String json = reordered(tree, random);
      Object viaDatabind = Json.readerFor(codec.type()).readValue(json);
      String expected = DATABIND.writeValueAsString(viaDatabind);
      Object fromBytes = Streams.tryRead(codec, json.getBytes(StandardCharsets.UTF_8));
      Object fromText = Streams.tryRead(codec, json);
      assertNotNull(fromBytes, () -> entry.getKey() + " did not read " + json);
      assertNotNull(fromText, () -> entry.getKey() + " did not read " + json);
      assertEquals(expected, DATABIND.writeValueAsString(fromBytes), () -> entry.getKey() + " " + json);
      assertEquals(expected, DATABIND.writeValueAsString(fromText), () -> entry.getKey() + " " + json);
    }
  }

  @Example
  void readsReversedEscapedAndInterleavedNames() throws Exception {
    JsonCodec<Object> item = codecs().get("Item.CODEC_0");
    String inOrder = new String(DATABIND.writeValueAsBytes(new RandomValues(7, 3).of(item.type())),
        StandardCharsets.UTF_8);
    JsonNode tree = TREES.readTree(inOrder);
    java.util.List<String> names = new java.util.ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    StringBuilder reversed = new StringBuilder("{");
    for (int i = names.size() - 1; i >= 0; i--) {
      // every name spelled with \\u escapes only, and an unknown property before each
      StringBuilder escaped = new StringBuilder();
      names.get(i).chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
      reversed.append("\"x").append(i).append("\":{\"skip\":[1]},\"").append(escaped).append("\":")
          .append(TREES.writeValueAsString(tree.get(names.get(i)))).append(i > 0 ? "," : "}");
    }
    String json = reversed.toString();
    String expected = DATABIND.writeValueAsString(Json.readerFor(item.type()).readValue(inOrder));
    assertEquals(expected, DATABIND.writeValueAsString(Streams.tryRead(item, json.getBytes(StandardCharsets.UTF_8))), json);
    assertEquals(expected, DATABIND.writeValueAsString(Streams.tryRead(item, json)), json);
  }

  /** {@code node} as JSON with each object's properties in a random order and some names escaped. */
  private static String reordered(JsonNode node, java.util.Random random) throws JsonProcessingException {
    if (node.isObject()) {
      java.util.List<Map.Entry<String, JsonNode>> fields = new java.util.ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      java.util.Collections.shuffle(fields, random);
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<String, JsonNode> field : fields) {
        String name = TREES.writeValueAsString(field.getKey());
        char first = field.getKey().isEmpty() ? '\\' : field.getKey().charAt(0);
        boolean plain = first >= 0x20 && first != '"' && first != '\\' && !Character.isSurrogate(first)
            && name.charAt(1) == first; // written as itself, not escaped
        if (random.nextInt(4) == 0 && plain) {
          // the first character as a \\u escape: same name, other bytes
          name = "\"" + String.format("\\u%04x", (int) first) + name.substring(2);
        }
        out.append(out.length() > 1 ? "," : "").append(name).append(':').append(reordered(field.getValue(), random));
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (JsonNode element : node) {
        out.append(out.length() > 1 ? "," : "").append(reordered(element, random));
      }
      return out.append(']').toString();
    }
    return TREES.writeValueAsString(node);
  }

  private static String around(String expected, String actual) {
    int i = 0;
    while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return "databind ..." + expected.substring(from, Math.min(expected.length(), i + 40))
        + "... codec ..." + actual.substring(from, Math.min(actual.length(), i + 40)) + "...";
  }

  @Example
  void absentAndNullPropertiesReadLikeDatabind() throws Exception {
    for (String json : new String[] {"{}", "{\"name\":null,\"l\":null,\"at\":null,\"tags\":null,\"flag\":null}",
        "{\"unknown\":{\"deep\":[1,2,{\"x\":null}]},\"name\":\"n\",\"name\":\"last wins\"}"}) {
      for (String function : new String[] {"Item.CODEC_0", "Bean.CODEC_0", "Tree.CODEC_0"}) {
        JsonCodec<Object> codec = codecs().get(function);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Object viaCodec = Streams.tryRead(codec, bytes);
        assertNotNull(viaCodec, function + " " + json);
        Object viaDatabind = Json.readerFor(codec.type()).readValue(bytes);
        assertArrayEquals(DATABIND.writeValueAsBytes(viaDatabind), DATABIND.writeValueAsBytes(viaCodec), function + " " + json);
      }
    }
  }

  @Example
  void nestingBeyondTheLimitIsRefusedByBoth() throws Exception {
    JsonCodec<Object> tree = codecs().get("Tree.CODEC_0");
    // each Node level is an object and an array: 2 levels of nesting
    String ok = "{\"label\":\"x\",\"children\":[".repeat(31) + "]}".repeat(31);
    assertNotNull(Streams.tryRead(tree, ok.getBytes(StandardCharsets.UTF_8)));
    String deep = "{\"label\":\"x\",\"children\":[".repeat(40) + "]}".repeat(40);
    assertNull(Streams.tryRead(tree, deep.getBytes(StandardCharsets.UTF_8)));
    Exception refused = assertThrows(JsonProcessingException.class,
        () -> Json.readerFor(tree.type()).readValue(deep.getBytes(StandardCharsets.UTF_8)));
    assertTrue(refused.getMessage().contains("nesting depth (65) exceeds the maximum allowed (64"), refused.getMessage());
    String longNumber = "{\"l\":" + "9".repeat(Json.MAX_NUMBER_LENGTH + 1) + "}";
    assertNull(Streams.tryRead(codecs().get("Item.CODEC_0"), longNumber.getBytes(StandardCharsets.UTF_8)));
  }

  @Example
  void whatTheCodecDoesNotReadGoesToDatabind() throws Exception {
    JsonCodec<Object> item = codecs().get("Item.CODEC_0");
    for (String coerced : new String[] {"{\"l\":\"12\"}", "{\"l\":1.5}", "{\"color\":0}", "{\"name\":12}",
        "{\"tags\":{\"tag_name\":\"single\"}}", "{\"at\":1700000000}", "{\"d\":\"NaN\"}", "{\"color\":\"PURPLE\"}", "[]"}) {
      assertNull(Streams.tryRead(item, coerced.getBytes(StandardCharsets.UTF_8)), coerced);
    }
    assertNull(Streams.tryRead(codecs().get("Number.CODEC_0"), "null".getBytes(StandardCharsets.UTF_8)));
    assertNull(Streams.tryRead(codecs().get("Number.CODEC_0"), "  ".getBytes(StandardCharsets.UTF_8)));
  }

  @Example
  void notANumberAndLoneSurrogatesAreWrittenLikeDatabind() throws Exception {
    JsonCodec<Object> bean = codecs().get("Bean.CODEC_0");
    Object value = new RandomValues(1, 2).of(bean.type());
    value.getClass().getMethod("setScores", Map.class).invoke(value,
        Map.of("nan", Double.NaN, "inf", Double.POSITIVE_INFINITY));
    value.getClass().getMethod("setTitle", String.class).invoke(value, "lone \ud800 surrogate");
    assertEquals(DATABIND.writeValueAsString(value), Streams.tryWriteString(bean, value));
  }
}
