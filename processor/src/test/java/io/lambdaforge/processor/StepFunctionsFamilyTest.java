package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step Functions tasks through the real processor: the generated adapter binds the state input (and
 * the token of a waiting task), reports each declared exception under its error name, holds the
 * result to 262,144 bytes; the ASL fragment and functions.json carry the names; every diagnostic
 * fires. Contract: https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
class StepFunctionsFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static ClassLoader loader;
  @TempDir static Path classes;

  @BeforeAll
  static void compileSample() throws IOException {
    compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .compile(Compilations.source("com.acme.saga.Saga",
            "package com.acme.saga;",
            "import com.amazonaws.services.lambda.runtime.Context;",
            "import io.lambdaforge.annotations.*;",
            "import io.lambdaforge.events.stepfunctions.TaskToken;",
            "import java.util.List;",
            "public class Saga {",
            "  public record Order(String orderId, List<String> skus, int quantity) {}",
            "  public record Reservation(String orderId, String reservationId) {}",
            "  public record Failure(String Error, String Cause) {}",
            "  @ErrorName(\"OrderRejected\")",
            "  public static class RejectedException extends Exception {",
            "    public RejectedException(String m) { super(m); } }",
            "  @ErrorName(\"PaymentDeclined\")",
            "  public static class CardDeclined extends RejectedException {",
            "    public CardDeclined(String m) { super(m); } }",
            "  public static class OutOfStock extends RuntimeException {",
            "    public OutOfStock(String m) { super(m); } }",
            "  @Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))",
            "  public Reservation reserve(Order order, Context context) throws RejectedException, CardDeclined, OutOfStock {",
            "    if (order.quantity() <= 0) throw new RejectedException(\"quantity must be positive\");",
            "    if (order.quantity() > 100) throw new OutOfStock(\"only 100 left of \" + order.skus());",
            "    if (order.orderId().startsWith(\"card\")) throw new CardDeclined(\"card declined\");",
            "    return new Reservation(order.orderId(), \"r-\" + order.orderId());",
            "  }",
            "  @Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))",
            "  public static String big(int size) { return \"x\".repeat(size); }",
            "  public static String lastToken;",
            "  public static Order lastOrder;",
            "  @Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))",
            "  public static void approve(TaskToken token, Order order) { lastToken = token.value(); lastOrder = order; }",
            "  @Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))",
            "  public static String compensate(Failure failure) { return \"compensated \" + failure.Error() + \"|\" + failure.Cause(); }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int root = path.indexOf("CLASS_OUTPUT/");
      if (root < 0) {
        continue;
      }
      Path target = classes.resolve(path.substring(root + "CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, StepFunctionsFamilyTest.class.getClassLoader());
  }

  private static byte[] invoke(String adapter, String event) throws Exception {
    RequestStreamHandler handler = (RequestStreamHandler)
        loader.loadClass("com.acme.saga." + adapter).getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, new TestContext("fn"));
    return out.toByteArray();
  }

  private static JsonNode resource(String path) throws IOException {
    return JSON.readTree(Files.readAllBytes(classes.resolve(path)));
  }

  @Test
  void stateInputBindsAndTheResultIsTheTasksOutput() throws Exception {
    byte[] out = invoke("Saga_ReserveHandler", "{\"orderId\":\"o-1\",\"skus\":[\"BOOK-7\"],\"quantity\":2}");
    assertEquals("{\"orderId\":\"o-1\",\"reservationId\":\"r-o-1\"}", new String(out, StandardCharsets.UTF_8));
  }

  @Test
  void declaredExceptionsAreReportedUnderTheirErrorNames() throws Exception {
    RuntimeException rejected = assertThrows(RuntimeException.class,
        () -> invoke("Saga_ReserveHandler", "{\"orderId\":\"o-1\",\"skus\":[],\"quantity\":0}"));
    // AWS's runtime client and Bootstrap both report getClass().getName() as the errorType
    assertEquals("OrderRejected", rejected.getClass().getName());
    assertEquals("quantity must be positive", rejected.getMessage());
    assertEquals("com.acme.saga.Saga$RejectedException", rejected.getCause().getClass().getName());
    assertEquals(rejected.getCause().getStackTrace()[0], rejected.getStackTrace()[0], "the user's stack trace");

    RuntimeException declined = assertThrows(RuntimeException.class,
        () -> invoke("Saga_ReserveHandler", "{\"orderId\":\"card-1\",\"skus\":[],\"quantity\":1}"));
    assertEquals("PaymentDeclined", declined.getClass().getName(), "a subtype is caught before its supertype");

    RuntimeException stock = assertThrows(RuntimeException.class,
        () -> invoke("Saga_ReserveHandler", "{\"orderId\":\"o-2\",\"skus\":[\"LAMP\"],\"quantity\":101}"));
    assertEquals("OutOfStock", stock.getClass().getName(), "without @ErrorName: the simple name");
    assertEquals("only 100 left of [LAMP]", stock.getMessage());
  }

  @Test
  void unannotatedExceptionGetsANoteWithTheNameItIsReportedUnder() {
    List<String> notes = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.notes()) {
      if (d.getMessage(null).contains("[LF_STEPFN_SIMPLE_NAME]")) {
        notes.add(d.getMessage(null));
      }
    }
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains("com.acme.saga.Saga.OutOfStock, thrown by com.acme.saga.Saga#reserve, is reported"
        + " to Step Functions as OutOfStock"), notes.get(0));
  }

  @Test
  void resultOverTheStateLimitFailsWithANamedErrorAtTheLimitItPasses() throws Exception {
    assertEquals(262_144, invoke("Saga_BigHandler", "262142").length, "a JSON string of 262,142 characters + quotes");
    RuntimeException over = assertThrows(RuntimeException.class, () -> invoke("Saga_BigHandler", "262143"));
    assertEquals("Lambdaforge.ResultTooLarge", over.getClass().getName());
    assertTrue(over.getMessage().contains("function big returned 262145 bytes"), over.getMessage());
  }

  @Test
  void waitingTaskGetsTheTokenAndTheStateInputFromTheEnvelope() throws Exception {
    byte[] out = invoke("Saga_ApproveHandler",
        "{\"Input\":{\"orderId\":\"o-9\",\"skus\":[\"A\"],\"quantity\":3},\"TaskToken\":\"AQCEAAAAKgAAAAMAAAAAAAAAAfake\"}");
    assertEquals("null", new String(out, StandardCharsets.UTF_8));
    Class<?> saga = loader.loadClass("com.acme.saga.Saga");
    assertEquals("AQCEAAAAKgAAAAMAAAAAAAAAAfake", saga.getField("lastToken").get(null));
    assertEquals("Order[orderId=o-9, skus=[A], quantity=3]", String.valueOf(saga.getField("lastOrder").get(null)));

    RuntimeException missing = assertThrows(RuntimeException.class,
        () -> invoke("Saga_ApproveHandler", "{\"orderId\":\"o-9\",\"skus\":[],\"quantity\":3}"));
    assertEquals("Lambdaforge.TaskTokenMissing", missing.getClass().getName());
  }

  @Test
  void samsStepFunctionsErrorSampleBindsAsACompensationInput() throws Exception {
    String sample = Files.readString(Path.of("..", "testdata", "events", "stepfunctions-error-samcli.json"));
    assertEquals("\"compensated |\"", new String(invoke("Saga_CompensateHandler", sample), StandardCharsets.UTF_8));
  }

  @Test
  void errorClassesAreServiceProvidersOfTheirFactories() throws IOException {
    List<String> lines = Files.readAllLines(classes.resolve(
        "META-INF/services/io.lambdaforge.runtime.internal.stepfunctions.NamedErrorFactory"));
    assertEquals(List.of("OrderRejected$Factory", "OutOfStock$Factory", "PaymentDeclined$Factory"), lines);
  }

  @Test
  void functionsJsonListsEachFunctionsErrorNames() throws IOException {
    JsonNode functions = resource("META-INF/lambdaforge/functions.json").get("functions");
    Map<String, String> names = new java.util.TreeMap<>();
    for (JsonNode f : functions) {
      names.put(f.get("name").asText(), String.valueOf(f.get("errorNames")));
      assertEquals("STEP_FUNCTIONS", f.at("/triggers/0/source").asText());
    }
    assertEquals("[\"Lambdaforge.ResultTooLarge\",\"OrderRejected\",\"OutOfStock\",\"PaymentDeclined\"]", names.get("reserve"));
    assertEquals("[\"Lambdaforge.ResultTooLarge\",\"Lambdaforge.TaskTokenMissing\"]", names.get("approve"));
    assertEquals("[\"Lambdaforge.ResultTooLarge\"]", names.get("big"));
  }

  @Test
  void aslFragmentIsAValidStateMachineWithAwsRetryAndACatchPerName() throws IOException {
    JsonNode reserve = resource("META-INF/lambdaforge/stepfunctions/reserve.asl.json");
    assertEquals(List.of(), AslShape.problems(reserve), reserve.toPrettyString());
    JsonNode task = reserve.at("/States/reserve");
    assertEquals("arn:aws:states:::lambda:invoke", task.get("Resource").asText());
    assertEquals("{\"FunctionName\":\"${ReserveFunctionArn}\",\"Payload.$\":\"$\"}", task.get("Parameters").toString());
    assertEquals("$.Payload", task.get("OutputPath").asText());
    // https://docs.aws.amazon.com/step-functions/latest/dg/bp-lambda-serviceexception.html
    assertEquals("[{\"ErrorEquals\":[\"Lambda.ClientExecutionTimeoutException\",\"Lambda.ServiceException\","
        + "\"Lambda.AWSLambdaException\",\"Lambda.SdkClientException\"],\"IntervalSeconds\":2,\"MaxAttempts\":6,"
        + "\"BackoffRate\":2}]", task.get("Retry").toString());
    List<String> caught = new ArrayList<>();
    task.get("Catch").forEach(c -> caught.add(c.at("/ErrorEquals/0").asText() + "->" + c.get("Next").asText()));
    assertEquals(List.of("OrderRejected->Caught OrderRejected", "OutOfStock->Caught OutOfStock",
        "PaymentDeclined->Caught PaymentDeclined"), caught);
    assertEquals("Fail", reserve.at("/States/Caught OrderRejected/Type").asText());

    JsonNode approve = resource("META-INF/lambdaforge/stepfunctions/approve.asl.json");
    assertEquals(List.of(), AslShape.problems(approve), approve.toPrettyString());
    JsonNode waiting = approve.at("/States/approve");
    assertEquals("arn:aws:states:::lambda:invoke.waitForTaskToken", waiting.get("Resource").asText());
    assertEquals("{\"FunctionName\":\"${ApproveFunctionArn}\",\"Payload\":{\"Input.$\":\"$\",\"TaskToken.$\":\"$$.Task.Token\"}}",
        waiting.get("Parameters").toString());
    assertFalse(waiting.has("OutputPath"), "a waiting task's output is what SendTaskSuccess sends");
    assertFalse(waiting.has("Catch"));
  }

  @Test
  void aslShapeCheckCatchesBrokenFragments() throws IOException {
    JsonNode good = resource("META-INF/lambdaforge/stepfunctions/reserve.asl.json");
    com.fasterxml.jackson.databind.node.ObjectNode broken = good.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/States/reserve/Catch/0")).put("Next", "Nowhere");
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/States/reserve")).remove("Resource");
    assertEquals(2, AslShape.problems(broken).size(), AslShape.problems(broken).toString());
  }

  @Test
  void generatedOutputIsDeterministic() throws IOException {
    Compilation again = com.google.testing.compile.Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .compile(compilationSources());
    Set<String> names = new TreeSet<>();
    compilation.generatedSourceFiles().forEach(f -> names.add(f.getName()));
    assertTrue(names.stream().anyMatch(n -> n.endsWith("/OrderRejected.java")), names.toString());
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      JavaFileObject other = again.generatedSourceFiles().stream()
          .filter(f -> f.getName().equals(file.getName())).findFirst().orElseThrow();
      assertEquals(file.getCharContent(true).toString(), other.getCharContent(true).toString(), file.getName());
    }
  }

  private static JavaFileObject[] compilationSources() {
    return compilation.sourceFiles().toArray(new JavaFileObject[0]);
  }

  @Test
  void diagnostics() {
    String sf = "@Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))";
    String token = "io.lambdaforge.events.stepfunctions.TaskToken";
    assertError("LF_STEPFN_TRIGGER_ATTRIBUTE", "path = \"/x\"",
        "@Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS,",
        "    path = \"/x\"))",
        "public String f(String s) { return s; }");
    assertError("LF_STEPFN_ONLY_TRIGGER", "@Trigger(source = Source.STEP_FUNCTIONS)",
        "@Function(triggers = {",
        "    @Trigger(source = Source.STEP_FUNCTIONS),",
        "    @Trigger(source = Source.SDK)})",
        "public String f(String s) { return s; }");
    assertError("LF_STEPFN_SHAPE", "String b", sf, "public String f(String a,", "    String b) { return a; }");
    assertError("LF_STEPFN_SHAPE", "TaskToken b", sf, "public void f(" + token + " a,", "    " + token + " b) { }");
    assertError("LF_STEPFN_TASK_TOKEN_WITHOUT_TRIGGER", "TaskToken token",
        "@Function", "public String f(", "    " + token + " token) { return \"\"; }");
    assertError("LF_STEPFN_ERROR_NAME", "String f(",
        "@ErrorName(\"States.Rejected\") public static class E extends Exception { }", sf,
        "public String f(String s) throws E { return s; }");
    assertError("LF_STEPFN_ERROR_NAME", "String f(",
        "@ErrorName(\"class\") public static class E extends Exception { }", sf,
        "public String f(String s) throws E { return s; }");
    assertError("LF_STEPFN_ERROR_NAME", "String f(",
        "@ErrorName(\"Order Rejected\") public static class E extends Exception { }", sf,
        "public String f(String s) throws E { return s; }");
  }

  @Test
  void diagnosticMessagesSayWhatToWrite() {
    Compilation dotted = Compilations.compile(Compilations.api(
        "@ErrorName(\"States.Rejected\") public static class E extends Exception { }",
        "@Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))",
        "public String f(String s) throws E { return s; }"));
    assertTrue(Compilations.messages(dotted).contains("[LF_STEPFN_ERROR_NAME] @ErrorName(\"States.Rejected\") on com.acme.Api.E,"
        + " thrown by com.acme.Api#f, cannot be reported to Step Functions: it has dots"), Compilations.messages(dotted));
    Compilation shape = Compilations.compile(Compilations.api(
        "@Function(triggers = @Trigger(source = Source.STEP_FUNCTIONS))",
        "public String f(String a, String b) { return a; }"));
    assertTrue(Compilations.messages(shape).contains("[LF_STEPFN_SHAPE] com.acme.Api#f cannot be a Step Functions task:"
        + " it takes two state inputs (a, b); write a method"), Compilations.messages(shape));
  }

  /**
   * The Amazon States Language rules a fragment must keep
   * (https://states-language.net/spec.html, https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html):
   * {@code StartAt} names a state; every {@code Next} names a state; a state name is at most 80
   * characters; a {@code Task} has a {@code Resource} and ends or has a {@code Next}; {@code Retry}
   * and {@code Catch} entries have non-empty {@code ErrorEquals}, a retrier's numbers are in range
   * ({@code IntervalSeconds} and {@code MaxAttempts} positive integers, {@code BackoffRate} >= 1).
   */
  static final class AslShape {
    static List<String> problems(JsonNode asl) {
      List<String> problems = new ArrayList<>();
      JsonNode states = asl.get("States");
      if (states == null || !states.isObject() || states.isEmpty()) {
        return List.of("no States");
      }
      if (!states.has(asl.path("StartAt").asText())) {
        problems.add("StartAt names no state");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String name = entry.getKey();
        JsonNode state = entry.getValue();
        if (name.isEmpty() || name.length() > 80) {
          problems.add(name + ": state name length");
        }
        String type = state.path("Type").asText();
        switch (type) {
          case "Task" -> {
            if (!state.path("Resource").isTextual()) {
              problems.add(name + ": Task without Resource");
            }
            if (state.path("End").asBoolean() == state.has("Next")) {
              problems.add(name + ": needs exactly one of End and Next");
            }
            for (JsonNode retrier : state.path("Retry")) {
              errorEquals(name, retrier, problems);
              if (retrier.path("IntervalSeconds").asInt() < 1 || retrier.path("MaxAttempts").asInt() < 0
                  || retrier.path("BackoffRate").asDouble() < 1) {
                problems.add(name + ": retrier out of range");
              }
            }
            for (JsonNode catcher : state.path("Catch")) {
              errorEquals(name, catcher, problems);
              if (!states.has(catcher.path("Next").asText())) {
                problems.add(name + ": Catch Next names no state");
              }
            }
          }
          case "Fail" -> {
            if (state.has("Next") || state.has("End")) {
              problems.add(name + ": Fail is terminal");
            }
          }
          default -> problems.add(name + ": unexpected Type " + type);
        }
        if (state.has("Next") && !states.has(state.get("Next").asText())) {
          problems.add(name + ": Next names no state");
        }
      }
      return problems;
    }

    private static void errorEquals(String state, JsonNode entry, List<String> problems) {
      JsonNode names = entry.path("ErrorEquals");
      if (!names.isArray() || names.isEmpty()) {
        problems.add(state + ": empty ErrorEquals");
      }
      for (JsonNode name : names) {
        if (!name.isTextual() || name.asText().isEmpty()) {
          problems.add(state + ": ErrorEquals holds " + name);
        }
      }
    }
  }
}
