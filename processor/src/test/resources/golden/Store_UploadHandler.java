package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.http.Binder;
import io.lambdaforge.runtime.internal.http.Converter;
import io.lambdaforge.runtime.internal.http.Converters;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import javax.annotation.processing.Generated;

/**
 * HTTP adapter of function {@code upload}: binds each request to the parameters of
 * {@code com.acme.Store#upload}, calls it and answers in the format of the request's source.
 *
 * <ul>
 *   <li>{@code API_GATEWAY_HTTP PUT /files/{path+}}
 * </ul>
 *
 * <p>Lambda handler: {@code com.acme.Store_UploadHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Store_UploadHandler implements RequestStreamHandler {
  private static final Store TARGET = new Store();

  private static final Converter<Store.Status> ENUM_0 = Converters.enumOf(Store.Status.class);

  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("upload")
      .route(Source.API_GATEWAY_HTTP, "PUT", "/files/{path+}", Store_UploadHandler::invoke)
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = new Binder(request);
    String path = binder.path("path", Converters.STRING);
    byte[] binder_ = binder.bodyBytes();
    Instant request_ = binder.query("at", Converters.INSTANT);
    Store.Status TARGET_ = binder.header("x-status", ENUM_0);
    binder.check();
    TARGET.upload(path, binder_, request_, TARGET_);
    return null;
  }
}
