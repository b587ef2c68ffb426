package io.lambdaforge.local.runtimeapi;

import java.nio.charset.StandardCharsets;

/**
 * How the runtime answered one invocation.
 *
 * @param requestId the {@code Lambda-Runtime-Aws-Request-Id} it was given
 * @param error true when the runtime posted to {@code /error} (or the response was rejected as too
 *     large, or the runtime's init failed)
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header of an error (e.g. {@code
 *     Runtime.UserException}), {@code Function.ResponseSizeTooLarge} for an oversized response;
 *     null for a success or when the runtime sent no header
 * @param body the posted bytes: the function output, or the error document
 */
public record InvocationOutcome(String requestId, boolean error, String errorType, byte[] body) {
  static final String RESPONSE_TOO_LARGE = "Function.ResponseSizeTooLarge";

  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
