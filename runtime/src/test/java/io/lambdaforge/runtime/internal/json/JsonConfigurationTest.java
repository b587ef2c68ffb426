package io.lambdaforge.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The shared Jackson configuration cannot be changed by anyone who uses it. */
class JsonConfigurationTest {
  record Point(int x) {}

  @Test
  void theSharedMapperIsNeverHandedOut() {
    for (Method method : Json.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == ObjectMapper.class) {
        assertEquals("copy", method.getName(), "only copies of the mapper leave Json: " + method);
      }
    }
    assertTrue(Json.copy() != Json.copy(), "each copy is a new mapper");
  }

  @Test
  void reconfiguringACopyDoesNotReachTheSharedReaders() throws Exception {
    ObjectMapper copy = Json.copy();
    copy.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThrows(UnrecognizedPropertyException.class, () -> copy.readValue("{\"x\":1,\"y\":2}", Point.class));
    Point point = Json.readerFor(Point.class).readValue("{\"x\":1,\"y\":2}");
    assertEquals(new Point(1), point, "unknown properties are still ignored by the shared configuration");
    assertEquals(new Point(3), Json.copy().readValue("{\"x\":3,\"y\":2}", Point.class), "a fresh copy is unchanged");
  }
}
