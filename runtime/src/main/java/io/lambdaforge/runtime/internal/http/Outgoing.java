package io.lambdaforge.runtime.internal.http;

import java.util.List;

/**
 * A response ready to be written in any source's format: validated header lines (in order,
 * {@code Set-Cookie} excluded), {@code Set-Cookie} values, and the body as the JSON string to send
 * (base64 text when {@code base64}).
 */
record Outgoing(int status, List<String[]> headers, List<String> cookies, String body, boolean base64) {}
