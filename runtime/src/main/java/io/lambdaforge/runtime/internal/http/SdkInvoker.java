package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.runtime.internal.core.StreamInvoker;

/**
 * The direct-invoke (SDK/CLI) entry point of a generated adapter whose function also has an SDK
 * trigger: {@link HttpDispatcher.Builder#sdk(SdkInvoker)} takes it. {@code payload} streams the
 * event bytes exactly as Lambda delivered them (already read and size-checked by the dispatcher);
 * the invoker writes the raw result. Exceptions propagate unchanged, so Lambda reports them as
 * function errors.
 *
 * <p>A name kept for the generated code's sake: the shape is the core's {@link StreamInvoker}, and
 * the SDK family ({@code internal.sdk.DirectInvoke}) runs it, so this package does not depend on
 * that one.
 *
 * <pre>{@code
 * private static void invokeSdk(InputStream payload, OutputStream output, Context context) throws Exception {
 *   PayloadWriter.write(output, TARGET.hello(SDK_0.read(payload)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SdkInvoker extends StreamInvoker {}
