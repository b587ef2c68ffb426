package io.lambdaforge.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths the examples' tests share: the module directory, the shared sample events, the repository root. */
final class TestFiles {
  private TestFiles() {}

  /** The examples module directory (Surefire's working directory). */
  static Path moduleDir() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
  }

  /** The repository root, which holds README.md and docs/. */
  static Path repositoryRoot() {
    return moduleDir().resolve("..").normalize();
  }

  /** A real sample event from {@code testdata/events}, which in the repository. */
  static Path sharedEvent(String name) {
    Path file = moduleDir().resolve("../testdata/events").resolve(name).normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("missing sample event " + file
          + "; the repository is incomplete");
    }
    return file;
  }

  /** A shared sample event, parsed for editing. */
  static ObjectNode sharedEventJson(String name) {
    try {
      return (ObjectNode) Json.reader().readTree(java.nio.file.Files.readAllBytes(sharedEvent(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class output the build wrote, target/classes. */
  static Path classOutput() {
    return moduleDir().resolve("target/classes");
  }
}
