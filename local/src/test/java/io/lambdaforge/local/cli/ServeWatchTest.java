package io.lambdaforge.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --watch}: new classes and new routes without a restart, one line per reload. */
class ServeWatchTest {
  private static final String DESCRIPTOR = "META-INF/lambdaforge/functions.json";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  private void compile(Path classes, String answer) {
    try {
      Path source = dir.resolve("src/reload/Hello.java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, "package reload;\n"
          + "public class Hello implements com.amazonaws.services.lambda.runtime.RequestStreamHandler {\n"
          + "  public void handleRequest(java.io.InputStream in, java.io.OutputStream out,\n"
          + "      com.amazonaws.services.lambda.runtime.Context context) throws java.io.IOException {\n"
          + "    out.write(\"\\\"" + answer + "\\\"\".getBytes(java.nio.charset.StandardCharsets.UTF_8));\n"
          + "  }\n"
          + "}\n");
      assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp",
          System.getProperty("java.class.path"), "-d", classes.toString(), source.toString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The fixture's descriptor, its worker function run by reload.Hello and routed at {@code paths}. */
  private static void descriptor(Path classes, String... paths) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode document;
    try (InputStream in = ServeWatchTest.class.getResourceAsStream("/" + DESCRIPTOR)) {
      document = (ObjectNode) mapper.readTree(in);
    }
    document.withArray("functions").forEach(f -> {
      if (f.path("name").asText().equals("worker")) {
        ObjectNode worker = (ObjectNode) f;
        worker.put("handler", "reload.Hello::handleRequest");
        for (String path : paths) {
          worker.withArray("triggers").addObject().put("source", "API_GATEWAY_HTTP").put("method", "GET")
              .put("path", path).put("albPriority", 0).put("albMultiValueHeaders", false);
        }
      }
    });
    Path file = classes.resolve(DESCRIPTOR);
    Files.createDirectories(file.getParent());
    mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Polls until {@code path} answers {@code status} with {@code body}, for up to 10 s. */
  private static void await(int port, String path, int status, String body) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(port, path);
      if (last.statusCode() == status && last.body().equals(body)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(path + " never answered " + status + " " + body + "; last: " + last.statusCode()
        + " " + last.body());
  }

  @Test
  void recompiledClassesAndChangedRoutesAreServedWithoutARestart() throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(classes, "v1");
    descriptor(classes, "/hello");
    CompletableFuture<Integer> port = new CompletableFuture<>();
    CountDownLatch stop = new CountDownLatch(1);
    CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run(new byte[0], server -> {
      port.complete(server.address().getPort());
      stop.await();
    }, "serve", "--classpath", classes.toString(), "--port", "0", "--no-lambda", "--watch"));
    try {
      int bound = port.get(60, TimeUnit.SECONDS);
      assertEquals("v1", get(bound, "/hello").body(), "HTTP API payload 2.0 answers a JSON string as its text");
      assertEquals(404, get(bound, "/hello2").statusCode());
      Thread.sleep(1_100); // file systems with one-second modification times
      compile(classes, "v2");
      await(bound, "/hello", 200, "v2");
      Thread.sleep(1_100);
      descriptor(classes, "/hello", "/hello2");
      await(bound, "/hello2", 200, "v2");
    } finally {
      stop.countDown();
    }
    Cli.Result result = run.get(60, TimeUnit.SECONDS);
    assertEquals(0, result.code(), result.toString());
    assertTrue(result.out().contains("Watching " + classes), result.out());
    assertTrue(result.out().lines().anyMatch(l -> l.matches("reloaded in \\d+ ms")), result.out());
    assertTrue(result.out().lines().anyMatch(l -> l.matches("reloaded \\(functions.json changed\\) in \\d+ ms")),
        result.out());
    assertTrue(result.out().lines().anyMatch(l -> l.matches("\\s+API_GATEWAY_HTTP\\s+GET\\s+/hello2\\s+worker.*")),
        "the new route table is printed: " + result.out());
  }
}
