package io.lambdaforge.examples.openapi;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.annotations.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The examples' OpenAPI documents, as the build wrote them into the class output. */
final class ExampleDocuments {
  private ExampleDocuments() {}

  static String api(Source source) {
    return source == Source.API_GATEWAY_REST ? "rest" : "http";
  }

  static JsonNode document(String api) {
    try (InputStream in = ExampleDocuments.class.getClassLoader()
        .getResourceAsStream("META-INF/lambdaforge/openapi-" + api + ".json")) {
      assertNotNull(in, "no openapi-" + api + ".json in the examples' class output");
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String api) {
    try (InputStream in = ExampleDocuments.class.getClassLoader()
        .getResourceAsStream("META-INF/lambdaforge/openapi-" + api + ".json")) {
      assertNotNull(in, "no openapi-" + api + ".json in the examples' class output");
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
