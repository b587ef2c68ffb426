package io.lambdaforge.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import io.lambdaforge.bench.app.OrderReceipt;
import io.lambdaforge.bench.app.OrderRequest;
import io.lambdaforge.bench.baseline.HandWrittenAlbHandler;
import io.lambdaforge.bench.baseline.HandWrittenHttpApiHandler;
import io.lambdaforge.bench.baseline.HandWrittenRestHandler;
import io.lambdaforge.bench.baseline.HandWrittenSdkHandler;
import io.lambdaforge.bench.baseline.ManagedAlbHandler;
import io.lambdaforge.bench.baseline.ManagedHttpApiHandler;
import io.lambdaforge.bench.baseline.ManagedRestHandler;
import io.lambdaforge.bench.baseline.ManagedRuntime;
import io.lambdaforge.bench.baseline.ManagedSdkHandler;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

/**
 * One event source under test: its sample event and, per {@link Variant}, the handler that
 * answers it. The generated adapters are looked up by name (the names the processor gives them),
 * so this module compiles whatever the installed processor generates and fails clearly at run time
 * when an adapter is missing.
 */
public enum Case {
  REST("apigw-v1-proxy-post-java-libs.json", "OrderApi_CreateOrderHandler",
      HandWrittenRestHandler.class, ManagedRestHandler.class),
  HTTP_API("apigw-v2-docs-input-format-example.json", "OrderApi_CreateOrderHandler",
      HandWrittenHttpApiHandler.class, ManagedHttpApiHandler.class),
  ALB("alb-single-value-body-powertools.json", "OrderApi_CreateOrderHandler",
      HandWrittenAlbHandler.class, ManagedAlbHandler.class),
  SDK(null, "OrderApi_PlaceOrderHandler", HandWrittenSdkHandler.class, ManagedSdkHandler.class);

  private static final String APP_PACKAGE = "io.lambdaforge.bench.app.";

  private final String eventFile;
  private final String generated;
  private final Class<? extends RequestStreamHandler> handWritten;
  private final Class<? extends RequestHandler<?, ?>> managed;

  Case(String eventFile, String generated, Class<? extends RequestStreamHandler> handWritten,
      Class<? extends RequestHandler<?, ?>> managed) {
    this.eventFile = eventFile;
    this.generated = APP_PACKAGE + generated;
    this.handWritten = handWritten;
    this.managed = managed;
  }

  /** The file in {@code testdata/events} the event is made from; {@code null} for SDK. */
  public String eventFile() {
    return eventFile;
  }

  /** The event bytes, as Lambda would deliver them; see {@link Events}. */
  public byte[] event() throws IOException {
    return Events.forCase(this);
  }

  /** The class of the handler of {@code variant} (the name Lambda's {@code _HANDLER} would carry). */
  public String handlerClass(Variant variant) {
    return switch (variant) {
      case GENERATED -> generated;
      case HAND_WRITTEN -> handWritten.getName();
      case MANAGED -> managed.getName();
    };
  }

  /** A new handler of {@code variant}, as its runtime would invoke it. */
  public RequestStreamHandler newHandler(Variant variant) {
    return switch (variant) {
      case GENERATED -> instantiate(generated, RequestStreamHandler.class);
      case HAND_WRITTEN -> instantiate(handWritten.getName(), RequestStreamHandler.class);
      case MANAGED -> managedHandler();
    };
  }

  private RequestStreamHandler managedHandler() {
    return switch (this) {
      case REST -> ManagedRuntime.asStreamHandler(
          new ManagedRestHandler(), APIGatewayProxyRequestEvent.class, APIGatewayProxyResponseEvent.class);
      case HTTP_API -> ManagedRuntime.asStreamHandler(
          new ManagedHttpApiHandler(), APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
      case ALB -> ManagedRuntime.asStreamHandler(
          new ManagedAlbHandler(), ApplicationLoadBalancerRequestEvent.class, ApplicationLoadBalancerResponseEvent.class);
      case SDK -> ManagedRuntime.asStreamHandler(new ManagedSdkHandler(), OrderRequest.class, OrderReceipt.class);
    };
  }

  private static <T> T instantiate(String className, Class<T> type) {
    Class<?> found;
    try {
      found = Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(className + " is missing: the installed lambdaforge-processor did not"
          + " generate it. Install a processor that generates HTTP adapters"
          + " (mvn -pl processor install -DskipTests), then rebuild bench", e);
    }
    try {
      return type.cast(found.getConstructor().newInstance());
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot create " + className + ": " + e, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("creating " + className + " failed: " + e.getCause(), e.getCause());
    }
  }
}
