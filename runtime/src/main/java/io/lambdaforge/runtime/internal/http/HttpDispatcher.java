package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.internal.core.Dispatch;
import io.lambdaforge.runtime.internal.core.EventBytes;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.Families;
import io.lambdaforge.runtime.internal.core.PrimingContext;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 *
 * <p>This class is the HTTP family's face to the generated code (whose calls must not change): the
 * builder composes, once, the core {@link Dispatch} of this family's {@link HttpFamily} and, when
 * the function has an SDK trigger, the direct-invoke catch-all the registry ({@link Families})
 * supplies; {@link #handle} only delegates.
 */
public final class HttpDispatcher {
  /** Largest event accepted, Lambda's 6 MB synchronous invocation payload limit. */
  public static final int MAX_EVENT_BYTES = EventBytes.MAX_EVENT_BYTES;

  private final Dispatch dispatch;
  private final String description;

  private HttpDispatcher(Dispatch dispatch, String description) {
    this.dispatch = dispatch;
    this.description = description;
  }

  /** Starts a dispatcher for the function named {@code functionName} (used in logs and errors). */
  public static Builder builder(String functionName) {
    return new Builder(functionName);
  }

  /** Handles one invocation; the body of a generated {@code handleRequest}. */
  public void handle(InputStream input, OutputStream output, Context context) throws IOException {
    dispatch.handle(input, output, context);
  }

  /**
   * Handles one synthetic event with the priming context, as the adapter's generated priming does
   * for each route (the adapter's invoker, seeing that context, answers a sample result instead of
   * calling the user's method), and returns the status it answered;
   * a status of 400 or more (a sample the route refused) throws, naming the event and the answer,
   * so the priming run logs it.
   */
  public int prime(SyntheticEvent event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(event.bytes()), out, PrimingContext.INSTANCE);
    int status = 0;
    try (JsonParser p = new JsonFactory().createParser(out.toByteArray())) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("statusCode")) {
            status = p.getIntValue();
          }
          p.skipChildren();
        }
      }
    }
    if (status < 200 || status >= 400) {
      throw new IllegalStateException(event + " answered " + status + ": " + out.toString(StandardCharsets.UTF_8));
    }
    return status;
  }

  /** Declares a function's routes; generated adapters call it once, in a static initializer. */
  public static final class Builder {
    private final String function;
    private final List<Route> routes = new ArrayList<>();
    private SdkInvoker sdk;
    private CorsPolicy cors;
    private boolean eventOutlivesInvocation;

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
      if (source == null || !Families.of(source).equals(HttpDispatcher.class.getPackageName())) {
        throw new IllegalArgumentException(
            "route source must be ALB, API_GATEWAY_REST, API_GATEWAY_HTTP or FUNCTION_URL, got " + source + "; use sdk(...) for SDK");
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

    /**
     * The function's {@code @Cors}: applied to API Gateway REST responses and to ALB requests,
     * whose preflight the function answers; HTTP APIs and function URLs apply their own.
     */
    public Builder cors(String[] allowOrigins, String[] allowMethods, String[] allowHeaders,
        String[] exposeHeaders, int maxAgeSeconds, boolean allowCredentials) {
      this.cors = new CorsPolicy(allowOrigins, allowMethods, allowHeaders, exposeHeaders,
          maxAgeSeconds, allowCredentials);
      return this;
    }

    /**
     * Declares that a route's method takes the request view ({@code HttpRequest}), or the SDK
     * method the raw payload stream, which the method may keep past its invocation: each event then
     * gets an array of its own instead of the buffer the dispatch reuses (see {@link Dispatch}).
     * Generated adapters call it only for such functions.
     */
    public Builder eventOutlivesInvocation() {
      this.eventOutlivesInvocation = true;
      return this;
    }

    public HttpDispatcher build() {
      if (routes.isEmpty() && sdk == null) {
        throw new IllegalArgumentException("function '" + function + "' has neither routes nor an SDK invoker");
      }
      HttpFamily http = new HttpFamily(function, new Router(List.copyOf(routes)), cors, !eventOutlivesInvocation);
      EventHandler catchAll = sdk == null ? null : Families.directInvoke(sdk);
      Dispatch dispatch = Dispatch.of(function, List.of(http), catchAll, eventOutlivesInvocation);
      return new HttpDispatcher(dispatch,
          "HttpDispatcher[" + function + ", routes=" + http.routed() + (sdk == null ? "" : ", sdk") + "]");
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
