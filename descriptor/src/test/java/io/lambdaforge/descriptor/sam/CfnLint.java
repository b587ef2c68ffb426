package io.lambdaforge.descriptor.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cfn-lint} on a template. When no {@code cfn-lint} is on the {@code PATH} the test
 * fails if the {@code CI} environment variable is set (CI must lint), and is skipped elsewhere with
 * a message saying so.
 */
public final class CfnLint {
  private CfnLint() {}

  /** Requires exit 0 and no findings from {@code cfn-lint template}. */
  public static void assertClean(Path template) throws IOException, InterruptedException {
    Path cfnLint = locate(System.getenv("PATH"), System.getenv("CI"));
    assertTrue(Files.isRegularFile(template), template + " is missing");
    Process process = new ProcessBuilder(cfnLint.toString(), template.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("cfn-lint did not finish within 5 minutes");
    }
    assertEquals("", output.strip(), "cfn-lint findings");
    assertEquals(0, process.exitValue(), "cfn-lint exit status; output:\n" + output);
  }

  /**
   * The {@code cfn-lint} executable on {@code path}; when there is none, fails if {@code ci} is set
   * (non-empty) and aborts the test (a skip, with the reason) otherwise.
   */
  public static Path locate(String path, String ci) {
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, "cfn-lint");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    if (ci != null && !ci.isEmpty()) {
      fail("cfn-lint is not on the PATH but CI is set: CI must lint the generated template"
          + " (pip install cfn-lint)");
    }
    assumeTrue(false, "cfn-lint is not on the PATH: skipping the lint (set CI to make this a failure)");
    throw new AssertionError("unreachable");
  }
}
