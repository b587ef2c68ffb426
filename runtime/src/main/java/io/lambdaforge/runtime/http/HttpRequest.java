package io.lambdaforge.runtime.http;

import io.lambdaforge.annotations.Source;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request, the same view whatever the source (ALB, API Gateway REST, HTTP API or function URL). A
 * function may declare a parameter of this type to receive it.
 *
 * <p>Values are decoded exactly once, whichever source delivered them: path parameters and query
 * values are percent-decoded (query values as form data, where {@code +} is a space), what a
 * gateway already decoded is not decoded again, and the body is base64-decoded when the source
 * encoded it. Header names are case-insensitive. An instance belongs to one invocation and is not
 * thread-safe. docs/sources-and-shapes.md lists what each source delivers encoded and what decoded.
 */
public interface HttpRequest {
  /** The event source that delivered this request. */
  Source source();

  /** The method, e.g. {@code GET}. */
  String method();

  /**
   * The path the route was matched against, as the source delivered it, without the HTTP API stage
   * prefix: still percent-encoded for REST and ALB, already decoded by API Gateway for HTTP API. Use
   * {@link #pathParam(String)} for values: those are decoded the same way on every source.
   */
  String path();

  /** The decoded value of the route's {@code {name}} or {@code {name+}} segment, or {@code null}. */
  String pathParam(String name);

  /** Every path parameter of the matched route. */
  Map<String, String> pathParams();

  /** The first value of query parameter {@code name}, or {@code null}. */
  String query(String name);

  /** Every value of query parameter {@code name}, in request order; empty when absent. */
  List<String> queryAll(String name);

  /** All query parameters, decoded. */
  Map<String, List<String>> queryParams();

  /** The first value of header {@code name} (any case), or {@code null}. */
  String header(String name);

  /**
   * Every value of header {@code name} as delivered: one element per header line for REST and
   * ALB multi-value mode; HTTP API joins repeated headers with commas into one element.
   */
  List<String> headerAll(String name);

  /** All headers, keyed by lower-case name. */
  Map<String, List<String>> headers();

  /** The value of cookie {@code name}, or {@code null}. */
  String cookie(String name);

  /** All request cookies by name. */
  Map<String, String> cookies();

  /** The {@code Content-Type} header, or {@code null}. */
  String contentType();

  /** Whether the request has a non-empty body. */
  boolean hasBody();

  /**
   * The body bytes (base64-decoded when the source encoded them); empty when there is none.
   *
   * @throws IllegalArgumentException when the source marked the body base64 but it is not
   */
  byte[] body();

  /** The body as text, in the {@code charset} of the Content-Type (UTF-8 when none or unknown). */
  String bodyAsString();

  /**
   * The client address: {@code requestContext.http.sourceIp} (HTTP API),
   * {@code requestContext.identity.sourceIp} (REST) or, for ALB, the last
   * {@code X-Forwarded-For} entry (the address the load balancer saw; earlier entries are
   * client-supplied). {@code null} when unknown.
   */
  String remoteAddress();

  /** The API Gateway request id; {@code null} for ALB (use the {@code x-amzn-trace-id} header). */
  String requestId();

  /** The API Gateway stage ({@code $default} included); {@code null} for ALB. */
  String stage();

  /** The API Gateway stage variables; empty when none. */
  Map<String, String> stageVariables();

  /**
   * {@code requestContext.authorizer} as sent (REST: {@code principalId}, {@code claims}, custom
   * keys; HTTP API: {@code jwt}, {@code iam} or {@code lambda}); empty when none.
   */
  Map<String, Object> authorizer();

  /**
   * The JWT / Cognito claims: HTTP API {@code authorizer.jwt.claims}, REST
   * {@code authorizer.claims}; empty when none.
   */
  Map<String, Object> claims();

  /**
   * REST's {@code requestContext.identity} fields that name an IAM caller ({@code accountId},
   * {@code caller}, {@code user}, {@code userArn}, {@code accessKey}), those that are set; empty
   * for other sources and for REST requests without IAM authorization.
   */
  default Map<String, String> identity() {
    return Map.of();
  }
}
