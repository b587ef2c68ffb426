package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The direct-invoke (SDK/CLI) entry point of a generated adapter whose function also has an SDK
 * trigger. {@code payload} streams the event bytes exactly as Lambda delivered them (already read
 * and size-checked by the dispatcher); the invoker writes the raw result. Exceptions propagate
 * unchanged, so Lambda reports them as function errors.
 *
 * <pre>{@code
 * private static void invokeSdk(InputStream payload, OutputStream output, Context context) throws Exception {
 *   PayloadWriter.write(output, TARGET.hello(SDK_0.read(payload)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SdkInvoker {
  /** Handles one direct invocation. */
  void invoke(InputStream payload, OutputStream output, Context context) throws Exception;
}
