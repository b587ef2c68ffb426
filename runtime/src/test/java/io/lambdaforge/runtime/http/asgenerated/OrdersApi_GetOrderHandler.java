package io.lambdaforge.runtime.http.asgenerated;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.Binder;
import io.lambdaforge.runtime.http.Converter;
import io.lambdaforge.runtime.http.Converters;
import io.lambdaforge.runtime.http.HttpDispatcher;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.sdk.PayloadReader;
import io.lambdaforge.runtime.sdk.PayloadWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * THE REFERENCE for the generator: exactly what FunctionProcessor should emit for
 *
 * <pre>{@code
 * @Function(triggers = {
 *     @Trigger(source = Source.API_GATEWAY_HTTP, method = "GET", path = "/orders/{id}"),
 *     @Trigger(source = Source.API_GATEWAY_REST, method = "GET", path = "/orders/{id}"),
 *     @Trigger(source = Source.ALB, method = "GET", path = "/orders/{id}", priority = 10),
 *     @Trigger(source = Source.SDK)})
 * public Order getOrder(@PathParam("id") UUID id, @QueryParam("limit") int limit,
 *     @HeaderParam("x-tenant-id") Optional<String> tenant, @QueryParam("tag") List<String> tags,
 *     @QueryParam("status") Optional<Status> status, @QueryParam("since") LocalDate since,
 *     @HeaderParam("x-express") boolean express, @CookieParam("session") Optional<String> session)
 * }</pre>
 *
 * Rules shown here: one static converter per enum type, one binder call per parameter in
 * declaration order, {@code check()} before the call. Defaults: the generator passes a default
 * only where the model has one (here {@code limit = 20}, {@code express = false} and a
 * {@code null} for the nullable {@code LocalDate}); a primitive without a default is
 * {@code binder.query("limit", Converters.INT)} and is required (400 when missing). See
 * {@link OrdersApi_CreateOrderHandler} for {@code @Body}, {@code HttpRequest} injection and void
 * methods. The SDK trigger (a different parameter list, here {@code hello(Hello)} for brevity) uses
 * the SDK helpers' {@code PayloadReader}/{@code PayloadWriter}.
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class OrdersApi_GetOrderHandler implements RequestStreamHandler {
  private static final OrdersApi TARGET = new OrdersApi();
  private static final Converter<OrdersApi.Status> ENUM_0 =
      Converters.enumOf(OrdersApi.Status.class);
  private static final PayloadReader<OrdersApi.Hello> SDK_0 = PayloadReader.of("getOrder", OrdersApi.Hello.class);
  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("getOrder")
      .route(Source.API_GATEWAY_HTTP, "GET", "/orders/{id}", OrdersApi_GetOrderHandler::invoke)
      .route(Source.API_GATEWAY_REST, "GET", "/orders/{id}", OrdersApi_GetOrderHandler::invoke)
      .route(Source.ALB, "GET", "/orders/{id}", false, OrdersApi_GetOrderHandler::invoke)
      .sdk(OrdersApi_GetOrderHandler::invokeSdk)
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = request.binder();
    UUID id = binder.path("id", Converters.UUID);
    int limit = binder.query("limit", Converters.INT, 20);
    Optional<String> tenant = binder.optionalHeader("x-tenant-id", Converters.STRING);
    List<String> tags = binder.queryList("tag", Converters.STRING);
    Optional<OrdersApi.Status> status = binder.optionalQuery("status", ENUM_0);
    LocalDate since = binder.query("since", Converters.LOCAL_DATE, null);
    boolean express = binder.header("x-express", Converters.BOOLEAN, false);
    Optional<String> session = binder.optionalCookie("session", Converters.STRING);
    binder.check();
    return TARGET.getOrder(id, limit, tenant, tags, status, since, express, session);
  }

  private static void invokeSdk(InputStream payload, OutputStream output, Context context) throws Exception {
    OrdersApi.Hello in = SDK_0.read(payload);
    PayloadWriter.write(output, TARGET.hello(in));
  }
}
