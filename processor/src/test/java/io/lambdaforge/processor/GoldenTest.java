package io.lambdaforge.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing with a golden never writes it, whatever update/bless property is set. */
class GoldenTest {
  @TempDir Path dir;

  @Test
  void aMismatchWritesTheActualBesideTheGoldenAndFailsLeavingTheGoldenAlone() throws Exception {
    Path golden = Files.writeString(dir.resolve("x.yaml"), "expected\n");
    FileTime before = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(golden, before);
    String[] properties = {"lambdaforge.updateGolden", "lambdaforge.bless"};
    for (String property : properties) {
      System.setProperty(property, "true");
    }
    try {
      assertThrows(AssertionError.class, () -> Golden.assertMatches(golden, "changed\n"));
    } finally {
      for (String property : properties) {
        System.clearProperty(property);
      }
    }
    assertEquals("expected\n", Files.readString(golden, StandardCharsets.UTF_8));
    assertEquals(before, Files.getLastModifiedTime(golden));
    assertEquals("changed\n", Files.readString(dir.resolve("x.yaml.actual"), StandardCharsets.UTF_8));
  }

  @Test
  void aMissingGoldenFailsAndIsNotCreated() throws Exception {
    Path golden = dir.resolve("missing.java");
    assertThrows(AssertionError.class, () -> Golden.assertMatches(golden, "text"));
    assertFalse(Files.exists(golden));
    assertEquals("text", Files.readString(dir.resolve("missing.java.actual"), StandardCharsets.UTF_8));
  }

  @Test
  void aMatchPassesAndRemovesAStaleActual() throws Exception {
    Path golden = Files.writeString(dir.resolve("same.json"), "{}\n");
    Files.writeString(dir.resolve("same.json.actual"), "old");
    Golden.assertMatches(golden, "{}\n");
    assertFalse(Files.exists(dir.resolve("same.json.actual")));
    assertEquals("{}\n", Files.readString(golden, StandardCharsets.UTF_8));
  }
}
