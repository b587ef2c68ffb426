package io.lambdaforge.local.family.http;

import io.lambdaforge.descriptor.model.CorsSpec;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.RequestIds;
import io.lambdaforge.local.invoke.InvocationResult;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A Lambda function URL as {@code serve} emulates it
 * (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html): one host per function, every
 * path of which reaches the function (its adapter answers 404 and 405 itself); under {@code AWS_IAM}
 * each request must carry a SigV4 signature made with the environment's credentials
 * (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html), else 403; the event is payload 2.0
 * with {@code $default} route key and stage and the path still percent-encoded; the answer follows
 * the payload 2.0 response rules.
 */
final class FunctionUrlFrontDoor implements FrontDoor {
  static final String AWS_IAM = "AWS_IAM";
  /**
   * The body a function URL answers a request that fails authorization with, as Lambda sends it
   * since the October 2025 change to function URL permissions (urls-auth.html): captured replies in
   * awsdocs/aws-lambda-developer-guide#494 (May 2026) and others show
   * {@code HTTP/1.1 403 Forbidden}, {@code x-amzn-ErrorType: AccessDeniedException} and this body
   * (before, it was {@code {"Message":"Forbidden"}}).
   */
  static final String FORBIDDEN = "{\"Message\":\"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html\"}";

  /** The header naming the error type of a refused request. */
  static final String ERROR_TYPE = "x-amzn-ErrorType";

  private final UnaryOperator<String> env;
  private final Clock clock;
  private final PrintStream log;

  FunctionUrlFrontDoor() {
    this(System::getenv, Clock.systemUTC(), System.err);
  }

  FunctionUrlFrontDoor(UnaryOperator<String> env, Clock clock, PrintStream log) {
    this.env = env;
    this.clock = clock;
    this.log = log;
  }

  /** Every path reaches the function. */
  @Override
  public Optional<Map<String, String>> match(String template, String rawPath) {
    return Optional.of(Map.of());
  }

  @Override
  public boolean hostPerFunction() {
    return true;
  }

  /** The URL's {@code AuthType}: the function's {@code @FunctionUrl}, else {@code AWS_IAM}. */
  @Override
  public String auth(FunctionSpec function) {
    return function.functionUrl() == null ? AWS_IAM : function.functionUrl().authType();
  }

  @Override
  public Optional<GatewayResponse> authorize(String auth, LocalRequest request) {
    if (!AWS_IAM.equals(auth)) {
      return Optional.empty();
    }
    SigV4.Verdict verdict = SigV4.verify(request, "lambda", env, Instant.now(clock));
    if (verdict.ok()) {
      return Optional.empty();
    }
    log.println("[function URL] 403 for " + request.method() + " " + request.rawPath() + ": "
        + verdict.problem().get());
    return Optional.of(new GatewayResponse(403,
        List.of(Map.entry("Content-Type", "application/json"), Map.entry(ERROR_TYPE, "AccessDeniedException")),
        FORBIDDEN.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Override
  public ObjectNode event(String method, String template, Map<String, String> pathParameters,
      boolean multiValueHeaders, LocalRequest request, String host) {
    return event(AWS_IAM, method, template, pathParameters, multiValueHeaders, request, host);
  }

  @Override
  public ObjectNode event(String auth, String method, String template, Map<String, String> pathParameters,
      boolean multiValueHeaders, LocalRequest request, String host) {
    Optional<String> caller = Optional.empty();
    if (AWS_IAM.equals(auth)) {
      String authorization = request.header("authorization");
      Map<String, String> fields = authorization == null ? null : SigV4.authorizationFields(authorization);
      caller = Optional.of(fields == null ? "" : fields.get("Credential").split("/", -1)[0]);
    }
    EventFactory.Meta meta = new EventFactory.Meta(RequestIds.next(), Instant.now(clock),
        "$default", host);
    return EventFactory.functionUrl(request, meta, caller);
  }

  @Override
  public GatewayResponse answer(InvocationResult result, ObjectMapper mapper) {
    if (result instanceof InvocationResult.Success success) {
      return new ResponseTranslator(mapper).translate(Source.FUNCTION_URL, success.output());
    }
    if (result instanceof InvocationResult.Timeout) {
      return ResponseTranslator.timeout(Source.FUNCTION_URL);
    }
    return ResponseTranslator.functionError(Source.FUNCTION_URL);
  }

  /** Never reached by a request (every path matches); the payload 2.0 404 for completeness. */
  @Override
  public GatewayResponse notFound() {
    return GatewayResponse.json(404, "{\"message\":\"Not Found\"}");
  }

  /** Lambda answers a function URL's preflight requests itself. */
  @Override
  public Optional<GatewayResponse> preflight(CorsSpec cors, LocalRequest request, List<String> pathMethods) {
    return CorsAnswers.gatewayPreflight(cors, request);
  }

  /** Lambda adds the URL's CORS headers to the function's responses. */
  @Override
  public GatewayResponse withCors(CorsSpec cors, LocalRequest request, GatewayResponse response) {
    return CorsAnswers.gatewayHeaders(cors, request, response);
  }
}
