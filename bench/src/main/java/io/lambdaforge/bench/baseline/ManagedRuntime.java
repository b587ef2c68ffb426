package io.lambdaforge.bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The managed Java runtime's POJO path, in process: what AWS's runtime interface client
 * (aws-lambda-java-runtime-interface-client 2.10.1, {@code EventHandlerLoader}) does around a
 * {@link RequestHandler}. A type that aws-lambda-java-serialization lists as a Lambda event
 * ({@code LambdaEventSerializers.isLambdaSupportedEvent}, e.g. {@code APIGatewayProxyRequestEvent})
 * gets its event serializer with mix-ins; any other type ({@code APIGatewayV2HTTPEvent},
 * {@code ApplicationLoadBalancerRequestEvent}, user POJOs) gets {@code JacksonFactory}'s. The
 * input is read from the stream, the handler called, the output written to the stream.
 */
public final class ManagedRuntime {
  private ManagedRuntime() {}

  /** {@code handler} wrapped as the runtime wraps it, serializers resolved once. */
  public static <I, O> RequestStreamHandler asStreamHandler(
      RequestHandler<I, O> handler, Class<I> inputType, Class<O> outputType) {
    PojoSerializer<I> in = serializerFor(inputType);
    PojoSerializer<O> out = serializerFor(outputType);
    return (InputStream input, OutputStream output, Context context) ->
        out.toJson(handler.handleRequest(in.fromJson(input), context), output);
  }

  static <T> PojoSerializer<T> serializerFor(Class<T> type) {
    if (LambdaEventSerializers.isLambdaSupportedEvent(type.getName())) {
      return LambdaEventSerializers.serializerFor(type, ManagedRuntime.class.getClassLoader());
    }
    return JacksonFactory.getInstance().getSerializer(type);
  }
}
