package io.lambdaforge.local.invoke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This process's peak resident memory: {@code VmHWM} ("peak resident set size") of {@code
 * /proc/self/status}, kept by the kernel for the whole process (heap, metaspace, code cache, thread
 * stacks, the JVM itself), the same scope as Lambda's {@code Max Memory Used}, which covers the
 * whole execution environment. Only Linux has it; elsewhere there is no figure.
 */
public final class ProcessMemory {
  private ProcessMemory() {}

  /** {@code VmHWM} in kB, when {@code /proc/self/status} has it. */
  public static OptionalLong peakKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return OptionalLong.of(Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
    return OptionalLong.empty();
  }
}
