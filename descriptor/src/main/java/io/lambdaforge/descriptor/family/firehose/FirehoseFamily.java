package io.lambdaforge.descriptor.family.firehose;

import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.List;

/**
 * Amazon Data Firehose transformation: no route, no event on the function (the delivery stream
 * invokes it through its own IAM role, not a resource policy:
 * https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-lambda), an
 * Output with the ARN the stream's {@code ProcessingConfiguration} names, and a report note on
 * Firehose's own charges.
 */
public final class FirehoseFamily extends RoutelessFamily {
  public FirehoseFamily() {
    super("firehose", TriggerSource.FIREHOSE);
  }

  @Override
  public TemplateWiring template() {
    return new FirehoseWiring();
  }

  /**
   * The function's cost covers the Lambda side; Firehose prices its own part per GB
   * (https://aws.amazon.com/firehose/pricing/), which the catalog does not hold.
   */
  @Override
  public List<String> reportNotes() {
    return List.of("FIREHOSE functions: each invocation is one batch of records (up to the buffer"
        + " size, 0.2 to 3 MB, default 1 MB), so declare invocationsPerMonth as batches. Amazon Data"
        + " Firehose bills ingestion, format conversion and dynamic partitioning per GB on its own"
        + " (https://aws.amazon.com/firehose/pricing/); those charges are not in this estimate.");
  }
}
