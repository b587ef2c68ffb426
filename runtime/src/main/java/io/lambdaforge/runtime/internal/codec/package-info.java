/**
 * Not API; may change without notice. Support for the JSON codecs the processor generates at
 * compile time: {@link io.lambdaforge.runtime.internal.codec.JsonCodec} (what a generated codec
 * implements), {@link io.lambdaforge.runtime.internal.codec.Tokens} (the scalar reads and writes
 * it calls), {@link io.lambdaforge.runtime.internal.codec.Streams} (the runtime's one {@code
 * JsonFactory}, with the read limits of docs/security.md) and {@link
 * io.lambdaforge.runtime.internal.codec.Fallback} (databind, for what a codec does not accept).
 * Nothing here loads a {@code com.fasterxml.jackson.databind} class until the fallback is used.
 */
package io.lambdaforge.runtime.internal.codec;
