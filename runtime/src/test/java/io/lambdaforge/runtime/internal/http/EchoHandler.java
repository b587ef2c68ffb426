package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A catch-all function that returns what it saw of the request, for every source. */
final class EchoHandler implements RequestStreamHandler {
  private final HttpDispatcher dispatcher;

  EchoHandler(boolean albMultiValue) {
    HttpDispatcher.Builder builder = HttpDispatcher.builder("echo");
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST}) {
      builder.route(source, "ANY", "/", EchoHandler::echo).route(source, "ANY", "/{proxy+}", EchoHandler::echo);
    }
    builder.route(Source.ALB, "ANY", "/", albMultiValue, EchoHandler::echo)
        .route(Source.ALB, "ANY", "/{proxy+}", albMultiValue, EchoHandler::echo);
    dispatcher = builder.build();
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    dispatcher.handle(input, output, context);
  }

  static Object echo(HttpRequest request, Context context) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", request.source().name());
    out.put("method", request.method());
    out.put("path", request.path());
    out.put("proxy", request.pathParam("proxy"));
    out.put("query", request.queryParams());
    out.put("headers", request.headers());
    out.put("cookies", request.cookies());
    out.put("body", Base64.getEncoder().encodeToString(request.body()));
    out.put("bodyText", request.bodyAsString());
    out.put("remoteAddress", request.remoteAddress());
    out.put("requestId", request.requestId());
    out.put("stage", request.stage());
    out.put("claims", request.claims());
    out.put("authorizer", request.authorizer());
    return out;
  }
}
