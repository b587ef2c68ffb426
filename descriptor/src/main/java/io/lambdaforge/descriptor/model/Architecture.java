package io.lambdaforge.descriptor.model;

/** The instruction set architecture of a function, with its SAM/CloudFormation spelling. */
public enum Architecture {
  X86_64("x86_64"),
  ARM64("arm64");

  private final String samName;

  Architecture(String samName) {
    this.samName = samName;
  }

  /** The value SAM and CloudFormation use in {@code Architectures}, e.g. {@code x86_64}. */
  public String samName() {
    return samName;
  }

  /** Parses the SAM spelling ({@code x86_64}, {@code arm64}) or the enum constant name. */
  public static Architecture parse(String text) {
    for (Architecture a : values()) {
      if (a.samName.equals(text) || a.name().equals(text)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown architecture '" + text + "'; write x86_64 or arm64");
  }
}
