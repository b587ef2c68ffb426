package io.lambdaforge.descriptor.family.s3batch;

import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.List;

/**
 * Amazon S3 Batch Operations' "Invoke AWS Lambda function": no route and no event on the function.
 * A job invokes the function with the job's own IAM role, which S3 Batch Operations assumes
 * (trust {@code batchoperations.s3.amazonaws.com}) and which needs {@code lambda:InvokeFunction}
 * on the function: an identity policy, not a resource policy on the function
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html, "Example
 * IAM permissions"). So the template adds no permission, only an Output with the ARN the job's
 * {@code LambdaInvokeOperation.FunctionArn} takes
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html).
 */
public final class S3BatchFamily extends RoutelessFamily {
  public S3BatchFamily() {
    super("s3batch", TriggerSource.S3_BATCH);
  }

  @Override
  public TemplateWiring template() {
    return new S3BatchWiring();
  }

  /**
   * The function's cost covers the Lambda side: S3 Batch Operations invokes it once per object of
   * the manifest (https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html); the job's
   * own charges (per job and per object) are S3's (https://aws.amazon.com/s3/pricing/).
   */
  @Override
  public List<String> reportNotes() {
    return List.of("S3_BATCH functions: S3 Batch Operations invokes the function once per object of"
        + " the job's manifest, so declare invocationsPerMonth as objects processed per month. Amazon S3"
        + " bills Batch Operations per job and per object processed, and the job's own S3 requests, on"
        + " its own (https://aws.amazon.com/s3/pricing/); those charges are not in this estimate.");
  }
}
