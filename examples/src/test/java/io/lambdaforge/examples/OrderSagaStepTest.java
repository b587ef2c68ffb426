package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.api.client.UserFault;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.converters.LambdaErrorConverter;
import com.amazonaws.services.lambda.runtime.api.client.runtimeapi.dto.ErrorRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.examples.saga.OrderRejectedException;
import io.lambdaforge.examples.saga.OrderSaga_ReserveStockHandler;
import io.lambdaforge.examples.saga.StockShortage;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The order saga's steps: the errorType AWS's runtime interface client derives for the adapter's
 * errors (its own code, {@code UserFault.makeUserFault} and {@code LambdaErrorConverter}), the steps
 * through LocalLambda (a waiting task's sample envelope), and the generated ASL fragments.
 */
class OrderSagaStepTest {
  static final LocalLambda APP = LocalLambda.fromClasspath();

  @AfterAll
  static void close() {
    APP.close();
  }

  private static Throwable thrownBy(String event) {
    RequestStreamHandler handler = new OrderSaga_ReserveStockHandler();
    return assertThrows(RuntimeException.class, () -> handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null));
  }

  @Test
  void awsRuntimeClientReportsTheErrorNames() {
    Throwable rejected = thrownBy("{\"orderId\":\"o-7\",\"lines\":[{\"sku\":\"PEN-1\",\"quantity\":0}]}");
    assertEquals(OrderRejectedException.class, rejected.getCause().getClass());
    assertEquals("OrderRejected", UserFault.makeUserFault(rejected).exception);
    ErrorRequest request = LambdaErrorConverter.fromThrowable(rejected);
    assertEquals("OrderRejected", request.errorType);
    assertEquals("line PEN-1 of order o-7 has quantity 0", request.errorMessage);

    Throwable shortage = thrownBy("{\"orderId\":\"o-8\",\"lines\":[{\"sku\":\"BOOK-7\",\"quantity\":41}]}");
    assertEquals(StockShortage.class, shortage.getCause().getClass());
    assertEquals("OutOfStock", LambdaErrorConverter.fromThrowable(shortage).errorType);
    // without the generated class, the runtime client would report the class's full name
    assertEquals("io.lambdaforge.examples.saga.StockShortage",
        LambdaErrorConverter.fromThrowable(shortage.getCause()).errorType);
  }

  @Test
  void reserveStockThroughLocalLambda() {
    Invocation ok = APP.invoke("reserveStock", "{\"orderId\":\"o-9\",\"lines\":[{\"sku\":\"PEN-1\",\"quantity\":3}]}");
    assertTrue(ok.succeeded(), ok.toString());
    assertEquals("{\"orderId\":\"o-9\",\"reservationId\":\"res-o-9\",\"units\":3}", ok.json().toString());
    Invocation rejected = APP.invoke("reserveStock", "{\"orderId\":\"o-10\",\"lines\":[]}");
    assertFalse(rejected.succeeded());
    assertEquals("OrderRejected", rejected.errorType());
  }

  @Test
  void requestApprovalTakesTheSampleEnvelopeAndRefusesAPlainInput() {
    JsonNode sample = APP.sampleEvent("requestApproval", Source.STEP_FUNCTIONS);
    assertEquals("Insert your JSON here", sample.at("/Input/Comment").asText());
    Invocation waiting = APP.invokeSample("requestApproval", Source.STEP_FUNCTIONS);
    assertTrue(waiting.succeeded(), waiting.toString());
    assertEquals(Source.STEP_FUNCTIONS, waiting.source().orElseThrow());
    assertEquals("null", waiting.output());

    Invocation plain = APP.invoke("requestApproval", "{\"orderId\":\"o-11\"}");
    assertFalse(plain.succeeded());
    assertEquals("Lambdaforge.TaskTokenMissing", plain.errorType());
  }

  @Test
  void aslFragmentsAreInTheClassOutput() throws Exception {
    JsonNode reserve = read("reserveStock");
    assertEquals("arn:aws:states:::lambda:invoke", reserve.at("/States/reserveStock/Resource").asText());
    assertEquals("[\"OrderRejected\"]", reserve.at("/States/reserveStock/Catch/0/ErrorEquals").toString());
    assertEquals("[\"OutOfStock\"]", reserve.at("/States/reserveStock/Catch/1/ErrorEquals").toString());
    assertEquals("${ReserveStockFunctionArn}", reserve.at("/States/reserveStock/Parameters/FunctionName").asText());
    JsonNode approval = read("requestApproval");
    assertEquals("arn:aws:states:::lambda:invoke.waitForTaskToken", approval.at("/States/requestApproval/Resource").asText());
    assertEquals("$$.Task.Token", approval.at("/States/requestApproval/Parameters/Payload/TaskToken.$").asText());
  }

  /**
   * asl-validator (npm, https://www.npmjs.com/package/asl-validator) accepts both fragments and refuses a
   * broken one. .ci/run installs it; in CI (the {@code CI} variable set) a missing validator fails the test,
   * elsewhere the test is skipped with the reason.
   */
  @Test
  void aslValidatorAcceptsTheFragments(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path validator = onPath("asl-validator");
    if (validator == null && System.getenv("CI") != null) {
      org.junit.jupiter.api.Assertions.fail("asl-validator is not on PATH; in CI it is required"
          + " (npm install -g asl-validator@4.0.0)");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(validator != null, "asl-validator is not on PATH");
    for (String function : java.util.List.of("reserveStock", "requestApproval")) {
      Path file = Path.of("target", "classes", "META-INF", "lambdaforge", "stepfunctions", function + ".asl.json");
      assertEquals(0, run(validator, file), function);
    }
    Path broken = dir.resolve("broken.asl.json");
    Files.writeString(broken, Files.readString(Path.of("target", "classes", "META-INF", "lambdaforge", "stepfunctions",
        "reserveStock.asl.json")).replace("\"Next\" : \"Caught OrderRejected\"", "\"Next\" : \"Nowhere\""));
    assertTrue(run(validator, broken) != 0, "a Catch to a missing state is refused");
  }

  private static int run(Path validator, Path file) throws Exception {
    Process process = new ProcessBuilder(validator.toString(), "--json-path", file.toString())
        .redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor();
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static JsonNode read(String function) throws Exception {
    Path file = Path.of("target", "classes", "META-INF", "lambdaforge", "stepfunctions", function + ".asl.json");
    try (InputStream in = Files.newInputStream(file)) {
      return Json.reader().readTree(in);
    }
  }
}
