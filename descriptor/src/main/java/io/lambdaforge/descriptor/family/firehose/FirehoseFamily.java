package io.lambdaforge.descriptor.family.firehose;

import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Amazon Data Firehose transformation: no route, no event on the function (the delivery stream
 * invokes it through its own IAM role, not a resource policy:
 * https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-lambda), an
 * Output with the ARN the stream's {@code ProcessingConfiguration} names, and a report note on
 * Firehose's own charges.
 */
public final class FirehoseFamily implements SourceFamily {
  private static final Set<TriggerSource> SOURCES =
      Collections.unmodifiableSet(EnumSet.of(TriggerSource.FIREHOSE));

  @Override
  public String name() {
    return "firehose";
  }

  @Override
  public Set<TriggerSource> sources() {
    return SOURCES;
  }

  @Override
  public boolean routesByMethodAndPath() {
    return false;
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    return TriggerFields.NO_ROUTE;
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
