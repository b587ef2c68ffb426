package io.lambdaforge.bench;

/** The three ways of answering the same event that every measurement compares. */
public enum Variant {
  /** The adapter the Lambdaforge processor generated for {@code OrderApi}. */
  GENERATED("generated"),
  /** Baseline (a): a careful hand-written {@code RequestStreamHandler} (Jackson streaming). */
  HAND_WRITTEN("hand-written"),
  /** Baseline (b): a {@code RequestHandler} on aws-lambda-java-events types, AWS's serialization. */
  MANAGED("managed runtime POJO");

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
