package io.lambdaforge.local.cli;

import static io.lambdaforge.local.cli.Cli.FIXTURE_CLASSPATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.local.fixture.Events;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvokeAndEventsCommandTest {
  @TempDir
  Path dir;

  private static JsonNode json(String text) throws IOException {
    return Json.reader().readTree(text);
  }

  @Test
  void invokesWithAPayloadFileAndPrintsTheRawResponse() throws IOException {
    Path event = Files.writeString(dir.resolve("event.json"), "{\"order\": 7}");
    Cli.Result result = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--event", event.toString());
    assertEquals(0, result.code(), result.toString());
    JsonNode response = json(result.out());
    assertEquals(7, response.at("/echo/order").asInt());
    assertEquals("echo", response.get("function").asText());
    assertEquals("hello from echo", response.at("/env/GREETING").asText());
    assertTrue(result.err().contains("sdk invoke of echo"), "function logs go to stderr: " + result);
    assertTrue(result.err().lines().anyMatch(l -> l.matches("REPORT RequestId: \\S+\\tDuration: \\d+\\.\\d\\d ms"
        + "\\tBilled Duration: \\d+ ms\\tMemory Size: 256 MB(\\tInit Duration: \\d+\\.\\d\\d ms)?")), result.toString());
  }

  @Test
  void invokesInAChildJvmWithIsolationJvm() throws IOException {
    Path event = Files.writeString(dir.resolve("event.json"), "{\"order\": 8}");
    Cli.Result result = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--event",
        event.toString(), "--isolation", "jvm");
    assertEquals(0, result.code(), result.toString());
    JsonNode response = json(result.out());
    assertEquals(8, response.at("/echo/order").asInt());
    assertEquals("hello from echo", response.at("/env/GREETING").asText());
    assertTrue(response.get("pid").asLong() != ProcessHandle.current().pid(), "ran in another process");
    assertTrue(result.err().contains("sdk invoke of echo"), "the child's logs reach stderr: " + result);
    assertTrue(result.err().lines().anyMatch(l -> l.matches("REPORT RequestId: \\S+\\tDuration: \\d+\\.\\d\\d ms"
        + "\\tBilled Duration: \\d+ ms\\tMemory Size: 256 MB\\tMax Memory Used: \\d+ MB"
        + "\\tInit Duration: \\d+\\.\\d\\d ms")), result.toString());
    Cli.Result bad = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--isolation", "process");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("--isolation must be classloader, none or jvm, got process"), bad.err());
  }

  @Test
  void readsTheEventFromStdinAndDefaultsToAnEmptyObject() throws IOException {
    Cli.Result stdin = Cli.run("[1, 2]".getBytes(StandardCharsets.UTF_8), null,
        "invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "worker", "--event", "-");
    assertEquals(0, stdin.code(), stdin.toString());
    assertEquals("[1,2]", json(stdin.out()).get("echo").toString());
    Cli.Result none = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "worker");
    assertEquals(0, none.code(), none.toString());
    assertEquals("{}", json(none.out()).get("echo").toString());
    assertEquals(1024, json(none.out()).get("memoryMb").asInt());
  }

  @Test
  void invokesWithARealGatewayEvent() throws IOException {
    Cli.Result result = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo",
        "--event", Events.path("apigw-v2-docs-input-format-example.json").toString());
    assertEquals(0, result.code(), result.toString());
    JsonNode response = json(result.out());
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("value1", json(response.get("body").asText()).at("/event/pathParameters/parameter1").asText());
  }

  @Test
  void aFunctionErrorPrintsTheLambdaErrorDocumentAndExits1() throws IOException {
    Cli.Result result = Cli.run("{\"fail\": \"no such order\"}".getBytes(StandardCharsets.UTF_8), null,
        "invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--event", "-");
    assertEquals(1, result.code(), result.toString());
    JsonNode error = json(result.out());
    assertEquals("java.lang.IllegalArgumentException", error.get("errorType").asText());
    assertEquals("no such order", error.get("errorMessage").asText());
    assertTrue(error.get("stackTrace").get(0).asText().contains("EchoHandler"));
  }

  @Test
  void aTimeoutPrintsTheTimeoutErrorAndExits1() throws IOException {
    Cli.Result result = Cli.run("{\"sleep\": true}".getBytes(StandardCharsets.UTF_8), null,
        "invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "sleeper", "--event", "-");
    assertEquals(1, result.code(), result.toString());
    JsonNode error = json(result.out());
    assertEquals("Sandbox.Timedout", error.get("errorType").asText());
    assertEquals("Task timed out after 1.00 seconds", error.get("errorMessage").asText());
  }

  @Test
  void unknownFunctionsMissingHandlersAndBadEventsExit3() throws IOException {
    Cli.Result unknown = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "ecko");
    assertEquals(3, unknown.code(), unknown.toString());
    assertTrue(unknown.err().contains("unknown function 'ecko' (did you mean 'echo'?)"), unknown.err());
    assertTrue(unknown.err().contains("broken, echo, sleeper, worker"), unknown.err());

    Cli.Result broken = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "broken");
    assertEquals(3, broken.code(), broken.toString());
    assertTrue(broken.err().contains("io.lambdaforge.local.fixture.MissingHandler"), broken.err());
    assertTrue(broken.err().contains("not on the classpath"), broken.err());

    Cli.Result notJson = Cli.run("{oops".getBytes(StandardCharsets.UTF_8), null,
        "invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--event", "-");
    assertEquals(3, notJson.code(), notJson.toString());
    assertTrue(notJson.err().contains("not valid JSON"), notJson.err());

    Cli.Result noFile = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo",
        "--event", dir.resolve("missing.json").toString());
    assertEquals(3, noFile.code(), noFile.toString());
    assertTrue(noFile.err().contains("does not exist"), noFile.err());
    assertTrue(noFile.out().isEmpty());
  }

  @Test
  void aMissingOrInvalidDescriptorOrClasspathEntryExits3() throws IOException {
    Cli.Result empty = Cli.run("invoke", "--classpath", dir.toString(), "--function", "echo");
    assertEquals(3, empty.code(), empty.toString());
    assertTrue(empty.err().contains("no META-INF/lambdaforge/functions.json"), empty.err());

    Path invalid = dir.resolve("invalid");
    Files.createDirectories(invalid.resolve("META-INF/lambdaforge"));
    Files.writeString(invalid.resolve("META-INF/lambdaforge/functions.json"), "{\"schemaVersion\": 99}");
    Cli.Result wrong = Cli.run("events", "--classpath", invalid.toString(), "--function", "echo");
    assertEquals(3, wrong.code(), wrong.toString());
    assertTrue(wrong.err().contains("schemaVersion 99"), wrong.err());

    Cli.Result missing = Cli.run("invoke", "--classpath", dir.resolve("nope").toString(), "--function", "echo");
    assertEquals(3, missing.code(), missing.toString());
    assertTrue(missing.err().contains("does not exist"), missing.err());
  }

  @Test
  void eventsPrintsASampleForTheRealRouteThatInvokeAccepts() throws IOException {
    Cli.Result rest = Cli.run("events", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--source", "api_gateway_rest");
    assertEquals(0, rest.code(), rest.toString());
    JsonNode event = json(rest.out());
    assertEquals("/rest/{proxy+}", event.get("resource").asText());
    assertEquals("/rest/sample/1", event.get("path").asText());
    assertEquals("sample/1", event.at("/pathParameters/proxy").asText());

    Path file = Files.writeString(dir.resolve("alb.json"),
        Cli.run("events", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--source", "ALB").out());
    Cli.Result invoked = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--event", file.toString());
    assertEquals(0, invoked.code(), invoked.toString());
    JsonNode response = json(invoked.out());
    assertEquals("200 OK", response.get("statusDescription").asText());
    JsonNode echoed = json(response.get("body").asText()).get("event");
    assertEquals("/alb/1", echoed.get("path").asText());
    assertTrue(echoed.at("/requestContext/elb/targetGroupArn").isTextual());
  }

  @Test
  void eventsDefaultsToTheFirstHttpRouteAndToAPayloadForSdkFunctions() throws IOException {
    Cli.Result http = Cli.run("events", "--classpath", FIXTURE_CLASSPATH, "--function", "sleeper");
    assertEquals(0, http.code(), http.toString());
    assertEquals("GET /slow", json(http.out()).get("routeKey").asText());
    Cli.Result sdk = Cli.run("events", "--classpath", FIXTURE_CLASSPATH, "--function", "worker");
    assertEquals(0, sdk.code(), sdk.toString());
    assertEquals("{}", json(sdk.out()).toString());
    Cli.Result none = Cli.run("events", "--classpath", FIXTURE_CLASSPATH, "--function", "sleeper", "--source", "ALB");
    assertEquals(3, none.code(), none.toString());
    assertTrue(none.err().contains("has no ALB trigger"), none.err());
    assertFalse(none.err().contains("Exception"), none.err());
  }

  /** --variant reaches the sample's family; a source without variants says so (exit 3, no stack). */
  @Test
  void eventsVariantOfASourceWithoutVariantsExits3() throws IOException {
    Cli.Result none = Cli.run("events", "--classpath", FIXTURE_CLASSPATH, "--function", "sleeper", "--variant", "2.0");
    assertEquals(3, none.code(), none.toString());
    assertTrue(none.err().contains("has no variants; leave --variant out"), none.err());
    assertFalse(none.err().contains("Exception"), none.err());
  }
}
