package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.Log;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP family's handler: claims an ALB, API Gateway REST, HTTP API or function URL event of a source the
 * function has routes for (decoded once, by {@link EventDecoder}), routes it, calls the route's
 * {@link HttpInvoker} and writes the result in that source's response format. Answers are
 * documented on {@link HttpDispatcher}.
 */
final class HttpFamily implements EventHandler {
  private final String function;
  private final Router router;
  private final CorsPolicy cors;
  /**
   * The decoded event kept for the next invocation (null while one holds it), when no route's
   * method keeps its request view past the invocation; else null, and each event is decoded anew.
   */
  private final AtomicReference<HttpEvent> spare;
  /** The response writing state kept for the next invocation (null while one holds it). */
  private final AtomicReference<Scratch> scratch = new AtomicReference<>(new Scratch());

  HttpFamily(String function, Router router, CorsPolicy cors, boolean reuseEvents) {
    this.function = function;
    this.router = router;
    this.cors = cors;
    this.spare = reuseEvents ? new AtomicReference<>(HttpEvent.reusable()) : null;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    if (spare == null) {
      HttpEvent http = EventDecoder.decode(event, length, router.literalPaths());
      if (http == null || !router.serves(http.source)) {
        return false;
      }
      respond(http, output, context, false);
      return true;
    }
    HttpEvent http = spare.getAndSet(null);
    if (http == null) {
      http = new HttpEvent(); // another thread holds the kept one
    }
    try {
      if (!EventDecoder.decodeInto(http, event, length, router.literalPaths()) || !router.serves(http.source)) {
        return false;
      }
      respond(http, output, context, true);
      return true;
    } finally {
      http.clear();
      spare.setRelease(http);
    }
  }

  @Override
  public Collection<String> sources() {
    Set<String> accepted = new TreeSet<>();
    router.sources().forEach(s -> accepted.add(s.name()));
    return accepted;
  }

  @Override
  public String recognise(byte[] event, int length) throws IOException {
    HttpEvent http = EventDecoder.decode(event, length, router.literalPaths());
    return http == null ? null : "a " + http.source + " event";
  }

  @Override
  public String kinds() {
    return "an ALB, API Gateway REST, HTTP API or function URL request";
  }

  /** The sources this family has routes for, for {@link HttpDispatcher#toString()}. */
  Collection<Source> routed() {
    return router.sources();
  }

  private void respond(HttpEvent event, OutputStream output, Context context, boolean reused) throws IOException {
    Scratch kept = scratch.getAndSet(null);
    Scratch lent = kept != null ? kept : new Scratch(); // another thread holds the kept one
    boolean clean = false;
    try {
      respond(event, output, context, reused, lent);
      clean = true;
    } finally {
      lent.finished(clean);
      scratch.setRelease(lent);
    }
  }

  private void respond(HttpEvent event, OutputStream output, Context context, boolean reused, Scratch scratch)
      throws IOException {
    String method = event.method().toUpperCase(Locale.ROOT);
    String path = routingPath(event);
    Router.Result match = router.routeLiteral(event.source, method, path);
    if (match == null) {
      List<String> segments = PathTemplate.split(path);
      if (event.source != Source.API_GATEWAY_HTTP) {
        // REST, ALB and function URLs deliver the path as the client sent it, still percent-encoded
        // (a function URL's rawPath of /a%20b stays /a%20b); HTTP API's rawPath arrives already
        // decoded by API Gateway, so decoding it again would decode twice
        segments.replaceAll(UrlCodec::decodePath);
      }
      match = router.route(event.source, method, segments);
    }
    boolean albMultiValue = albMode(event, match.route(), context);
    String origin = null;
    if (cors != null && CorsPolicy.appliesTo(event.source)) {
      EventRequest headers = new EventRequest(event, path, java.util.Map.of());
      origin = headers.header("origin");
      if (CorsPolicy.isPreflight(event.source, method, headers)) {
        ResponseWriter.write(cors.preflight(origin), event.source, albMultiValue, function, context, output, scratch);
        return;
      }
    }
    Outgoing response;
    if (match.route() == null) {
      response = match.allow() == null
          ? ResponseMapper.error(404, "Not Found")
          : ResponseMapper.methodNotAllowed(match.allow());
    } else {
      EventRequest request = reused
          ? event.reusedRequest(path, match.params())
          : new EventRequest(event, path, match.params());
      response = invoke(match.route(), request, context, scratch);
    }
    if (origin != null) {
      response = cors.decorate(response, origin);
    }
    ResponseWriter.write(response, event.source, albMultiValue, function, context, output, scratch);
  }

  private Outgoing invoke(Route route, HttpRequest request, Context context, Scratch scratch) {
    try {
      return ResponseMapper.map(route.invoker.invoke(request, context), scratch.body);
    } catch (AuthBindingException e) {
      Log.line(context, prefix(request) + "answered 403 {\"message\":\"Forbidden\"}: "
          + e.getMessage() + " API Gateway never lets such a request through to a protected route:"
          + " check the route's authorizer and what its tokens or context carry");
      return ResponseMapper.error(403, "Forbidden");
    } catch (BindingException e) {
      return ResponseMapper.badRequest(e.problems());
    } catch (HttpException e) {
      if (e.status() >= 500) {
        Log.error(context, prefix(request) + "answered " + e.status() + " (HttpException)", e);
      }
      return ResponseMapper.error(e.status(), e.getMessage() == null ? "" : e.getMessage());
    } catch (HeaderRules.InvalidResponseException e) {
      Log.line(context, prefix(request) + "invalid response replaced by 500: " + e.getMessage());
      return ResponseMapper.error(500, "Internal Server Error");
    } catch (Exception e) {
      Log.error(context, prefix(request) + "failed with 500", e);
      return ResponseMapper.error(500, "Internal Server Error");
    }
  }

  private String prefix(HttpRequest request) {
    return "[lambdaforge] " + function + ": " + request.method() + " " + request.path() + " ";
  }

  /**
   * The path to route: HTTP API {@code rawPath} without {@code /<stage>} unless the stage is
   * $default; a function URL's {@code rawPath} as is (its stage is always $default).
   */
  private static String routingPath(HttpEvent event) {
    if (!event.payload2()) {
      return event.path == null || event.path.isEmpty() ? "/" : event.path;
    }
    String raw = event.rawPath.isEmpty() ? "/" : event.rawPath;
    String stage = event.stage;
    if (stage != null && !stage.isEmpty() && !stage.equals("$default")) {
      String prefix = "/" + stage;
      if (raw.equals(prefix)) {
        return "/";
      }
      if (raw.startsWith(prefix + "/")) {
        return raw.substring(prefix.length());
      }
    }
    return raw;
  }

  private boolean albMode(HttpEvent event, Route route, Context context) {
    if (event.source != Source.ALB) {
      return false;
    }
    if (!event.albModeKnown()) {
      return route != null && route.albMultiValue;
    }
    boolean requested = event.albMultiValue();
    if (route != null && route.albMultiValue != requested && route.modeMismatchLogged.compareAndSet(false, true)) {
      Log.line(context, "[lambdaforge] " + function + ": route " + route + " declares multiValueHeaders = "
          + route.albMultiValue + " but the target group sends " + (requested ? "multi" : "single")
          + "-value events; answering in the event's mode. Fix the @Trigger to match the target group");
    }
    return requested;
  }
}
