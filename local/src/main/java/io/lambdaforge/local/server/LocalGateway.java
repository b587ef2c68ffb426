package io.lambdaforge.local.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.gateway.EventFactory;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.gateway.QueryString;
import io.lambdaforge.local.openapi.RequestValidator;
import io.lambdaforge.local.gateway.ResponseTranslator;
import io.lambdaforge.local.invoke.InvocationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a gateway does for one HTTP request, without the HTTP transport: picks the route, builds
 * the event its source sends, invokes the function in-process and turns the result into the
 * gateway's HTTP response. The dev server and the test helper share it.
 */
public final class LocalGateway {
  private static final List<Source> PREFERENCE =
      List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB);

  private final List<LocalRoute> routes;
  private final Optional<Source> preferred;
  private final ObjectMapper mapper;
  private final ResponseTranslator translator;
  private final Optional<RequestValidator> restValidator;

  /**
   * @param preferred the source to emulate when a path is routed under several sources; without
   *     it HTTP API wins over REST, REST over ALB
   */
  public LocalGateway(List<LocalRoute> routes, Optional<Source> preferred, ObjectMapper mapper) {
    this(routes, preferred, mapper, Optional.empty());
  }

  /**
   * @param restValidator API Gateway's request validator for REST routes, when the REST API is
   *     defined by its OpenAPI document; requests it rejects never reach the function
   */
  public LocalGateway(List<LocalRoute> routes, Optional<Source> preferred, ObjectMapper mapper,
      Optional<RequestValidator> restValidator) {
    this.restValidator = restValidator;
    this.routes = List.copyOf(routes);
    this.preferred = preferred;
    this.mapper = mapper;
    this.translator = new ResponseTranslator(mapper);
  }

  /** How one request was answered: the response and the function that ran ("-" for none). */
  public record Exchange(GatewayResponse response, String function) {}

  /** Routes {@code request} among every route, by the source preference. */
  public Exchange handle(LocalRequest request, String host) {
    return handle(request, host, Optional.empty());
  }

  /**
   * Routes {@code request}, only among routes of {@code only} when given, and answers as the
   * matched route's gateway; no route gives a 404 like the gateways' own.
   */
  public Exchange handle(LocalRequest request, String host, Optional<Source> only) {
    Optional<Match> match = route(request.rawPath(), request.method(), only);
    if (match.isEmpty()) {
      return new Exchange(notFound(only.orElse(Source.API_GATEWAY_HTTP)), "-");
    }
    LocalRoute route = match.get().route();
    if (route.source() == Source.API_GATEWAY_REST && restValidator.isPresent() && route.accepts(request.method())) {
      Optional<GatewayResponse> rejected = restValidator.get().check(route.template(), route.method(),
          match.get().parameters(), QueryString.parse(request.rawQuery(), true), request);
      if (rejected.isPresent()) {
        return new Exchange(rejected.get(), "-");
      }
    }
    byte[] event = event(route, match.get().parameters(), request, host);
    return new Exchange(answer(route.source(), route.function().invoke(event)), route.function().name());
  }

  /** The event {@code route}'s source sends for {@code request} with these path parameters. */
  private byte[] event(LocalRoute route, Map<String, String> pathParameters, LocalRequest request, String host) {
    ObjectNode event = EventFactory.event(route.source(),
        new EventFactory.Route(route.method(), route.template(), pathParameters), route.multiValueHeaders(),
        request, host);
    try {
      return mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the event", e);
    }
  }

  /** The gateway's HTTP response to an invocation result. */
  public GatewayResponse answer(Source source, InvocationResult result) {
    if (result instanceof InvocationResult.Success success) {
      return translator.translate(source, success.output());
    }
    if (result instanceof InvocationResult.Timeout) {
      return ResponseTranslator.timeout(source);
    }
    return ResponseTranslator.functionError(source);
  }

  /** A matched route and its path parameters. */
  public record Match(LocalRoute route, Map<String, String> parameters) {}

  /** The route serving {@code rawPath} and {@code method}, preferring exact method matches. */
  public Optional<Match> route(String rawPath, String method, Optional<Source> only) {
    Map<Source, List<Match>> bySource = new EnumMap<>(Source.class);
    for (LocalRoute route : routes) {
      if (only.isPresent() && route.source() != only.get()) {
        continue;
      }
      route.match(rawPath).ifPresent(parameters ->
          bySource.computeIfAbsent(route.source(), s -> new ArrayList<>()).add(new Match(route, parameters)));
    }
    List<Source> order = new ArrayList<>();
    only.or(() -> preferred).ifPresent(order::add);
    PREFERENCE.stream().filter(s -> !order.contains(s)).forEach(order::add);
    for (Source source : order) {
      List<Match> matches = bySource.getOrDefault(source, List.of());
      if (matches.isEmpty()) {
        continue;
      }
      Comparator<Match> bySpecificity = Comparator.comparingInt(m -> m.route().specificity());
      Optional<Match> exact = matches.stream().filter(m -> m.route().accepts(method)).max(bySpecificity);
      // A path served with another method still goes to its function, whose adapter answers 405.
      return exact.isPresent() ? exact : matches.stream().max(bySpecificity);
    }
    return Optional.empty();
  }

  private static GatewayResponse notFound(Source source) {
    return source == Source.ALB
        ? GatewayResponse.text(404, "404 Not Found")
        : GatewayResponse.json(404, "{\"message\":\"Not Found\"}");
  }
}
