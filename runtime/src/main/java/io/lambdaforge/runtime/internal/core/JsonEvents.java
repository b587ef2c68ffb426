package io.lambdaforge.runtime.internal.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Not API. The steps a family handler that binds a whole JSON event to one type and calls one user
 * method repeats: read the event as a JSON object, bind it, and call the method so that its
 * exceptions propagate as the function error Lambda reports.
 */
public final class JsonEvents {
  private JsonEvents() {}

  /** A user method's call: what the generated invoker runs. */
  @FunctionalInterface
  public interface Call<T> {
    T call() throws Exception;
  }

  /** {@code event} as a JSON object, or null when it is not JSON or not an object. */
  public static ObjectNode object(ObjectMapper mapper, byte[] event, int length) {
    JsonNode node;
    try {
      node = mapper.readTree(event, 0, length);
    } catch (IOException e) {
      return null;
    }
    return node instanceof ObjectNode object ? object : null;
  }

  /**
   * {@code tree} bound to {@code type}; an event that does not fit is an {@link
   * IllegalArgumentException} "function '{@code function}': {@code mismatch}: why".
   */
  public static <T> T bind(ObjectMapper mapper, ObjectNode tree, Class<T> type, String function, String mismatch) {
    try {
      return mapper.treeToValue(tree, type);
    } catch (IOException e) {
      throw new IllegalArgumentException("function '" + function + "': " + mismatch + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code call}: unchecked and I/O exceptions propagate as they are, other checked ones wrapped. */
  public static <T> T call(Call<T> call) throws IOException {
    try {
      return call.call();
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
