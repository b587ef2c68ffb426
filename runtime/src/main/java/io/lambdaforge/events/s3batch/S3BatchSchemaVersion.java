package io.lambdaforge.events.s3batch;

import java.util.Optional;

/**
 * The {@code invocationSchemaVersion} of an S3 Batch Operations invocation, chosen when the job is
 * created ({@code LambdaInvokeOperation.InvocationSchemaVersion},
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html): 1.0 is
 * the default; 2.0 is required for directory buckets and for {@code UserArguments}, and gives the
 * bucket's name instead of its ARN. The adapter answers in the version that arrived.
 */
public enum S3BatchSchemaVersion {
  /** {@code "1.0"}: tasks carry {@code s3BucketArn}. */
  V1_0("1.0"),
  /** {@code "2.0"}: tasks carry {@code s3Bucket} (a name); the job carries {@code userArguments}. */
  V2_0("2.0");

  private final String wire;

  S3BatchSchemaVersion(String wire) {
    this.wire = wire;
  }

  /** The value as the event and the response write it, e.g. {@code "2.0"}. */
  public String wire() {
    return wire;
  }

  /** The version written {@code wire}, if it is one of the two S3 Batch Operations sends. */
  public static Optional<S3BatchSchemaVersion> of(String wire) {
    for (S3BatchSchemaVersion version : values()) {
      if (version.wire.equals(wire)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }
}
