package io.lambdaforge.descriptor.sam;

import io.lambdaforge.descriptor.sample.Golden;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code cfn-lint} on the golden template and requires exit 0 with no findings. Without
 * {@code cfn-lint} on the {@code PATH} it fails when {@code CI} is set and is skipped elsewhere
 * ({@link CfnLint}).
 */
class CfnLintTest {

  @Test
  void goldenTemplatePassesCfnLint() throws Exception {
    CfnLint.assertClean(Golden.path("template.yaml").toAbsolutePath());
  }
}
