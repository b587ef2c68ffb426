package io.lambdaforge.bench.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {
  private static final Pattern FUNCTION = Pattern.compile("@Function\\(");

  @Test
  void writesExactlyNFunctionsInClassesOfTen(@TempDir Path dir) throws IOException {
    List<Path> files = SourceTree.write(dir, 25);
    assertEquals(3, files.size());
    long functions = 0;
    for (Path f : files) {
      functions += FUNCTION.matcher(Files.readString(f)).results().count();
    }
    assertEquals(25, functions);
  }

  @Test
  void functionNamesAndAlbPrioritiesAreUniqueAcrossClasses(@TempDir Path dir) throws IOException {
    String all = String.join("\n", SourceTree.write(dir, 40).stream().map(SourceTreeTest::read).toList());
    List<String> names = Pattern.compile("public Item (\\w+)\\(").matcher(all).results().map(m -> m.group(1)).toList();
    List<String> priorities = Pattern.compile("priority = (\\d+)").matcher(all).results().map(m -> m.group(1)).toList();
    assertEquals(40, names.size());
    assertEquals(names.size(), names.stream().distinct().count());
    assertEquals(priorities.size(), priorities.stream().distinct().count());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
