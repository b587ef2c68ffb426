package io.lambdaforge.events.s3batch;

import java.util.Objects;

/**
 * The result of one S3 Batch Operations task: a result code and the {@code resultString} the job's
 * completion report shows
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html, "Response
 * and result codes"). Build it with {@link #succeeded(String)}, {@link #temporaryFailure(String)}
 * or {@link #permanentFailure(String)}.
 */
public final class S3BatchResult {
  /** The task's {@code resultCode}, written as the constant's name. */
  public enum Code {
    /** The task completed; its result string goes into the completion report. */
    Succeeded,
    /** The task will be redriven before the job completes. */
    TemporaryFailure,
    /** The task failed; the report marks it Failed with the result string. */
    PermanentFailure
  }

  private static final S3BatchResult SUCCEEDED = new S3BatchResult(Code.Succeeded, "");

  private final Code code;
  private final String resultString;

  private S3BatchResult(Code code, String resultString) {
    this.code = code;
    this.resultString = resultString;
  }

  /** The task completed, with an empty result string. */
  public static S3BatchResult succeeded() {
    return SUCCEEDED;
  }

  /** The task completed; {@code resultString} goes into the completion report. */
  public static S3BatchResult succeeded(String resultString) {
    return new S3BatchResult(Code.Succeeded, Objects.requireNonNull(resultString, "resultString"));
  }

  /** The task should be retried; {@code resultString} is reported if the last redrive fails too. */
  public static S3BatchResult temporaryFailure(String resultString) {
    return new S3BatchResult(Code.TemporaryFailure, Objects.requireNonNull(resultString, "resultString"));
  }

  /** The task failed for good; {@code resultString} is the report's error message. */
  public static S3BatchResult permanentFailure(String resultString) {
    return new S3BatchResult(Code.PermanentFailure, Objects.requireNonNull(resultString, "resultString"));
  }

  public Code code() {
    return code;
  }

  public String resultString() {
    return resultString;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof S3BatchResult
        && ((S3BatchResult) other).code == code
        && ((S3BatchResult) other).resultString.equals(resultString);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + resultString.hashCode();
  }

  @Override
  public String toString() {
    return code + "(" + resultString + ")";
  }
}
