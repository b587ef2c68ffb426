package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lambdaforge.runtime.internal.json.Json;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Databind under the shared configuration, for what a generated codec does not accept. Only this
 * class (and {@link Json}) touch databind on the codec paths, and only when called: an adapter
 * whose requests its codecs read never loads {@code ObjectMapper}.
 */
public final class Fallback {
  private static final Map<JsonCodec<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

  private Fallback() {}

  /** The databind reader of {@code codec}'s type, built on first use. */
  public static ObjectReader reader(JsonCodec<?> codec) {
    return READERS.computeIfAbsent(codec, c -> Json.readerFor(c.type()));
  }

  /** The shared databind writer. */
  public static ObjectWriter writer() {
    return Json.writer();
  }
}
