package io.lambdaforge.annotations;

/** The instruction set architecture of a Lambda function. */
public enum Architecture {
  /** Intel/AMD 64-bit; the Lambda default. */
  X86_64,
  /** AWS Graviton (arm64); duration is priced about 20% lower. */
  ARM64
}
