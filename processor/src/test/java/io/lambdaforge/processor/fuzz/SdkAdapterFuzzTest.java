package io.lambdaforge.processor.fuzz;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.TestContext;
import io.lambdaforge.runtime.internal.sdk.PayloadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Mutated direct-invoke payloads through generated SDK adapters ({@code Order}, {@code List<Line>},
 * {@code int} and the mixed HTTP + SDK function), as many per run as {@link HttpAdapterFuzzTest}
 * sends per source. Property: an invocation either writes one JSON value, or fails with an
 * exception that the Lambda runtime turns into a complete error document (a type and a non-blank
 * message), after writing nothing; payload problems are {@link PayloadException}s, the only other
 * failure is the application's own exception; never a {@code java.lang.Error}.
 */
class SdkAdapterFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> HANDLERS =
      List.of("Fz_TotalHandler", "Fz_CountHandler", "Fz_TwiceHandler", "Fz_MixedHandler");
  private static final ObjectNode ORDER =
      (ObjectNode) read("{\"id\":\"o-1\",\"kind\":\"BOOK\",\"lines\":[{\"sku\":\"a\",\"qty\":2},"
          + "{\"sku\":\"b\",\"qty\":1}],\"total\":12.50,\"at\":\"2024-05-01T10:15:30Z\"}");
  /** An HTTP API event sent by direct invocation: no SDK adapter may mistake it for its payload silently. */
  private static final ObjectNode HTTP_EVENT = Samples.of(Source.API_GATEWAY_HTTP).get(0);
  private static final Map<String, RequestStreamHandler> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, Long> OUTCOMES = new TreeMap<>();

  /** One payload: which adapter, which base payload, which edits. */
  record Payload(int handler, int base, List<Mutation> mutations) {}

  @Property(tries = HttpAdapterFuzzTest.TRIES, edgeCases = EdgeCasesMode.NONE)
  void directInvocationsAnswerJsonOrCarryAnErrorTypeAndMessage(@ForAll("batch") List<Payload> payloads) {
    payloads.forEach(SdkAdapterFuzzTest::run);
  }

  @AfterContainer
  static void summary() {
    synchronized (OUTCOMES) {
      System.out.println("[fuzz] SDK adapters, " + HttpAdapterFuzzTest.EVENTS + " payloads requested: " + OUTCOMES);
    }
  }

  @Provide
  Arbitrary<List<Payload>> batch() {
    Arbitrary<Mutation.Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Mutation.Op.DROP)),
            Tuple.of(4, Arbitraries.just(Mutation.Op.NULL)),
            Tuple.of(6, Arbitraries.just(Mutation.Op.RETYPE)),
            Tuple.of(2, Arbitraries.just(Mutation.Op.DUPLICATE_KEY)),
            Tuple.of(2, Arbitraries.just(Mutation.Op.INVALID_UTF8)),
            Tuple.of(1, Arbitraries.just(Mutation.Op.DEEP_NESTING)),
            Tuple.of(2, Arbitraries.just(Mutation.Op.TRUNCATE)),
            Tuple.of(1, Arbitraries.just(Mutation.Op.ENCODING)));
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                op, Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1000),
                Hostile.strings())
            .as(Mutation::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            mutation.list().ofMinSize(0).ofMaxSize(3))
        .as(Payload::new)
        .list()
        .ofSize(HttpAdapterFuzzTest.BATCH);
  }

  private static void run(Payload payload) {
    String name = HANDLERS.get(Math.floorMod(payload.handler(), HANDLERS.size()));
    byte[] bytes = payload(payload);
    RequestStreamHandler handler = LOADED.computeIfAbsent(name, FuzzApp::handler);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String outcome;
    try {
      handler.handleRequest(new ByteArrayInputStream(bytes), out, TestContext.quiet("fuzz"));
      try {
        JSON.readTree(out.toByteArray());
      } catch (IOException e) {
        throw new AssertionError(name + " wrote no JSON value: " + ResponseChecks.shorten(out.toByteArray()), e);
      }
      outcome = "ok";
    } catch (Exception failure) {
      // what the Lambda runtime reports: errorType = class name, errorMessage = the message
      String message = failure.getLocalizedMessage();
      boolean expected =
          failure instanceof PayloadException
              || (failure instanceof IllegalStateException && "order fail cannot be totalled".equals(message))
              || (failure instanceof IllegalArgumentException && name.equals("Fz_MixedHandler"));
      if (!expected || message == null || message.isBlank() || out.size() != 0) {
        throw new AssertionError(name + " failed without a complete error document (or after writing): "
            + failure, failure);
      }
      outcome = failure.getClass().getSimpleName();
    } catch (Error error) {
      throw new AssertionError(name + " died with " + error, error);
    }
    synchronized (OUTCOMES) {
      OUTCOMES.merge(name + " " + outcome, 1L, Long::sum);
    }
  }

  private static byte[] payload(Payload payload) {
    String text = payload.mutations().isEmpty() ? "" : payload.mutations().get(0).text();
    return switch (Math.floorMod(payload.base(), 8)) {
      case 0, 1, 2 -> Mutator.apply(ORDER, Source.SDK, List.of("/"), payload.mutations());
      case 3 -> Mutator.apply(wrap("[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":\"2\"}]"), Source.SDK,
          List.of("/"), payload.mutations());
      case 4 -> ("" + payload.base() * 7919).getBytes(StandardCharsets.UTF_8);
      case 5 -> Hostile.body(payload.handler(), payload.base(), text).getBytes(StandardCharsets.UTF_8);
      case 6 -> text.getBytes(StandardCharsets.UTF_8);
      default -> Mutator.apply(HTTP_EVENT, Source.SDK, List.of("/"),
          payload.mutations());
    };
  }

  /** {@code {"value": json}}: an object, so the tree edits have fields to work on. */
  private static ObjectNode wrap(String json) {
    ObjectNode holder = JSON.createObjectNode();
    holder.set("value", read(json));
    return holder;
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
