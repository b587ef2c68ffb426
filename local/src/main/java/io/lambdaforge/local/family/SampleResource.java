package io.lambdaforge.local.family;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A family's sample event shipped as a JSON resource beside its class. */
public final class SampleResource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleResource() {}

  /** The JSON object in resource {@code name} of {@code owner}'s package; a missing one is a packaging error. */
  public static ObjectNode read(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
