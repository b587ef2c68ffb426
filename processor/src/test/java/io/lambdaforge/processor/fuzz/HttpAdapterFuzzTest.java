package io.lambdaforge.processor.fuzz;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.TestContext;
import io.lambdaforge.runtime.internal.sdk.PayloadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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
 * Mutated real events through generated HTTP adapters, {@value #DEFAULT_EVENTS} per source by
 * default ({@code -Dlambdaforge.fuzz.tries=N} sets the events per source, e.g. 1000000 for a
 * soak run). Properties, for every event:
 *
 * <ul>
 *   <li>an event still of its source after the edits a caller can make (headers, query, cookies,
 *       body, path, method, encoding) always gets a well-formed response of that source: nothing
 *       escapes the adapter;
 *   <li>an event broken beyond that (fields dropped, nulled, retyped; duplicate keys; invalid
 *       UTF-8; nesting past the limit; truncation) gets a well-formed response of some source or
 *       the documented refusal, an {@link IllegalArgumentException} saying what the function
 *       received ({@code PayloadException} for a function that also takes direct invocations);
 *       no other exception;
 *   <li>headers are tokens with control-free values, cookies are {@code name=value}, sizes are
 *       within the source's limit, errors are JSON with a message and never show a stack trace,
 *       an exception class or the application's internals.
 * </ul>
 *
 * Each jqwik try runs a batch of events, so a failure shrinks to the one event that fails.
 */
class HttpAdapterFuzzTest {
  static final int DEFAULT_EVENTS = 100_000;
  static final int EVENTS = Integer.getInteger("lambdaforge.fuzz.tries", DEFAULT_EVENTS);
  static final int TRIES = 500;
  static final int BATCH = Math.max(1, (EVENTS + TRIES - 1) / TRIES);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REFUSAL =
      Pattern.compile("Function '\\w+' (received .+ events\\. Add a @Trigger .+|refused an event larger than .+)");
  private static final Map<Source, List<ObjectNode>> SAMPLES = new EnumMap<>(Source.class);
  private static final Map<String, RequestStreamHandler> HANDLERS = new ConcurrentHashMap<>();
  private static final Map<String, Long> OUTCOMES = new TreeMap<>();

  /** One event: which sample, which adapter, which edits. */
  record Plan(int sample, int target, List<Mutation> mutations) {
    boolean callerOnly() {
      return mutations.stream().allMatch(m -> m.op().caller());
    }
  }

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  void albEventsGetWellFormedAlbResponses(@ForAll("batch") List<Plan> plans) {
    plans.forEach(plan -> run(Source.ALB, plan));
  }

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  void restEventsGetWellFormedRestResponses(@ForAll("batch") List<Plan> plans) {
    plans.forEach(plan -> run(Source.API_GATEWAY_REST, plan));
  }

  @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
  void httpApiEventsGetWellFormedHttpApiResponses(@ForAll("batch") List<Plan> plans) {
    plans.forEach(plan -> run(Source.API_GATEWAY_HTTP, plan));
  }

  @AfterContainer
  static void summary() {
    synchronized (OUTCOMES) {
      System.out.println("[fuzz] HTTP adapters, " + EVENTS + " events per source requested: " + OUTCOMES);
    }
  }

  @Provide
  Arbitrary<List<Plan>> batch() {
    return plan().list().ofSize(BATCH);
  }

  static Arbitrary<Plan> plan() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            mutation().list().ofMinSize(1).ofMaxSize(4))
        .as(Plan::new);
  }

  static Arbitrary<Mutation> mutation() {
    Arbitrary<Mutation.Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Mutation.Op.HEADER)),
            Tuple.of(1, Arbitraries.just(Mutation.Op.GIANT_HEADERS)),
            Tuple.of(6, Arbitraries.just(Mutation.Op.QUERY)),
            Tuple.of(4, Arbitraries.just(Mutation.Op.COOKIE)),
            Tuple.of(6, Arbitraries.just(Mutation.Op.BODY)),
            Tuple.of(3, Arbitraries.just(Mutation.Op.BASE64_BODY)),
            Tuple.of(8, Arbitraries.just(Mutation.Op.PATH)),
            Tuple.of(3, Arbitraries.just(Mutation.Op.METHOD)),
            Tuple.of(1, Arbitraries.just(Mutation.Op.ENCODING)),
            Tuple.of(3, Arbitraries.just(Mutation.Op.DROP)),
            Tuple.of(3, Arbitraries.just(Mutation.Op.NULL)),
            Tuple.of(3, Arbitraries.just(Mutation.Op.RETYPE)),
            Tuple.of(2, Arbitraries.just(Mutation.Op.DUPLICATE_KEY)),
            Tuple.of(2, Arbitraries.just(Mutation.Op.INVALID_UTF8)),
            Tuple.of(1, Arbitraries.just(Mutation.Op.DEEP_NESTING)),
            Tuple.of(1, Arbitraries.just(Mutation.Op.TRUNCATE)));
    return Combinators.combine(
            op,
            Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.integers().between(0, 1000),
            Hostile.strings())
        .as(Mutation::new);
  }

  private static void run(Source source, Plan plan) {
    List<ObjectNode> samples = samples(source);
    ObjectNode sample = samples.get(Math.floorMod(plan.sample(), samples.size()));
    FuzzApp.Target target = FuzzApp.HTTP_TARGETS.get(Math.floorMod(plan.target(), FuzzApp.HTTP_TARGETS.size()));
    byte[] event = Mutator.apply(sample, source, target.paths(), plan.mutations());
    RequestStreamHandler handler = HANDLERS.computeIfAbsent(target.handler(), FuzzApp::handler);
    boolean hasSdk = target.handler().equals("Fz_MixedHandler");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TestContext context = TestContext.quiet("fuzz");
    String outcome;
    try {
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
      outcome = judge(source, plan, out.toByteArray(), hasSdk);
    } catch (IllegalArgumentException | PayloadException refusal) {
      if (plan.callerOnly()) {
        throw new AssertionError("a caller-made " + source + " request was refused: " + refusal, refusal);
      }
      boolean documented = refusal instanceof PayloadException
          ? hasSdk
          : REFUSAL.matcher(String.valueOf(refusal.getMessage())).matches();
      if (!documented || out.size() != 0) {
        throw new AssertionError("undocumented refusal (or partial output): " + refusal, refusal);
      }
      outcome = "refused";
    } catch (Throwable escaped) {
      throw new AssertionError(escaped + " escaped the " + target.handler() + " adapter", escaped);
    }
    count(source + " " + outcome);
  }

  private static String judge(Source source, Plan plan, byte[] output, boolean hasSdk) {
    Set<String> echoes = new HashSet<>();
    plan.mutations().forEach(m -> echoes.add(m.text()));
    if (hasSdk && !plan.callerOnly() && !looksLikeHttpResponse(output)) {
      // not an HTTP event any more: the direct-invoke path answered with the function's JSON
      try {
        JsonNode result = JSON.readTree(output);
        if (result == null || !result.has("lines")) {
          throw new AssertionError("direct-invoke result is not the function's JSON: " + ResponseChecks.shorten(output));
        }
      } catch (java.io.IOException e) {
        throw new AssertionError("direct-invoke result is not JSON: " + ResponseChecks.shorten(output), e);
      }
      return "sdk";
    }
    ResponseChecks.check(output, plan.callerOnly() ? source : null, echoes);
    int status;
    try {
      status = JSON.readTree(output).get("statusCode").asInt();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return status / 100 + "xx";
  }

  private static boolean looksLikeHttpResponse(byte[] output) {
    try {
      JsonNode node = JSON.readTree(output);
      return node != null && node.has("statusCode") && node.has("isBase64Encoded");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static List<ObjectNode> samples(Source source) {
    synchronized (SAMPLES) {
      return SAMPLES.computeIfAbsent(source, Samples::of);
    }
  }

  private static void count(String outcome) {
    synchronized (OUTCOMES) {
      OUTCOMES.merge(outcome, 1L, Long::sum);
    }
  }
}
