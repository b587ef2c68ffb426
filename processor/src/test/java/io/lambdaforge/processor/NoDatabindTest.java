package io.lambdaforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adapter whose body and result types all have generated codecs answers its first request
 * without loading a single {@code com.fasterxml.jackson.databind} class. The adapter runs in a
 * fresh class loader that loads every class of the classpath itself (only the JDK comes from the
 * parent) and records each one; a request the codec does not accept shows that the check can fail.
 */
class NoDatabindTest {
  private static final String DATABIND = "com.fasterxml.jackson.databind.";

  @TempDir Path classes;

  @Test
  void firstInvocationWithCodecsLoadsNoDatabindClass() throws Exception {
    Recording loader = compileAndLoad();
    String response = invoke(loader, "{\"customerId\":\"c-1\",\"sku\":\"SKU-9\",\"quantity\":2,\"giftWrap\":true}");
    JsonNode answer = new ObjectMapper().readTree(response);
    assertEquals(200, answer.get("statusCode").asInt(), response);
    assertEquals("{\"orderId\":\"c-1-SKU-9\",\"quantity\":2,\"totalCents\":2848}", answer.get("body").asText());
    assertTrue(loader.loaded.contains("io.lambdaforge.runtime.internal.codec.Streams"), "the codec path ran");
    assertTrue(loader.loaded.contains("com.fasterxml.jackson.core.JsonFactory"));
    List<String> databind = loader.loaded.stream().filter(n -> n.startsWith(DATABIND)).sorted().toList();
    assertEquals(List.of(), databind, "databind classes loaded by the first invocation");
  }

  @Test
  void aBodyTheCodecDoesNotReadGoesToDatabind() throws Exception {
    Recording loader = compileAndLoad();
    // a number as a string: databind coerces it, the codec leaves it to databind
    String response = invoke(loader, "{\"customerId\":\"c-1\",\"sku\":\"SKU-9\",\"quantity\":\"2\",\"giftWrap\":false}");
    JsonNode answer = new ObjectMapper().readTree(response);
    assertEquals(200, answer.get("statusCode").asInt(), response);
    assertEquals("{\"orderId\":\"c-1-SKU-9\",\"quantity\":2,\"totalCents\":2598}", answer.get("body").asText());
    assertFalse(loader.loaded.stream().noneMatch(n -> n.startsWith(DATABIND)), "the fallback loads databind");
  }

  private Recording compileAndLoad() throws Exception {
    Compilation compilation = Compilations.compile(Compilations.source("com.acme.Shop",
        "package com.acme;",
        "",
        "import io.lambdaforge.annotations.*;",
        "",
        "public class Shop {",
        "  public record Order(String customerId, String sku, int quantity, boolean giftWrap) {}",
        "  public record Receipt(String orderId, int quantity, long totalCents) {}",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/my/path\"))",
        "  public Receipt order(@Body Order order) {",
        "    return new Receipt(order.customerId() + \"-\" + order.sku(), order.quantity(),",
        "        order.quantity() * 1299L + (order.giftWrap() ? 250 : 0));",
        "  }",
        "}"));
    assertFalse(Compilations.messages(compilation).contains("LF_CODEC_DATABIND"), Compilations.messages(compilation));
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = classes.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return new Recording(urls.toArray(URL[]::new));
  }

  private static String invoke(Recording loader, String body) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode event = (ObjectNode) mapper.readTree(
        Path.of("..", "testdata", "events", "apigw-v2-docs-input-format-example.json").toFile());
    event.put("body", body).put("isBase64Encoded", false);
    Class<?> adapter = loader.loadClass("com.acme.Shop_OrderHandler");
    Class<?> context = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
    Object noContext = Proxy.newProxyInstance(loader, new Class<?>[] {context}, (proxy, method, args) -> {
      Class<?> type = method.getReturnType();
      return type == int.class ? 300_000 : type == boolean.class ? false : type == long.class ? 0L
          : type == String.class ? "test" : null;
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    adapter.getMethod("handleRequest", InputStream.class, OutputStream.class, context)
        .invoke(adapter.getDeclaredConstructor().newInstance(),
            new ByteArrayInputStream(mapper.writeValueAsBytes(event)), out, noContext);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Loads every non-JDK class itself, recording its name. */
  private static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> found = super.findClass(name);
      loaded.add(name);
      return found;
    }
  }
}
