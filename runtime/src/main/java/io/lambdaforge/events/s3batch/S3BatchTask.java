package io.lambdaforge.events.s3batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of an S3 Batch Operations invocation: one object of the job's manifest
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html; fields:
 * https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html).
 *
 * <p>S3 Batch Operations sends the key URL-encoded; {@link #key()} is it decoded the way AWS's
 * own example functions do ({@code urllib.parse.unquote}: {@code %XX} sequences as UTF-8, a
 * {@code +} stays a {@code +}), {@link #encodedKey()} is it as sent. In schema 1.0 the bucket
 * arrives as an ARN ({@link #bucketArn()}); in 2.0 as a name, which {@link #bucket()} always is.
 *
 * @param schemaVersion the invocation's {@code invocationSchemaVersion}
 * @param invocationId the invocation's ID (the adapter copies it into the response)
 * @param jobId the S3 Batch Operations job's ID
 * @param taskId the task's ID (the adapter copies it into the task's result)
 * @param key the object key, URL-decoded
 * @param encodedKey the object key as S3 Batch Operations sent it ({@code s3Key})
 * @param versionId the object version ({@code s3VersionId}); empty when the event has none
 * @param bucket the bucket's name: {@code s3Bucket} in 2.0, the last segment of {@code
 *     s3BucketArn} in 1.0
 * @param bucketArn the bucket's ARN ({@code s3BucketArn}), present in schema 1.0 only
 * @param userArguments the job's {@code userArguments} (schema 2.0; at most 10 entries,
 *     https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html);
 *     empty in 1.0; in the event's order, read-only
 */
public record S3BatchTask(
    S3BatchSchemaVersion schemaVersion,
    String invocationId,
    String jobId,
    String taskId,
    String key,
    String encodedKey,
    Optional<String> versionId,
    String bucket,
    Optional<String> bucketArn,
    Map<String, String> userArguments) {
  /**
   * The suffix of every directory bucket's name ({@code bucket-base-name--zone-id--x-s3},
   * https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html).
   */
  public static final String DIRECTORY_BUCKET_SUFFIX = "--x-s3";

  public S3BatchTask {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(invocationId, "invocationId");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(encodedKey, "encodedKey");
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(bucketArn, "bucketArn");
    userArguments = Collections.unmodifiableMap(new LinkedHashMap<>(userArguments));
  }

  /**
   * Whether the bucket is a directory bucket (S3 Express One Zone), which S3 Batch Operations
   * reaches with schema 2.0 only.
   */
  public boolean directoryBucket() {
    return bucket.endsWith(DIRECTORY_BUCKET_SUFFIX);
  }

  /** The job's user argument {@code name}, if the job passed it (schema 2.0). */
  public Optional<String> userArgument(String name) {
    return Optional.ofNullable(userArguments.get(name));
  }
}
