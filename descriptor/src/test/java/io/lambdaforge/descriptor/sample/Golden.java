package io.lambdaforge.descriptor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Comparing never writes a golden file: on a
 * mismatch the actual text goes to {@code <golden>.actual} beside it and the test fails. Blessing
 * is a separate step, {@code scripts/bless-goldens} (see CONTRIBUTING.md), run after reading the
 * diff.
 */
public final class Golden {
  public static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static Path path(String name) {
    return DIR.resolve(name);
  }

  public static void assertMatches(String name, String actual) throws IOException {
    assertMatches(path(name), actual);
  }

  /**
   * Compares {@code actual} with {@code golden}. On a mismatch (or a missing golden) writes {@code
   * actual} to {@code golden + ".actual"} and fails; on a match removes a stale {@code .actual}.
   */
  public static void assertMatches(Path golden, String actual) throws IOException {
    Path actualFile = actualFile(golden);
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      Files.deleteIfExists(actualFile);
      return;
    }
    Files.createDirectories(golden.getParent());
    Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
    assertEquals(expected, actual, "output differs from golden " + golden + "; actual written to "
        + actualFile + " (review the diff, then run scripts/bless-goldens)");
  }

  /** Where a mismatching comparison writes its actual text: beside the golden. */
  public static Path actualFile(Path golden) {
    return golden.resolveSibling(golden.getFileName() + ".actual");
  }
}
