package io.lambdaforge.runtime.internal.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The calls a runtime makes to the Lambda Runtime API (version 2018-06-01), over the JDK's
 * {@link HttpURLConnection}: the API is plain HTTP on a local address, and this client loads far
 * fewer classes at cold start than {@code java.net.http.HttpClient} (no TLS setup, no selector
 * thread). Connection failures and 5xx answers are retried with {@link RetryPolicy}; a 500 to a
 * POST means "Container error. Non-recoverable state. Runtime should exit promptly." and is not
 * retried. Other 4xx answers to a POST (400 unknown request id, 413 too large, 403) are logged to
 * stderr and the loop goes on, because the platform has already failed that invocation.
 */
final class RuntimeApiClient {
  static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private final String base;
  private final RetryPolicy retry;
  private final PrintStream stderr;

  RuntimeApiClient(String hostAndPort, RetryPolicy retry, PrintStream stderr) {
    this.base = "http://" + hostAndPort + "/2018-06-01/runtime/";
    this.retry = retry;
    this.stderr = stderr;
  }

  /** One answer: its status, the header lookup of the exchange, and its body. */
  private record Answer(int status, HttpURLConnection connection, byte[] body) {
    String header(String name) {
      return connection.getHeaderField(name);
    }
  }

  /** {@code GET /runtime/invocation/next}; waits as long as it takes (no read timeout). */
  Invocation next() throws RuntimeApiException {
    Answer response = send("GET", "invocation/next", null, null);
    if (response.status() != 200) {
      throw new RuntimeApiException("GET /runtime/invocation/next answered HTTP " + response.status(), null);
    }
    Invocation invocation = Invocation.from(response::header, response.body());
    if (invocation == null) {
      String id = response.header(Invocation.REQUEST_ID);
      throw new RuntimeApiException(
          "GET /runtime/invocation/next answered without a usable " + Invocation.REQUEST_ID
              + " header: " + (id == null ? "(none)" : id),
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
    Answer response = send("POST", path, body, errorType);
    int status = response.status();
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
  private Answer send(String method, String path, byte[] body, String errorType) throws RuntimeApiException {
    String what = method + " /2018-06-01/runtime/" + path;
    boolean isPost = body != null;
    Exception lastFailure = null;
    String lastProblem = null;
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      if (attempt > 1) {
        sleep(retry.delayBefore(attempt - 1));
      }
      if (Thread.currentThread().isInterrupted()) {
        throw new RuntimeApiException(what + " was interrupted", new InterruptedException());
      }
      try {
        Answer response = exchange(method, path, body, errorType);
        int status = response.status();
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
      }
    }
    throw new RuntimeApiException(
        what + " failed after " + retry.attempts() + " attempts; last problem: " + lastProblem,
        lastFailure);
  }

  /** One HTTP/1.1 exchange (kept-alive connections are reused by the JDK); no read timeout. */
  private Answer exchange(String method, String path, byte[] body, String errorType) throws IOException {
    @SuppressWarnings("deprecation") // URI.toURL() would parse the same string twice
    URL url = new URL(base + path);
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setRequestMethod(method);
    connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
    connection.setReadTimeout(0);
    connection.setUseCaches(false);
    if (body != null) {
      if (errorType != null) {
        connection.setRequestProperty(FUNCTION_ERROR_TYPE, errorType);
        connection.setRequestProperty("Content-Type", "application/json");
      }
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    byte[] answer;
    if (in == null) {
      answer = new byte[0];
    } else {
      try (in) {
        answer = in.readAllBytes();
      }
    }
    return new Answer(status, connection, answer);
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
