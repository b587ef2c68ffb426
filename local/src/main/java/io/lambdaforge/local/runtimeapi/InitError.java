package io.lambdaforge.local.runtimeapi;

import java.nio.charset.StandardCharsets;

/**
 * What the runtime posted to {@code /runtime/init/error}.
 *
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header (e.g. {@code
 *     Runtime.NoSuchHandler}), or null when absent
 * @param body the error document as posted
 */
public record InitError(String errorType, byte[] body) {
  /** The body as UTF-8 text. */
  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
