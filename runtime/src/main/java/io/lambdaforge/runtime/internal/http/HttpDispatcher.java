package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.sdk.Rethrow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entry point of a generated adapter: reads one event, recognises its source (ALB, API
 * Gateway REST, HTTP API, or else a direct SDK payload), routes it among the function's routes of
 * that source, calls the route's {@link HttpInvoker} and writes the result in that source's
 * response format. Thread-safe and built once per execution environment (a static field).
 *
 * <pre>{@code
 * private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("getOrder")
 *     .route(Source.API_GATEWAY_HTTP, "GET", "/orders/{id}", OrdersApi_GetOrderHandler::invoke)
 *     .route(Source.ALB, "GET", "/orders/{id}", false, OrdersApi_GetOrderHandler::invoke)
 *     .build();
 * }</pre>
 *
 * <p>Answers: no route for the path, 404 {@code {"message":"Not Found"}}; a route for the path but
 * not the method, 405 {@code {"message":"Method Not Allowed"}} with {@code Allow}; a
 * {@link BindingException}, 400 listing the problems; an {@link HttpException}, its status and
 * message; any other exception or an invalid response, 500
 * {@code {"message":"Internal Server Error"}} with the stack trace in the log only.
 *
 * <p>An event over {@value #MAX_EVENT_BYTES} bytes (Lambda's synchronous limit) is refused before
 * decoding with an {@link IllegalArgumentException}; so is an event that is not of a declared
 * source when the function has no SDK trigger. Both surface as function errors.
 */
public final class HttpDispatcher {
  /** Largest event accepted, Lambda's 6 MB synchronous invocation payload limit. */
  public static final int MAX_EVENT_BYTES = 6 * 1024 * 1024;
  /** First buffer size when the stream does not announce its length. */
  private static final int INITIAL_READ_BYTES = 8 * 1024;

  private final String function;
  private final Router router;
  private final SdkInvoker sdk;

  private HttpDispatcher(String function, Router router, SdkInvoker sdk) {
    this.function = function;
    this.router = router;
    this.sdk = sdk;
  }

  /** Starts a dispatcher for the function named {@code functionName} (used in logs and errors). */
  public static Builder builder(String functionName) {
    return new Builder(functionName);
  }

  /** Handles one invocation; the body of a generated {@code handleRequest}. */
  public void handle(InputStream input, OutputStream output, Context context) throws IOException {
    byte[] event = readBounded(input);
    HttpEvent http = EventDecoder.decode(event);
    if (http == null || !router.serves(http.source)) {
      if (sdk == null) {
        throw new IllegalArgumentException(unsupported(http));
      }
      invokeSdk(event, output, context);
      return;
    }
    respond(http, output, context);
  }

  private void respond(HttpEvent event, OutputStream output, Context context) throws IOException {
    String method = event.method().toUpperCase(Locale.ROOT);
    String path = routingPath(event);
    List<String> segments = PathTemplate.split(path);
    if (event.source != Source.API_GATEWAY_HTTP) {
      // REST and ALB deliver the path as the client sent it, still percent-encoded; HTTP API's
      // rawPath arrives already decoded by API Gateway, so decoding it again would decode twice
      segments.replaceAll(UrlCodec::decodePath);
    }
    Router.Result match = router.route(event.source, method, segments);
    boolean albMultiValue = albMode(event, match.route(), context);
    Outgoing response;
    if (match.route() == null) {
      response = match.allow() == null
          ? ResponseMapper.error(404, "Not Found")
          : ResponseMapper.methodNotAllowed(match.allow());
    } else {
      response = invoke(match.route(), new EventRequest(event, path, match.params()), context);
    }
    ResponseWriter.write(response, event.source, albMultiValue, function, context, output);
  }

  private Outgoing invoke(Route route, HttpRequest request, Context context) {
    try {
      return ResponseMapper.map(route.invoker.invoke(request, context));
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

  /** The path to route: HTTP API {@code rawPath} without {@code /<stage>} unless the stage is $default. */
  private static String routingPath(HttpEvent event) {
    if (event.source != Source.API_GATEWAY_HTTP) {
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

  private void invokeSdk(byte[] event, OutputStream output, Context context) throws IOException {
    try {
      sdk.invoke(new ByteArrayInputStream(event), output, context);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw Rethrow.unchecked(e);
    }
  }

  private String unsupported(HttpEvent event) {
    Set<String> accepted = new TreeSet<>();
    router.sources().forEach(s -> accepted.add(s.name()));
    String got = event == null ? "an event that is not an ALB, API Gateway REST or HTTP API request"
        : "a " + event.source + " event";
    return "Function '" + function + "' received " + got + "; it accepts only " + accepted
        + " events. Add a @Trigger for that source (Source.SDK for direct invocation)";
  }

  /**
   * The whole event, refused once it passes {@link #MAX_EVENT_BYTES} (reading at most one byte
   * more). The buffer starts at the size {@code available()} announces, which is exact for the
   * in-memory stream a runtime hands over, so the usual event costs one array of its own size.
   */
  private byte[] readBounded(InputStream input) throws IOException {
    int hint = Math.min(Math.max(input.available(), 0), MAX_EVENT_BYTES);
    byte[] buffer = new byte[hint > 0 ? hint : INITIAL_READ_BYTES];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        int next = input.read(); // whether the stream ends exactly here, before growing
        if (next < 0) {
          return buffer;
        }
        if (length == MAX_EVENT_BYTES) {
          throw new IllegalArgumentException("Function '" + function + "' refused an event larger than "
              + MAX_EVENT_BYTES + " bytes (Lambda's synchronous payload limit)");
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, MAX_EVENT_BYTES));
        buffer[length++] = (byte) next;
        continue;
      }
      int read = input.read(buffer, length, buffer.length - length);
      if (read < 0) {
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
      }
      length += read;
    }
  }

  /** Declares a function's routes; generated adapters call it once, in a static initializer. */
  public static final class Builder {
    private final String function;
    private final List<Route> routes = new ArrayList<>();
    private SdkInvoker sdk;

    private Builder(String function) {
      if (function == null || function.isEmpty()) {
        throw new IllegalArgumentException("function name must not be empty");
      }
      this.function = function;
    }

    /**
     * Adds a route of an API Gateway source, or an ALB route in single-value headers mode.
     *
     * @param method {@code GET}, {@code POST}, ... or {@code ANY}
     * @param path a template: literal segments, {@code {name}}, and {@code {name+}} last
     */
    public Builder route(Source source, String method, String path, HttpInvoker invoker) {
      return route(source, method, path, false, invoker);
    }

    /**
     * Adds a route; {@code multiValueHeaders} declares an ALB target group's
     * {@code lambda.multi_value_headers.enabled} and must be false for other sources.
     */
    public Builder route(Source source, String method, String path, boolean multiValueHeaders, HttpInvoker invoker) {
      if (source == null || source == Source.SDK) {
        throw new IllegalArgumentException(
            "route source must be ALB, API_GATEWAY_REST or API_GATEWAY_HTTP, got " + source + "; use sdk(...) for SDK");
      }
      if (multiValueHeaders && source != Source.ALB) {
        throw new IllegalArgumentException("multiValueHeaders applies to ALB routes only, not " + source);
      }
      if (method == null || !HeaderRules.isToken(method)) {
        throw new IllegalArgumentException("bad HTTP method '" + method + "' for route " + path);
      }
      if (invoker == null) {
        throw new IllegalArgumentException("route " + method + " " + path + " needs an invoker");
      }
      String upper = method.toUpperCase(Locale.ROOT);
      PathTemplate template;
      try {
        template = PathTemplate.parse(path);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("function '" + function + "': " + e.getMessage(), e);
      }
      for (Route other : routes) {
        if (other.source == source && other.method.equals(upper) && other.template.sameShape(template)) {
          throw new IllegalArgumentException("function '" + function + "': route " + source + " " + upper + " "
              + path + " duplicates " + other);
        }
      }
      routes.add(new Route(source, upper, template, multiValueHeaders, invoker));
      return this;
    }

    /** The direct-invoke entry point, for functions that also have an SDK trigger. */
    public Builder sdk(SdkInvoker invoker) {
      if (invoker == null) {
        throw new IllegalArgumentException("sdk invoker must not be null");
      }
      this.sdk = invoker;
      return this;
    }

    public HttpDispatcher build() {
      if (routes.isEmpty() && sdk == null) {
        throw new IllegalArgumentException("function '" + function + "' has neither routes nor an SDK invoker");
      }
      return new HttpDispatcher(function, new Router(List.copyOf(routes)), sdk);
    }
  }

  @Override
  public String toString() {
    return "HttpDispatcher[" + function + ", routes=" + router.sources() + (sdk == null ? "" : ", sdk") + "]";
  }
}
