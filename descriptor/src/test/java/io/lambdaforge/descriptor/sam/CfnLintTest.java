package io.lambdaforge.descriptor.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lambdaforge.descriptor.sample.Golden;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code cfn-lint} on the golden template and requires exit 0 with no findings. Skipped only
 * when no {@code cfn-lint} executable is on the {@code PATH}.
 */
class CfnLintTest {

  @Test
  void goldenTemplatePassesCfnLint() throws IOException, InterruptedException {
    Optional<Path> cfnLint = findOnPath("cfn-lint");
    assumeTrue(cfnLint.isPresent(), "cfn-lint is not installed");
    Path template = Golden.path("template.yaml").toAbsolutePath();
    assertTrue(Files.isRegularFile(template), template + " is missing");
    Process process = new ProcessBuilder(cfnLint.get().toString(), template.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "cfn-lint did not finish");
    assertEquals(0, process.exitValue(), "cfn-lint findings:\n" + output);
    assertEquals("", output.strip(), "cfn-lint findings");
  }

  private static Optional<Path> findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
