package io.lambdaforge.runtime.internal.sdk;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.StreamInvoker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * The SDK family's handler: a direct invocation (SDK, CLI, another service's {@code Invoke}) whose
 * payload is any JSON, so it claims every event and is composed as the catch-all. The generated
 * invoker reads the payload and writes the result; its exceptions propagate unchanged (a checked
 * one through {@link Rethrow}), so Lambda reports them as function errors
 * (https://docs.aws.amazon.com/lambda/latest/dg/java-exceptions.html).
 */
public final class DirectInvoke implements EventHandler {
  /** The trigger that gives a function this catch-all, for a refused event's message. */
  public static final String TRIGGER_HINT = "Source.SDK for direct invocation";

  private final StreamInvoker invoker;

  public DirectInvoke(StreamInvoker invoker) {
    if (invoker == null) {
      throw new IllegalArgumentException("sdk invoker must not be null");
    }
    this.invoker = invoker;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    try {
      invoker.invoke(new ByteArrayInputStream(event, 0, length), output, context);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw Rethrow.unchecked(e);
    }
    return true;
  }

  @Override
  public Collection<String> sources() {
    return List.of(Source.SDK.name());
  }

  @Override
  public String recognise(byte[] event, int length) {
    return null; // claims every event, so never asked to name one
  }

  @Override
  public String kinds() {
    return "a direct-invoke payload";
  }
}
