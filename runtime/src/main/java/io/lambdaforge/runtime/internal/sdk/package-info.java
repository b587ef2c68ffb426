/**
 * Not API; may change without notice. Runtime support for direct (SDK/CLI) invoke adapters:
 * reading the JSON payload into the function's parameter type and writing its result as JSON.
 * Generated code calls {@link io.lambdaforge.runtime.internal.sdk.PayloadReader}, {@link
 * io.lambdaforge.runtime.internal.sdk.PayloadWriter} and {@link
 * io.lambdaforge.runtime.internal.sdk.Rethrow}; nothing here uses reflection at invocation time.
 */
package io.lambdaforge.runtime.internal.sdk;
