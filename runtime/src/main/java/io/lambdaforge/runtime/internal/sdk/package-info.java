/**
 * Not API; may change without notice. The SDK source family: direct (SDK/CLI) invocation. Its
 * handler {@link io.lambdaforge.runtime.internal.sdk.DirectInvoke} is the catch-all an HTTP adapter
 * with an SDK trigger composes; the rest reads the JSON payload into the function's parameter type
 * and writes its result as JSON. It does not depend on the HTTP family's package.
 * Generated code calls {@link io.lambdaforge.runtime.internal.sdk.PayloadReader}, {@link
 * io.lambdaforge.runtime.internal.sdk.PayloadWriter} and {@link
 * io.lambdaforge.runtime.internal.sdk.Rethrow}; nothing here uses reflection at invocation time.
 */
package io.lambdaforge.runtime.internal.sdk;
