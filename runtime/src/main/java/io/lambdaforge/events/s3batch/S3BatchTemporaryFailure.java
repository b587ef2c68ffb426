package io.lambdaforge.events.s3batch;

/**
 * A task failed for a reason that may pass (a throttled or timed-out request...): the adapter
 * answers {@code TemporaryFailure} and S3 Batch Operations redrives the task before the job
 * completes; on the final redrive the message goes into the completion report
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html, "Response
 * and result codes"). Any other exception answers {@code PermanentFailure}.
 */
public class S3BatchTemporaryFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A temporary failure whose {@code message} becomes the task's {@code resultString}. */
  public S3BatchTemporaryFailure(String message) {
    super(message);
  }

  /** A temporary failure caused by {@code cause} (logged with the task, not reported). */
  public S3BatchTemporaryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
