package io.lambdaforge.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;

/**
 * A Lambda Invoke endpoint on 127.0.0.1 that answers from a script, one step per request, then
 * repeats the last step: throttles, 5xx, dropped connections, hangs, function errors, 4xx, success.
 */
final class ScriptedLambda implements AutoCloseable {
  enum Kind { OK, THROTTLE, SERVER_ERROR, BAD_GATEWAY, DROP, HANG, FUNCTION_ERROR, NOT_FOUND, BAD_REQUEST }

  record Step(Kind kind, String body) {
    static Step of(Kind kind) {
      return new Step(kind, "");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Step> script = new ArrayDeque<>();
  private final List<String> paths = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private Step last = Step.of(Kind.OK);

  ScriptedLambda(Step... steps) throws IOException {
    script.addAll(List.of(steps));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A client of this endpoint with static credentials, retries as the SDK defaults them. */
  LambdaClientBuilder clientWithSdkDefaults() {
    return LambdaClient.builder()
        .endpointOverride(uri())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
        .httpClient(UrlConnectionHttpClient.create());
  }

  /** A client set up as {@link LambdaInvoker#lambdaClientBuilder()} recommends. */
  LambdaClient client() {
    return LambdaInvoker.lambdaClientBuilder()
        .endpointOverride(uri())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
        .build();
  }

  synchronized int requests() {
    return paths.size();
  }

  synchronized List<String> paths() {
    return List.copyOf(paths);
  }

  synchronized List<String> bodies() {
    return List.copyOf(bodies);
  }

  private Step next(String path, String body) {
    synchronized (this) {
      paths.add(path);
      bodies.add(body);
      if (!script.isEmpty()) {
        last = script.poll();
      }
      return last;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Step step = next(exchange.getRequestURI().getRawPath(), body);
    switch (step.kind()) {
      case OK -> send(exchange, 200, null, step.body().isEmpty() ? body : step.body(), null);
      case THROTTLE -> send(exchange, 429, "TooManyRequestsException",
          "{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}", null);
      case SERVER_ERROR -> send(exchange, 500, "ServiceException", "{\"Type\":\"Service\",\"message\":\"internal\"}", null);
      case BAD_GATEWAY -> send(exchange, 502, "ResourceNotReadyException", "{\"Type\":\"Service\",\"message\":\"not ready\"}", null);
      case DROP -> exchange.close(); // no response headers yet: the JDK server closes the connection
      case HANG -> {
        await();
        exchange.close();
      }
      case FUNCTION_ERROR -> send(exchange, 200, null, step.body(), "Unhandled");
      case NOT_FOUND -> send(exchange, 404, "ResourceNotFoundException",
          "{\"Type\":\"User\",\"message\":\"Function not found: arn:aws:lambda:us-east-1:123456789012:function:x\"}", null);
      case BAD_REQUEST -> send(exchange, 400, "InvalidRequestContentException",
          "{\"Type\":\"User\",\"message\":\"Could not parse request body into json\"}", null);
      default -> throw new IllegalStateException(step.kind().toString());
    }
  }

  private void await() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String errorType, String body, String functionError)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (errorType != null) {
      exchange.getResponseHeaders().add("X-Amzn-ErrorType", errorType);
    }
    if (functionError != null) {
      exchange.getResponseHeaders().add("X-Amz-Function-Error", functionError);
    }
    exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
