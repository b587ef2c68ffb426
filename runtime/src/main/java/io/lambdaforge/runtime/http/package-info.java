/**
 * The HTTP layer generated adapters call: {@link io.lambdaforge.runtime.http.HttpDispatcher}
 * (event decoding, source detection, routing, response writing, error mapping),
 * {@link io.lambdaforge.runtime.http.Binder} with {@link io.lambdaforge.runtime.http.Converters}
 * (parameter binding), {@link io.lambdaforge.runtime.http.HttpRequest} (the request view a
 * function may inject), {@link io.lambdaforge.runtime.http.HttpResponse} and
 * {@link io.lambdaforge.runtime.http.HttpException} (explicit responses and errors).
 *
 * <p>Decoding decisions: REST values arrive decoded and are used as-is; ALB query values and
 * HTTP API {@code rawQueryString} are percent-decoded as form data ({@code +} is a space, as API
 * Gateway REST does); ALB and HTTP API path segments are percent-decoded ({@code +} literal).
 */
package io.lambdaforge.runtime.http;
