package Lambdaforge;

/**
 * A Step Functions task's result over the 262,144 bytes a state's output may hold
 * (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html).
 * Its binary name, {@code Lambdaforge.ResultTooLarge}, is the {@code errorType} Lambda reports, under
 * AWS's runtime client and Lambdaforge's {@code Bootstrap} alike, so a state can {@code Catch} it.
 */
public final class ResultTooLarge extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code bytes} of result written by function {@code functionName}, over {@code limit}. */
  public ResultTooLarge(String functionName, int bytes, int limit) {
    super("function " + functionName + " returned " + bytes + " bytes of JSON; a Step Functions"
        + " state's output is limited to " + limit + " bytes (262,144 = 256 KiB): return less, or"
        + " store the data (S3, DynamoDB) and return a reference to it");
  }
}
