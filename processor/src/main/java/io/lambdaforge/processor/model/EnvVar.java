package io.lambdaforge.processor.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One environment variable, from {@code @Env(name, value)}.
 *
 * @param name the variable name
 * @param value the value
 */
public record EnvVar(String name, String value) {
  public EnvVar {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** UTF-8 bytes of name plus value, what counts toward Lambda's 4 KB limit. */
  public int size() {
    return name.getBytes(StandardCharsets.UTF_8).length
        + value.getBytes(StandardCharsets.UTF_8).length;
  }
}
