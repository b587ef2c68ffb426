package io.lambdaforge.descriptor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run with
 * {@code -Dlambdaforge.updateGolden=true} to rewrite them after an intended change.
 */
public final class Golden {
  public static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static Path path(String name) {
    return DIR.resolve(name);
  }

  public static void assertMatches(String name, String actual) throws IOException {
    Path file = path(name);
    if (Boolean.getBoolean("lambdaforge.updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "output differs from golden " + file + " (rerun with -Dlambdaforge.updateGolden=true"
            + " if the change is intended)");
  }
}
