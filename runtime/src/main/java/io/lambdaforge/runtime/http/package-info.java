/**
 * What a function compiles against: {@link io.lambdaforge.runtime.http.HttpRequest} (the decoded
 * request a function may inject), {@link io.lambdaforge.runtime.http.HttpResponse} (an explicit
 * status, headers, cookies and body, with factories such as {@code created(location, body)},
 * {@code seeOther(location)} and {@code noContent()}) and
 * {@link io.lambdaforge.runtime.http.HttpException} (an error status and message). This is the
 * public HTTP API of the runtime; docs/responses-and-errors.md shows it in use.
 *
 * <p>Everything generated adapters call (event decoding, routing, binding, response writing) lives
 * in {@code io.lambdaforge.runtime.internal.http}, which is not API.
 */
package io.lambdaforge.runtime.http;
