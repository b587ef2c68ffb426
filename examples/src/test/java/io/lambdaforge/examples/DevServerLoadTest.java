package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.server.DevServer;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on 127.0.0.1: 64 concurrent clients, each with its own connection, send a fixed
 * number of requests to the examples app through the dev server. Every request must be answered,
 * with its own answer (each request carries a unique SKU that the quote echoes), and no error.
 * Throughput is printed, never asserted. A longer run: {@code -Dlambdaforge.load.requests=N}
 * (requests per client).
 */
class DevServerLoadTest {
  private static final int CLIENTS = 64;
  private static final int REQUESTS_PER_CLIENT = Integer.getInteger("lambdaforge.load.requests", 40);

  @Test
  void answersEveryRequestOf64ConcurrentClientsWithoutError() throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (LocalApp app = LocalApp.fromClassLoader(getClass().getClassLoader(), quiet,
        ExecutionModel.DEFAULT.share("io.lambdaforge.examples.orders.data"))) {
      DevServer server = DevServer.start(new LocalGateway(app.routes(), Optional.empty(), Json.copy()),
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), quiet);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        String base = "http://127.0.0.1:" + server.address().getPort();
        List<Callable<Integer>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          work.add(() -> run(base, client));
        }
        long start = System.nanoTime();
        List<Future<Integer>> results = clients.invokeAll(work, 5, TimeUnit.MINUTES);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int answered = 0;
        for (Future<Integer> result : results) {
          answered += result.get();
        }
        assertEquals(CLIENTS * REQUESTS_PER_CLIENT, answered, "every request answered correctly");
        System.out.printf("dev server load: %d clients x %d requests = %d in %d ms, %.0f requests/s, 0 errors%n",
            CLIENTS, REQUESTS_PER_CLIENT, answered, millis, answered * 1000.0 / Math.max(1, millis));
      } finally {
        clients.shutdownNow();
        server.close();
      }
    }
  }

  /** One client on its own connection: alternates an HTTP API quote and an ALB health check. */
  private static int run(String base, int client) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    int ok = 0;
    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
      if (i % 2 == 0) {
        String sku = "LOAD-" + client + "-" + i;
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/quotes"))
            .timeout(Duration.ofSeconds(30))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"" + sku + "\",\"quantity\":3}"))
            .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        JsonNode quote = Json.reader().readTree(response.body());
        assertEquals(sku, quote.get("sku").asText(), "the answer to this request, not another's");
      } else {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/health"))
            .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("ok", Json.reader().readTree(response.body()).get("status").asText());
      }
      ok++;
    }
    return ok;
  }
}
