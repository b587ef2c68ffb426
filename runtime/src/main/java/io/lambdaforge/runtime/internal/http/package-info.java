/**
 * Not API; may change without notice. The HTTP source family (ALB, API Gateway REST, HTTP API):
 * its event model ({@code HttpEvent}, {@code EventDecoder}, {@code EventRequest}), its handler
 * ({@code HttpFamily}: source detection, routing, response writing, error mapping), and what
 * generated adapters call: {@link io.lambdaforge.runtime.internal.http.HttpDispatcher} (the
 * builder that composes this family, and the direct-invoke catch-all through the core's registry,
 * into a {@link io.lambdaforge.runtime.internal.core.Dispatch}) and {@link
 * io.lambdaforge.runtime.internal.http.Binder} with {@link
 * io.lambdaforge.runtime.internal.http.Converters} (parameter binding). It does not depend on the
 * SDK family's package.
 *
 * <p>Decoding: each part of a request is decoded exactly once, as its source delivers it. REST and
 * ALB paths arrive encoded and are split on {@code /} then percent-decoded per segment; an HTTP API
 * {@code rawPath} arrives decoded and is not decoded again. REST query maps arrive decoded and are
 * used as they are; ALB query maps and the HTTP API {@code rawQueryString} are decoded here as form
 * data ({@code +} is a space). See docs/sources-and-shapes.md.
 */
package io.lambdaforge.runtime.internal.http;
