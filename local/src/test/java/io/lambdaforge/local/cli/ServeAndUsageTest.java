package io.lambdaforge.local.cli;

import static io.lambdaforge.local.cli.Cli.FIXTURE_CLASSPATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServeAndUsageTest {
  @Test
  void servesTheFixtureAppPrintingRoutesAndCostsAndStopsCleanly() throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    CountDownLatch stop = new CountDownLatch(1);
    CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run(new byte[0], server -> {
      port.complete(server.address().getPort());
      stop.await();
    }, "serve", "--classpath", FIXTURE_CLASSPATH, "--port", "0", "--lambda-port", "0"));
    try {
      int bound = port.get(60, TimeUnit.SECONDS);
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + bound + "/echo/9")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"function\":\"echo\""), response.body());
    } finally {
      stop.countDown();
    }
    Cli.Result result = run.get(60, TimeUnit.SECONDS);
    assertEquals(0, result.code(), result.toString());
    assertTrue(result.out().contains("API_GATEWAY_HTTP"), result.out());
    assertTrue(result.out().lines().anyMatch(l -> l.matches("\\s+API_GATEWAY_REST\\s+ANY\\s+/rest/\\{proxy\\+}\\s+echo\\s+256 MB\\s+5 s")),
        result.out());
    assertTrue(result.out().contains("ALB (multi-value)"), result.out());
    assertTrue(result.out().contains("Lambdaforge cost estimate"), result.out());
    assertTrue(result.out().contains("Serving on http://127.0.0.1:"), result.out());
    assertTrue(result.out().contains("Lambda Invoke API on http://127.0.0.1:"), result.out());
    assertTrue(result.out().lines().anyMatch(l -> l.matches("GET /echo/9 echo 200 \\d+ ms \\[.*]")), result.out());
    assertTrue(result.err().contains("warning: function echo declares environment variables"), result.err());
  }

  @Test
  void servesWithAChildJvmPerEnvironment() throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    CountDownLatch stop = new CountDownLatch(1);
    CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run(new byte[0], server -> {
      port.complete(server.address().getPort());
      stop.await();
    }, "serve", "--classpath", FIXTURE_CLASSPATH, "--port", "0", "--lambda-port", "0", "--isolation", "jvm"));
    try {
      int bound = port.get(60, TimeUnit.SECONDS);
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + bound + "/echo/9")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"function\":\"echo\""), response.body());
    } finally {
      stop.countDown();
    }
    Cli.Result result = run.get(60, TimeUnit.SECONDS);
    assertEquals(0, result.code(), result.toString());
    assertTrue(result.err().lines().anyMatch(l -> l.startsWith("REPORT RequestId: ") && l.contains("\tMax Memory Used: ")),
        result.err());
    assertFalse(result.err().contains("declares environment variables"), "a child JVM gets them: " + result.err());
    Cli.Result shared = Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--isolation", "jvm", "--share", "com.acme.store");
    assertEquals(2, shared.code(), shared.toString());
    assertTrue(shared.err().contains("child JVMs share no memory"), shared.err());
  }

  @Test
  void aPortInUseExits4() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result result = Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(4, result.code(), result.toString());
      assertTrue(result.err().contains("in use"), result.err());
    }
  }

  @Test
  void serveRefusesBadFlagsAndMissingApps() {
    assertEquals(2, Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--source", "SDK").code());
    assertEquals(2, Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--source", "KAFKA").code());
    assertEquals(2, Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--port", "70000").code());
    assertEquals(2, Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--lambda-port", "-1").code());
    assertEquals(2, Cli.run("serve", "--classpath", FIXTURE_CLASSPATH, "--port", "http").code());
    assertEquals(2, Cli.run("serve").code());
    Cli.Result missing = Cli.run("serve", "--classpath", "/no/such/dir");
    assertEquals(3, missing.code(), missing.toString());
  }

  @Test
  void helpWorksEverywhereAndBadCommandLinesExit2() {
    Cli.Result top = Cli.run("--help");
    assertEquals(0, top.code(), top.toString());
    for (String command : List.of("serve", "invoke", "cost", "events")) {
      assertTrue(top.out().contains(command), top.out());
      Cli.Result help = Cli.run(command, "--help");
      assertEquals(0, help.code(), help.toString());
      assertTrue(help.out().contains("Usage: lambdaforge-local " + command), help.out());
    }
    assertEquals(0, Cli.run("help", "invoke").code());
    Cli.Result none = Cli.run();
    assertEquals(2, none.code(), none.toString());
    assertTrue(none.err().contains("choose a command"), none.err());
    Cli.Result unknown = Cli.run("invoke", "--classpath", FIXTURE_CLASSPATH, "--function", "echo", "--evnt", "x");
    assertEquals(2, unknown.code(), unknown.toString());
    assertTrue(unknown.err().contains("--evnt"), unknown.err());
    assertEquals(2, Cli.run("deploy").code());
  }
}
