package io.lambdaforge.local.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.auth.AuthResult;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.local.invoke.Report;
import io.lambdaforge.local.invoke.RequestIds;
import io.lambdaforge.local.openapi.RequestValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a gateway does for one HTTP request, without the HTTP transport: picks the route, then lets
 * the route's {@link FrontDoor} (from {@link SourceFamilies}) screen the request, build the event
 * its source sends, and, once the function ran in-process, turn the result into the gateway's HTTP
 * response. The dev server and the test helper share it.
 */
public final class LocalGateway {
  /** The sources with a front door, in the order they serve a path routed under several. */
  private static final List<Source> PREFERENCE = SourceFamilies.frontDoorSources();

  private final List<LocalRoute> routes;
  private final Optional<Source> preferred;
  private final ObjectMapper mapper;
  private final Optional<RequestValidator> restValidator;
  private final Authorizers authorizers;

  /**
   * @param preferred the source to emulate when a path is routed under several sources; without
   *     it the registry's order decides (HTTP API wins over REST, REST over ALB)
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
    this(routes, preferred, mapper, restValidator, Authorizers.none());
  }

  /**
   * @param authorizers the application's authorizers, keys and Lambda authorizer functions, with
   *     which each route's declared authorization is enforced before its function runs
   */
  public LocalGateway(List<LocalRoute> routes, Optional<Source> preferred, ObjectMapper mapper,
      Optional<RequestValidator> restValidator, Authorizers authorizers) {
    this.authorizers = authorizers;
    this.restValidator = restValidator;
    this.routes = List.copyOf(routes);
    this.preferred = preferred;
    this.mapper = mapper;
  }

  /**
   * How one request was answered: the response, the function that ran ("-" for none) and its
   * invocation's REPORT figures (none when no function ran or it was throttled).
   */
  public record Exchange(GatewayResponse response, String function, Optional<Report> report) {
    public Exchange(GatewayResponse response, String function) {
      this(response, function, Optional.empty());
    }
  }

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
      // A source without a front door has no routes: it gets the first front door's 404, as before.
      FrontDoor door = only.flatMap(SourceFamilies::frontDoor).orElseGet(() -> door(PREFERENCE.get(0)));
      return new Exchange(door.notFound(), "-");
    }
    LocalRoute route = match.get().route();
    FrontDoor door = door(route.source());
    Optional<GatewayResponse> refused = door.authorize(route.auth(), request);
    if (refused.isPresent()) {
      return new Exchange(refused.get(), "-");
    }
    if (route.cors() != null) {
      Optional<GatewayResponse> preflight = door.preflight(route.cors(), request, pathMethods(route, request));
      if (preflight.isPresent()) {
        return new Exchange(preflight.get(), "-");
      }
    }
    AuthResult authorization = AuthResult.open();
    if (route.accepts(request.method()) && route.routeAuth().isProtected()) {
      authorization = door.authorizeRoute(route.routeAuth(), route.method(), route.template(),
          match.get().parameters(), request, host, authorizers);
      if (authorization.refusal().isPresent()) {
        return new Exchange(authorization.refusal().get(), "-");
      }
    }
    if (route.accepts(request.method())) {
      Optional<GatewayResponse> rejected = door.screen(route.template(), route.method(), match.get().parameters(),
          request, restValidator);
      if (rejected.isPresent()) {
        return new Exchange(rejected.get(), "-");
      }
    }
    byte[] event = event(door, route, match.get().parameters(), request, host, authorization);
    LocalFunction.Run run = route.function().run(event, RequestIds.next(), null);
    GatewayResponse response = answer(route.source(), run.result());
    if (route.cors() != null) {
      response = door.withCors(route.cors(), request, response);
    }
    return new Exchange(response, route.function().name(), run.report());
  }

  /** The methods of {@code route}'s source that serve {@code request}'s path, in route order. */
  private List<String> pathMethods(LocalRoute route, LocalRequest request) {
    List<String> methods = new ArrayList<>();
    for (LocalRoute other : routes) {
      if (other.source() == route.source() && other.match(request.rawPath()).isPresent()
          && !methods.contains(other.method())) {
        methods.add(other.method());
      }
    }
    return methods;
  }

  /** The event {@code route}'s source sends for {@code request} with these path parameters. */
  private byte[] event(FrontDoor door, LocalRoute route, Map<String, String> pathParameters, LocalRequest request,
      String host, AuthResult authorization) {
    ObjectNode event = door.event(route.auth(), route.method(), route.template(), pathParameters,
        route.multiValueHeaders(), request, host);
    authorization.grant().accept(event);
    try {
      return mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the event", e);
    }
  }

  /** The gateway's HTTP response to an invocation result. */
  public GatewayResponse answer(Source source, InvocationResult result) {
    return door(source).answer(result, mapper);
  }

  /** A matched route and its path parameters. */
  public record Match(LocalRoute route, Map<String, String> parameters) {}

  /** The route serving {@code rawPath} and {@code method}, preferring exact method matches. */
  public Optional<Match> route(String rawPath, String method, Optional<Source> only) {
    Map<Source, List<Match>> bySource = new EnumMap<>(Source.class);
    Optional<Source> chosen = only.or(() -> preferred);
    for (LocalRoute route : routes) {
      if (only.isPresent() && route.source() != only.get()) {
        continue;
      }
      // a door that is a host of its own (a function URL) serves only when asked for by name
      if (!chosen.equals(Optional.of(route.source())) && door(route.source()).hostPerFunction()) {
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

  private static FrontDoor door(Source source) {
    return SourceFamilies.frontDoor(source)
        .orElseThrow(() -> new IllegalArgumentException(source + " has no front door (no HTTP request reaches it)"));
  }
}
