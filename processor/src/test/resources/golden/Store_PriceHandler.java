package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.http.Binder;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import io.lambdaforge.runtime.internal.sdk.PayloadReader;
import io.lambdaforge.runtime.internal.sdk.PayloadWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.annotation.processing.Generated;

/**
 * HTTP adapter of function {@code price}: binds each request to the parameters of
 * {@code com.acme.Store#price}, calls it and answers in the format of the request's source.
 *
 * <ul>
 *   <li>{@code ALB POST /price}, multi-value headers off
 *   <li>{@code API_GATEWAY_HTTP POST /price}
 *   <li>direct invoke (SDK): the JSON payload is the input
 * </ul>
 *
 * <p>Lambda handler: {@code com.acme.Store_PriceHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Store_PriceHandler implements RequestStreamHandler {
  private static final Store TARGET = new Store();

  private static final JsonCodec<Store.Quote> BODY_0 = Store_PriceHandlerJson.CODEC_0;

  private static final PayloadReader<Store.Quote> SDK_0 = PayloadReader.of("price", Store_PriceHandlerJson.CODEC_0);

  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("price")
      .route(Source.ALB, "POST", "/price", false, Store_PriceHandler::invoke)
      .route(Source.API_GATEWAY_HTTP, "POST", "/price", Store_PriceHandler::invoke)
      .sdk(Store_PriceHandler::invokeSdk)
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = new Binder(request);
    Store.Quote quote = binder.body(BODY_0);
    binder.check();
    return JsonBody.optional(Store_PriceHandlerJson.CODEC_1, TARGET.price(quote, context));
  }

  private static void invokeSdk(InputStream payload, OutputStream output, Context context) throws
      Exception {
    Store.Quote quote = SDK_0.read(payload);
    PayloadWriter.writeOptional(output, Store_PriceHandlerJson.CODEC_1, TARGET.price(quote, context));
  }
}
