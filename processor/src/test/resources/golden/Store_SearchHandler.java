package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import io.lambdaforge.runtime.internal.http.Binder;
import io.lambdaforge.runtime.internal.http.Converter;
import io.lambdaforge.runtime.internal.http.Converters;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * HTTP adapter of function {@code search}: binds each request to the parameters of
 * {@code com.acme.Store#search}, calls it and answers in the format of the request's source.
 *
 * <ul>
 *   <li>{@code ALB GET /orders}, multi-value headers on
 * </ul>
 *
 * <p>Lambda handler: {@code com.acme.Store_SearchHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Store_SearchHandler implements RequestStreamHandler {
  private static final Store TARGET = new Store();

  private static final Converter<Store.Status> ENUM_0 = Converters.enumOf(Store.Status.class);

  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("search")
      .route(Source.ALB, "GET", "/orders", true, Store_SearchHandler::invoke)
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = new Binder(request);
    List<String> tags = binder.queryList("tag", Converters.STRING);
    int limit = binder.query("limit", Converters.INT);
    List<Store.Status> statuses = binder.headerList("x-status", ENUM_0);
    Boolean shipped = binder.query("shipped", Converters.BOOLEAN);
    binder.check();
    return JsonBody.of(Store_SearchHandlerJson.CODEC_0, TARGET.search(tags, limit, statuses, shipped));
  }
}
