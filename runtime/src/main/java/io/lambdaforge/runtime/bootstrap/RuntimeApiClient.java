package io.lambdaforge.runtime.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The calls a runtime makes to the Lambda Runtime API (version 2018-06-01), over the JDK's
 * HttpClient. Connection failures and 5xx answers are retried with {@link RetryPolicy}; a 500 to a
 * POST means "Container error. Non-recoverable state. Runtime should exit promptly." and is not
 * retried. Other 4xx answers to a POST (400 unknown request id, 413 too large, 403) are logged to
 * stderr and the loop goes on, because the platform has already failed that invocation.
 */
final class RuntimeApiClient {
  static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient http;
  private final String base;
  private final RetryPolicy retry;
  private final PrintStream stderr;

  RuntimeApiClient(String hostAndPort, RetryPolicy retry, PrintStream stderr) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    this.base = "http://" + hostAndPort + "/2018-06-01/runtime/";
    this.retry = retry;
    this.stderr = stderr;
  }

  /** {@code GET /runtime/invocation/next}; waits as long as it takes (no read timeout). */
  Invocation next() throws RuntimeApiException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "invocation/next")).GET().build();
    HttpResponse<byte[]> response = send(request, false);
    if (response.statusCode() != 200) {
      throw new RuntimeApiException(
          "GET /runtime/invocation/next answered HTTP " + response.statusCode(), null);
    }
    Invocation invocation = Invocation.from(response.headers(), response.body());
    if (invocation == null) {
      throw new RuntimeApiException(
          "GET /runtime/invocation/next answered without a usable " + Invocation.REQUEST_ID
              + " header: " + response.headers().firstValue(Invocation.REQUEST_ID).orElse("(none)"),
          null);
    }
    return invocation;
  }

  /** {@code POST /runtime/invocation/{id}/response}. */
  void respond(String requestId, byte[] output) throws RuntimeApiException {
    post("invocation/" + requestId + "/response", output, null);
  }

  /** {@code POST /runtime/invocation/{id}/error} with {@code Lambda-Runtime-Function-Error-Type}. */
  void reportInvocationError(String requestId, String errorType, byte[] errorDocument)
      throws RuntimeApiException {
    post("invocation/" + requestId + "/error", errorDocument, errorType);
  }

  /** {@code POST /runtime/init/error} with {@code Lambda-Runtime-Function-Error-Type}. */
  void reportInitError(String errorType, byte[] errorDocument) throws RuntimeApiException {
    post("init/error", errorDocument, errorType);
  }

  private void post(String path, byte[] body, String errorType) throws RuntimeApiException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (errorType != null) {
      builder.header(FUNCTION_ERROR_TYPE, errorType).header("Content-Type", "application/json");
    }
    HttpResponse<byte[]> response = send(builder.build(), true);
    int status = response.statusCode();
    if (status / 100 != 2) {
      stderr.println(
          "lambdaforge: POST /runtime/" + path + " answered HTTP " + status + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  /**
   * Sends with retries. A 500 to a POST is final (container error); other 5xx answers and I/O
   * failures are retried until the policy's attempts are used up.
   */
  private HttpResponse<byte[]> send(HttpRequest request, boolean isPost)
      throws RuntimeApiException {
    String what = request.method() + " " + request.uri().getPath();
    Exception lastFailure = null;
    String lastProblem = null;
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      if (attempt > 1) {
        sleep(retry.delayBefore(attempt - 1));
      }
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (isPost && status == 500) {
          throw new RuntimeApiException(
              what + " answered HTTP 500 (container error, non-recoverable); exiting", null);
        }
        if (status < 500) {
          return response;
        }
        lastFailure = null;
        lastProblem = "HTTP " + status;
      } catch (IOException e) {
        lastFailure = e;
        lastProblem = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RuntimeApiException(what + " was interrupted", e);
      }
    }
    throw new RuntimeApiException(
        what + " failed after " + retry.attempts() + " attempts; last problem: " + lastProblem,
        lastFailure);
  }

  private static void sleep(Duration delay) throws RuntimeApiException {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuntimeApiException("interrupted while waiting to retry the Runtime API", e);
    }
  }
}
