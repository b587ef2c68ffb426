package io.lambdaforge.local.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.lambdaforge.local.app.AppException;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.invoke.ErrorDocument;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.LocalFunction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Lambda Invoke API over every function of a {@link LocalApp}, like {@code sam local
 * start-lambda}: the AWS SDK ({@code endpointOverride}) and the AWS CLI ({@code aws lambda invoke
 * --endpoint-url http://127.0.0.1:3001 --function-name f out.json}) call functions locally.
 *
 * <p>{@code POST /2015-03-31/functions/{name}/invocations}, name as a name, partial or full ARN
 * (qualifier ignored: everything runs as {@code $LATEST}). Answers:
 *
 * <ul>
 *   <li>{@code X-Amz-Invocation-Type: RequestResponse} (default): 200 and the function's output;
 *       a thrown exception or a timeout is still 200, with {@code X-Amz-Function-Error: Unhandled}
 *       and the error document ({@code errorType} {@code Sandbox.Timedout} for a timeout).
 *   <li>{@code Event}: 202 at once, the function runs in the background; {@code DryRun}: 204.
 *   <li>{@code X-Amz-Log-Type: Tail}: {@code X-Amz-Log-Result}, the base64 of the last 4 KB of the
 *       invocation's log: START/END/REPORT lines, what the function logged through {@code
 *       Context.getLogger()} and the error, if any ({@code System.out} goes to the console only:
 *       all functions share this JVM).
 *   <li>Invocation errors, with {@code X-Amzn-ErrorType} and {@code {"Type": ..., "message": ...}}
 *       as Lambda sends them: 404 {@code ResourceNotFoundException} for an unknown function, 413
 *       {@code RequestTooLargeException} above 6 MB, 400 {@code InvalidRequestContentException}
 *       for a payload that is not JSON, 400 {@code InvalidParameterValueException} for an unknown
 *       invocation or log type, 404 {@code UnknownOperationException} for other paths.
 * </ul>
 */
public final class InvokeApiServer implements AutoCloseable {
  /** The default port, as {@code sam local start-lambda}. */
  public static final int DEFAULT_PORT = 3001;
  /** The size of {@code X-Amz-Log-Result}'s log tail. */
  static final int LOG_TAIL_BYTES = 4096;

  private static final String ACCOUNT_ARN = "arn:aws:lambda:us-east-1:123456789012:function:";

  private final LocalApp app;
  private final PrintStream log;
  private final ObjectMapper mapper;
  private final LocalHttpServer server;
  private final ExecutorService events;
  private final AtomicBoolean closed = new AtomicBoolean();

  private InvokeApiServer(LocalApp app, LocalHttpServer server, PrintStream log, ObjectMapper mapper) {
    this.app = app;
    this.log = log;
    this.mapper = mapper;
    this.server = server;
    this.events = Executors.newCachedThreadPool(Exchanges.daemonThreads("lambdaforge-invoke-event"));
    server.createContext("/", this::handle);
  }

  /**
   * Binds {@code address} and starts serving every function of {@code app}.
   *
   * @throws java.net.BindException when the port is in use or the address is not local
   */
  public static InvokeApiServer start(LocalApp app, InetSocketAddress address, PrintStream log, ObjectMapper mapper)
      throws IOException {
    LocalHttpServer server = new LocalHttpServer(address, "lambdaforge-invoke-api", 16);
    InvokeApiServer api = new InvokeApiServer(app, server, log, mapper);
    server.start();
    return api;
  }

  public InetSocketAddress address() {
    return server.address();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    Optional<URI> uri = Exchanges.requestUri(exchange);
    String rawPath = uri.map(URI::getRawPath).orElseGet(() -> Exchanges.rawTarget(exchange));
    Optional<String> name = uri.isEmpty() ? Optional.empty() : InvokeTarget.functionName(rawPath);
    Answer answer;
    try {
      if (uri.isEmpty()) {
        answer = Answer.error(400, "InvalidRequestContentException", "Request URI is not a valid URI: "
            + rawPath);
      } else if (name.isEmpty() || !exchange.getRequestMethod().equals("POST")) {
        answer = Answer.error(404, "UnknownOperationException", "Unknown operation "
            + exchange.getRequestMethod() + " " + rawPath + "; this endpoint serves only"
            + " POST /2015-03-31/functions/{name}/invocations");
      } else {
        answer = invoke(name.get(), exchange);
      }
    } catch (RuntimeException unexpected) {
      log.println("invoke api error: " + unexpected);
      answer = Answer.error(500, "ServiceException", "internal error of the local Invoke API: " + unexpected);
    }
    log.printf("INVOKE %s %d%s %d ms%n", name.orElse(rawPath), answer.status,
        answer.functionError == null ? "" : " " + answer.functionError,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    answer.write(exchange);
  }

  private Answer invoke(String name, HttpExchange exchange) throws IOException {
    String type = header(exchange, "X-Amz-Invocation-Type", "RequestResponse");
    String logType = header(exchange, "X-Amz-Log-Type", "None");
    if (!type.equals("RequestResponse") && !type.equals("Event") && !type.equals("DryRun")) {
      return Answer.error(400, "InvalidParameterValueException", "1 validation error detected: Value '"
          + type + "' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set:"
          + " [Event, RequestResponse, DryRun]");
    }
    if (!logType.equals("None") && !logType.equals("Tail")) {
      return Answer.error(400, "InvalidParameterValueException", "1 validation error detected: Value '"
          + logType + "' at 'logType' failed to satisfy constraint: Member must satisfy enum value set: [None, Tail]");
    }
    byte[] payload = Exchanges.readBody(exchange);
    if (payload == null) {
      return Answer.error(413, "RequestTooLargeException", "Request must be smaller than "
          + Exchanges.MAX_BODY_BYTES + " bytes for the InvokeFunction operation");
    }
    if (app.application().functions().stream().noneMatch(f -> f.name().equals(name))) {
      return Answer.error(404, "ResourceNotFoundException", "Function not found: " + ACCOUNT_ARN + name);
    }
    if (payload.length > 0 && !isJson(payload)) {
      return Answer.error(400, "InvalidRequestContentException", "Could not parse request body into json:"
          + " the payload of " + name + " is not valid JSON");
    }
    byte[] event = SourceFamilies.directInvokeEvent(payload);
    switch (type) {
      case "DryRun":
        return new Answer(204, null, new byte[0], null, null);
      case "Event":
        events.submit(() -> run(name, event));
        return new Answer(202, null, new byte[0], null, null);
      default:
        Run run = run(name, event);
        if (THROTTLED.equals(run.functionError())) {
          // https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html: TooManyRequestsException, 429.
          return new Answer(429, "TooManyRequestsException", run.output(), null, null);
        }
        return new Answer(200, null, run.output(), run.functionError(), logType.equals("Tail") ? run.tail() : null);
    }
  }

  /** The marker of a throttled {@link Run}: not a function error but the Invoke API's 429. */
  private static final String THROTTLED = "throttled";

  /** One invocation and its log. */
  private record Run(byte[] output, String functionError, String tail) {}

  private Run run(String name, byte[] event) {
    String requestId = UUID.randomUUID().toString();
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    PrintStream lines = new PrintStream(tail, true, StandardCharsets.UTF_8);
    LocalFunction function;
    try {
      function = app.load(name);
    } catch (AppException e) {
      log.println("function " + name + " cannot start: " + e.getMessage());
      ObjectNode error = mapper.createObjectNode();
      error.put("errorType", "Runtime.ExitError");
      error.put("errorMessage", e.getMessage());
      lines.println(e.getMessage());
      return new Run(bytes(error), "Unhandled", base64Tail(tail.toByteArray()));
    }
    // The function writes START, its logs, its error, END and REPORT to the tail.
    InvocationResult result = function.invoke(event, requestId, tail);
    ObjectNode error = ErrorDocument.of(result);
    if (result instanceof InvocationResult.Throttled) {
      return new Run(bytes(error), THROTTLED, null);
    }
    byte[] output = result instanceof InvocationResult.Success success ? success.output() : bytes(error);
    return new Run(output, error == null ? null : "Unhandled", base64Tail(tail.toByteArray()));
  }

  private boolean isJson(byte[] payload) {
    try {
      mapper.readTree(payload);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private byte[] bytes(ObjectNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base64Tail(byte[] log) {
    int from = Math.max(0, log.length - LOG_TAIL_BYTES);
    return Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(log, from, log.length));
  }

  private static String header(HttpExchange exchange, String name, String fallback) {
    String value = exchange.getRequestHeaders().getFirst(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /** One HTTP answer of the Invoke API. */
  private record Answer(int status, String errorType, byte[] body, String functionError, String logResult) {
    static Answer error(int status, String errorType, String message) {
      ObjectNode error = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      error.put("Type", status >= 500 ? "Service" : "User");
      error.put("message", message);
      return new Answer(status, errorType, error.toString().getBytes(StandardCharsets.UTF_8), null, null);
    }

    void write(HttpExchange exchange) throws IOException {
      var headers = exchange.getResponseHeaders();
      headers.add("Content-Type", "application/json");
      headers.add("X-Amzn-RequestId", UUID.randomUUID().toString());
      if (errorType != null) {
        headers.add("X-Amzn-ErrorType", errorType);
      } else {
        headers.add("X-Amz-Executed-Version", "$LATEST");
      }
      if (functionError != null) {
        headers.add("X-Amz-Function-Error", functionError);
      }
      if (logResult != null) {
        headers.add("X-Amz-Log-Result", logResult);
      }
      Exchanges.send(exchange, status, body);
    }
  }

  /** Stops accepting requests, lets running ones finish for up to a second, then stops. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop();
    events.shutdownNow();
  }
}
