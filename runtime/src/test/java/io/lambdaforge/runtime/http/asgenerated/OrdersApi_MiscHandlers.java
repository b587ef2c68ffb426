package io.lambdaforge.runtime.http.asgenerated;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.Binder;
import io.lambdaforge.runtime.http.Converters;
import io.lambdaforge.runtime.http.HttpDispatcher;
import io.lambdaforge.runtime.http.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Test convenience, not a generator shape: several one-function invokers (each exactly as the
 * generator would write it) behind one dispatcher, to exercise void, {@code HttpResponse},
 * {@code Optional} and {@code HttpRequest} injection on every source.
 */
public final class OrdersApi_MiscHandlers implements RequestStreamHandler {
  private static final OrdersApi TARGET = new OrdersApi();
  private static final HttpDispatcher DISPATCHER = routes(HttpDispatcher.builder("misc")).build();

  static HttpDispatcher.Builder routes(HttpDispatcher.Builder builder) {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      builder.route(source, "DELETE", "/orders/{id}", OrdersApi_MiscHandlers::deleteOrder)
          .route(source, "GET", "/orders/{id}/receipt", OrdersApi_MiscHandlers::receipt)
          .route(source, "GET", "/lookup/{key}", OrdersApi_MiscHandlers::lookup)
          .route(source, "ANY", "/whoami", OrdersApi_MiscHandlers::whoami);
    }
    return builder;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object deleteOrder(HttpRequest request, Context context) throws Exception {
    Binder binder = request.binder();
    UUID id = binder.path("id", Converters.UUID);
    binder.check();
    TARGET.deleteOrder(id);
    return null;
  }

  private static Object receipt(HttpRequest request, Context context) throws Exception {
    Binder binder = request.binder();
    UUID id = binder.path("id", Converters.UUID);
    binder.check();
    return TARGET.receipt(id);
  }

  private static Object lookup(HttpRequest request, Context context) throws Exception {
    Binder binder = request.binder();
    String key = binder.path("key", Converters.STRING);
    binder.check();
    return TARGET.lookup(key);
  }

  private static Object whoami(HttpRequest request, Context context) throws Exception {
    return TARGET.whoami(request);
  }
}
