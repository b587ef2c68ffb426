package io.lambdaforge.processor.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** When cfn-lint is missing: a failure under CI, a skip that says so elsewhere. */
class CfnLintLocateTest {
  @TempDir Path dir;

  @Test
  void missingUnderCiFails() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> CfnLint.locate(dir.toString(), "true"));
    assertTrue(e.getMessage().contains("CI is set"), e.getMessage());
  }

  @Test
  void missingElsewhereIsASkipWithTheReason() {
    for (String ci : new String[] {null, ""}) {
      TestAbortedException e = assertThrows(TestAbortedException.class,
          () -> CfnLint.locate(dir.toString(), ci));
      assertTrue(e.getMessage().contains("cfn-lint is not on the PATH"), e.getMessage());
    }
    assertThrows(TestAbortedException.class, () -> CfnLint.locate(null, null));
  }

  @Test
  void foundOnThePathIsUsed() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path exe = Files.createFile(bin.resolve("cfn-lint"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    assertEquals(exe, CfnLint.locate(dir.resolve("empty") + java.io.File.pathSeparator + bin, "true"));
  }
}
