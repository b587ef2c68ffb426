package io.lambdaforge.runtime.http.asgenerated;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.Binder;
import io.lambdaforge.runtime.http.Converters;
import io.lambdaforge.runtime.http.HttpDispatcher;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * Reference for {@code @Body} with a JSON type and a required header, for
 *
 * <pre>{@code
 * @Function(triggers = {
 *     @Trigger(source = Source.API_GATEWAY_HTTP, method = "POST", path = "/orders"),
 *     @Trigger(source = Source.ALB, method = "POST", path = "/orders", priority = 11, multiValueHeaders = true)})
 * public HttpResponse<Order> createOrder(@Body CreateOrder body, @HeaderParam("x-tenant-id") String tenant)
 * }</pre>
 *
 * One static {@code ObjectReader} per body type, built from a {@code TypeReference} so generic
 * types ({@code List<CreateOrder>}) work too. Body kinds: {@code binder.body(READER)} (JSON),
 * {@code binder.optionalBody(READER)} ({@code Optional<T>}), {@code binder.bodyString()},
 * {@code binder.bodyBytes()}, {@code binder.bodyStream()}. A parameter of type
 * {@code HttpRequest} is passed {@code request}; a {@code Context} parameter {@code context}.
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class OrdersApi_CreateOrderHandler implements RequestStreamHandler {
  private static final OrdersApi TARGET = new OrdersApi();
  private static final ObjectReader BODY_0 = Json.mapper().readerFor(new TypeReference<OrdersApi.CreateOrder>() {});
  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("createOrder")
      .route(Source.API_GATEWAY_HTTP, "POST", "/orders", OrdersApi_CreateOrderHandler::invoke)
      .route(Source.ALB, "POST", "/orders", true, OrdersApi_CreateOrderHandler::invoke)
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = request.binder();
    OrdersApi.CreateOrder body = binder.body(BODY_0);
    String tenant = binder.header("x-tenant-id", Converters.STRING);
    binder.check();
    return TARGET.createOrder(body, tenant);
  }
}
