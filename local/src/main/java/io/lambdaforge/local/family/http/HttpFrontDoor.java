package io.lambdaforge.local.family.http;

import io.lambdaforge.descriptor.model.CorsSpec;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.local.auth.AuthResult;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.openapi.RequestValidator;
import java.util.Map;
import java.util.Optional;

/** The front door of one HTTP source: an HTTP API, a REST API or an ALB. */
final class HttpFrontDoor implements FrontDoor {
  private final Source source;
  private final RouteAuthorizer authorizer;

  HttpFrontDoor(Source source) {
    this.source = source;
    this.authorizer = new RouteAuthorizer(source);
  }

  /** HTTP API and REST routes enforce their authorizers and IAM; an ALB has none. */
  @Override
  public AuthResult authorizeRoute(RouteAuth auth, String method, String template,
      Map<String, String> pathParameters, LocalRequest request, String host, Authorizers authorizers) {
    if (source == Source.ALB || !auth.isProtected()) {
      return AuthResult.open();
    }
    return authorizer.authorize(auth, method, template, pathParameters, request, host, authorizers);
  }

  /**
   * An HTTP API decodes the whole path before it matches; REST matches it as sent; both ignore one
   * trailing slash, as the adapter does. An ALB applies the listener rule's path pattern the
   * template generates (its events carry no path parameters).
   */
  @Override
  public Optional<Map<String, String>> match(String template, String rawPath) {
    if (source == Source.ALB) {
      return AlbPathPattern.matches(AlbPathPattern.of(template), rawPath) ? Optional.of(Map.of()) : Optional.empty();
    }
    return PathTemplate.match(template, rawPath, source == Source.API_GATEWAY_HTTP);
  }

  /** A REST API defined by its OpenAPI document runs API Gateway's request validator first. */
  @Override
  public Optional<GatewayResponse> screen(String template, String method, Map<String, String> pathParameters,
      LocalRequest request, Optional<RequestValidator> validator) {
    if (source != Source.API_GATEWAY_REST || validator.isEmpty()) {
      return Optional.empty();
    }
    return validator.get().check(template, method, pathParameters, QueryString.parse(request.rawQuery(), true),
        request);
  }

  @Override
  public void sampleAuthorization(ObjectNode event, RouteAuth auth, Optional<AuthorizerSpec> spec) {
    if (source != Source.ALB && auth.isProtected()) {
      authorizer.sample(event, auth, spec, java.time.Instant.now());
    }
  }

  @Override
  public ObjectNode event(String method, String template, Map<String, String> pathParameters,
      boolean multiValueHeaders, LocalRequest request, String host) {
    return EventFactory.event(source, new EventFactory.Route(method, template, pathParameters), multiValueHeaders,
        request, host);
  }

  @Override
  public GatewayResponse answer(InvocationResult result, ObjectMapper mapper) {
    if (result instanceof InvocationResult.Success success) {
      return new ResponseTranslator(mapper).translate(source, success.output());
    }
    if (result instanceof InvocationResult.Throttled) {
      return ResponseTranslator.throttled(source);
    }
    if (result instanceof InvocationResult.Timeout) {
      return ResponseTranslator.timeout(source);
    }
    return ResponseTranslator.functionError(source);
  }

  /** An ALB answers a plain-text 404; the API Gateways a JSON message. */
  @Override
  public GatewayResponse notFound() {
    return source == Source.ALB
        ? GatewayResponse.text(404, "404 Not Found")
        : GatewayResponse.json(404, "{\"message\":\"Not Found\"}");
  }

  @Override
  public Optional<String> openApi() {
    return switch (source) {
      case API_GATEWAY_HTTP -> Optional.of("http");
      case API_GATEWAY_REST -> Optional.of("rest");
      default -> Optional.empty();
    };
  }

  /** An HTTP API answers preflight requests itself; a REST API with SAM's mock integration. */
  @Override
  public Optional<GatewayResponse> preflight(CorsSpec cors, LocalRequest request, List<String> pathMethods) {
    return switch (source) {
      case API_GATEWAY_HTTP -> CorsAnswers.gatewayPreflight(cors, request);
      case API_GATEWAY_REST -> CorsAnswers.restPreflight(cors, request, pathMethods);
      default -> Optional.empty();
    };
  }

  /** An HTTP API adds the headers itself; REST and ALB leave them to the function. */
  @Override
  public GatewayResponse withCors(CorsSpec cors, LocalRequest request, GatewayResponse response) {
    return source == Source.API_GATEWAY_HTTP ? CorsAnswers.gatewayHeaders(cors, request, response) : response;
  }
}
