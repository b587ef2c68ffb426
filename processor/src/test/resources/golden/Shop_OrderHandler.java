package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.core.Priming;
import io.lambdaforge.runtime.internal.core.PrimingContext;
import io.lambdaforge.runtime.internal.http.Binder;
import io.lambdaforge.runtime.internal.http.Converter;
import io.lambdaforge.runtime.internal.http.Converters;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import io.lambdaforge.runtime.internal.http.SyntheticEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * HTTP adapter of function {@code order}: binds each request to the parameters of
 * {@code com.acme.Shop#order}, calls it and answers in the format of the request's source.
 *
 * <ul>
 *   <li>{@code API_GATEWAY_REST POST /shops/{shop}/orders}
 *   <li>{@code API_GATEWAY_HTTP POST /shops/{shop}/orders}
 *   <li>{@code ALB POST /shops/{shop}/orders}, multi-value headers on
 * </ul>
 *
 * <p>Lambda handler: {@code com.acme.Shop_OrderHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Shop_OrderHandler implements RequestStreamHandler {
  private static final Converter<Shop.Colour> ENUM_0 = Converters.enumOf(Shop.Colour.class);

  private static final JsonCodec<Shop.Order> BODY_0 = Shop_OrderHandlerJson.CODEC_0;

  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("order")
      .route(Source.API_GATEWAY_REST, "POST", "/shops/{shop}/orders", Shop_OrderHandler::invoke)
      .route(Source.API_GATEWAY_HTTP, "POST", "/shops/{shop}/orders", Shop_OrderHandler::invoke)
      .route(Source.ALB, "POST", "/shops/{shop}/orders", true, Shop_OrderHandler::invoke)
      .build();

  private static final Priming PRIMING = Priming.register("order", Shop_OrderHandler::prime, Shop::warmUp);

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = new Binder(request);
    int shop = binder.path("shop", Converters.INT);
    Optional<Shop.Colour> colour = binder.optionalQuery("colour", ENUM_0);
    UUID requestId = binder.header("x-request-id", Converters.UUID);
    String session = binder.cookie("session", Converters.STRING);
    List<LocalDate> days = binder.queryList("day", Converters.LOCAL_DATE);
    Shop.Order order = binder.body(BODY_0);
    binder.check();
    if (context == PrimingContext.INSTANCE) {
      // SnapStart priming: a sample result, never the function's method
      return JsonBody.sample(Shop_OrderHandlerJson.CODEC_1, "{\"orderId\":\"a\",\"totalCents\":1,\"colour\":\"RED\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"a\"]}]}");
    }
    return JsonBody.of(Shop_OrderHandlerJson.CODEC_1, Shop.order(shop, colour, requestId, session, days, order));
  }

  /**
   * SnapStart priming: runs before the snapshot, never calls the function's method.
   */
  private static void prime(Priming.Run run) {
    run.step("API_GATEWAY_REST POST /shops/{shop}/orders", () -> DISPATCHER.prime(
        SyntheticEvent.of(Source.API_GATEWAY_REST, "POST", "/shops/1/orders")
            .query("colour", Shop.Colour.class.getEnumConstants()[0].name())
            .header("x-request-id", "00000000-0000-0000-0000-000000000001")
            .cookie("session", "a")
            .query("day", "1970-01-01")
            .body("application/json", "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"a\"]}],\"notes\":{\"key\":1},\"due\":\"1970-01-01\",\"comment\":\"a\",\"rush\":true}")));
    run.step("API_GATEWAY_HTTP POST /shops/{shop}/orders", () -> DISPATCHER.prime(
        SyntheticEvent.of(Source.API_GATEWAY_HTTP, "POST", "/shops/1/orders")
            .query("colour", Shop.Colour.class.getEnumConstants()[0].name())
            .header("x-request-id", "00000000-0000-0000-0000-000000000001")
            .cookie("session", "a")
            .query("day", "1970-01-01")
            .body("application/json", "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"a\"]}],\"notes\":{\"key\":1},\"due\":\"1970-01-01\",\"comment\":\"a\",\"rush\":true}")));
    run.step("ALB POST /shops/{shop}/orders", () -> DISPATCHER.prime(
        SyntheticEvent.of(Source.ALB, "POST", "/shops/1/orders")
            .albMultiValue()
            .query("colour", Shop.Colour.class.getEnumConstants()[0].name())
            .header("x-request-id", "00000000-0000-0000-0000-000000000001")
            .cookie("session", "a")
            .query("day", "1970-01-01")
            .body("application/json", "{\"id\":\"00000000-0000-0000-0000-000000000001\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"colour\":\"RED\",\"tags\":[\"a\"]}],\"notes\":{\"key\":1},\"due\":\"1970-01-01\",\"comment\":\"a\",\"rush\":true}")));
  }
}
