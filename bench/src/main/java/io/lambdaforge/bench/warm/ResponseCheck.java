package io.lambdaforge.bench.warm;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.bench.BenchContext;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Guards the comparison: every variant must answer the event with status 200 and the same receipt
 * (HTTP: the {@code body} string parsed as JSON; SDK: the payload), else the benchmark would time
 * different work.
 */
public final class ResponseCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResponseCheck() {}

  /** Throws {@link IllegalStateException} naming the variant that disagrees. */
  public static void agree(Case c, byte[] event, RequestStreamHandler generated, RequestStreamHandler handWritten,
      RequestStreamHandler managed) throws IOException {
    JsonNode expected = receipt(c, Variant.GENERATED, invoke(generated, event));
    check(c, Variant.HAND_WRITTEN, expected, receipt(c, Variant.HAND_WRITTEN, invoke(handWritten, event)));
    check(c, Variant.MANAGED, expected, receipt(c, Variant.MANAGED, invoke(managed, event)));
  }

  /** The receipt in a response of {@code c}'s format; throws when the response is not a 200. */
  public static JsonNode receipt(Case c, Variant variant, byte[] response) throws IOException {
    JsonNode root = MAPPER.readTree(response);
    if (c == Case.SDK) {
      return root;
    }
    if (root.path("statusCode").asInt() != 200 || !root.path("body").isTextual()) {
      throw new IllegalStateException(variant.label() + " answered " + c + " with " + root);
    }
    return MAPPER.readTree(root.get("body").asText());
  }

  /** The response of one in-process invocation of {@code handler} with {@code event}. */
  public static byte[] invoke(RequestStreamHandler handler, byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, new BenchContext());
    return out.toByteArray();
  }

  private static void check(Case c, Variant variant, JsonNode expected, JsonNode actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(variant.label() + " answered " + c + " with " + actual
          + " but the generated adapter with " + expected);
    }
  }
}
