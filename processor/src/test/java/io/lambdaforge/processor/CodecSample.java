package io.lambdaforge.processor;

import com.google.testing.compile.Compilation;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A compiled application whose functions reach every type the codec generator supports, and the
 * codecs generated for it (by codec field, in the {@code <Adapter>Json} classes).
 */
final class CodecSample {
  static final String[] SOURCE = {
    "package com.acme;",
    "",
    "import com.fasterxml.jackson.annotation.*;",
    "import io.lambdaforge.annotations.*;",
    "import java.math.*;",
    "import java.time.*;",
    "import java.util.*;",
    "",
    "public class Catalog {",
    "  public enum Color { RED, GREEN, BLUE_ISH }",
    "  public record Money(BigDecimal amount, String currency) {}",
    "  @JsonInclude(JsonInclude.Include.NON_NULL)",
    "  public record Tag(@JsonProperty(\"tag_name\") String name, Optional<String> note, Integer weight) {}",
    "  public record Node(String label, List<Node> children) {}",
    "  public record Creator(String a, int b) { @JsonCreator public Creator {} }",
    "  public static final class Bean {",
    "    private String title;",
    "    @JsonProperty(\"renamed\") private String alias;",
    "    private int count;",
    "    private boolean active;",
    "    private List<String> words;",
    "    private Map<String, Double> scores;",
    "    @JsonIgnore private String secret;",
    "    @JsonInclude(JsonInclude.Include.NON_NULL) private Long big;",
    "    public String getTitle() { return title; }",
    "    public void setTitle(String v) { title = v; }",
    "    public String getAlias() { return alias; }",
    "    public void setAlias(String v) { alias = v; }",
    "    public int getCount() { return count; }",
    "    public void setCount(int v) { count = v; }",
    "    public boolean isActive() { return active; }",
    "    public void setActive(boolean v) { active = v; }",
    "    public List<String> getWords() { return words; }",
    "    public void setWords(List<String> v) { words = v; }",
    "    public Map<String, Double> getScores() { return scores; }",
    "    public void setScores(Map<String, Double> v) { scores = v; }",
    "    public String getSecret() { return secret; }",
    "    public void setSecret(String v) { secret = v; }",
    "    public Long getBig() { return big; }",
    "    public void setBig(Long v) { big = v; }",
    "  }",
    "  public record Item(UUID id, String name, Color color, Money price, List<Tag> tags,",
    "      Set<Color> colors, Map<String, List<Integer>> matrix, Optional<Instant> at, LocalDate day,",
    "      LocalDateTime stamp, LocalTime time, BigInteger serial, byte[] blob, Tag[] tagArray,",
    "      long l, double d, float f, short s, byte b, boolean flag, Integer boxed, Node tree, Bean bean,",
    "      @JsonIgnore String hidden, Creator creator, Collection<String> notes) {}",
    "",
    "  @Function public Item item(Item item) { return item; }",
    "  @Function public Bean bean(Bean bean) { return bean; }",
    "  @Function public Node tree(Node node) { return node; }",
    "  @Function public List<Tag> tags(List<Tag> tags) { return tags; }",
    "  @Function public Map<String, Money> prices(Map<String, Money> prices) { return prices; }",
    "  @Function public Color color(Color color) { return color; }",
    "  @Function public int number(int n) { return n; }",
    "  @Function public Optional<Money> maybe(Optional<Money> money) { return money; }",
    "}",
  };

  final Compilation compilation;
  final ClassLoader loader;
  /** Every generated codec, by {@code Adapter.CODEC_n}. */
  final Map<String, JsonCodec<Object>> codecs = new LinkedHashMap<>();

  CodecSample() throws ReflectiveOperationException {
    JavaFileObject source = Compilations.source("com.acme.Catalog", SOURCE);
    compilation = Compilations.compile(source);
    loader = Compilations.classLoader(compilation);
    for (String function : new String[] {"Item", "Bean", "Tree", "Tags", "Prices", "Color", "Number", "Maybe"}) {
      Class<?> json;
      try {
        json = loader.loadClass("com.acme.Catalog_" + function + "HandlerJson");
      } catch (ClassNotFoundException e) {
        throw new AssertionError("no codecs for " + function + ": " + Compilations.messages(compilation), e);
      }
      for (Field field : json.getDeclaredFields()) {
        if (field.getName().startsWith("CODEC_")) {
          field.setAccessible(true);
          @SuppressWarnings("unchecked")
          JsonCodec<Object> codec = (JsonCodec<Object>) field.get(null);
          codecs.put(function + "." + field.getName(), codec);
        }
      }
    }
  }
}
