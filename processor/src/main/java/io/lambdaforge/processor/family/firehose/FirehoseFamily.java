package io.lambdaforge.processor.family.firehose;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SingleSourceFamily;
import io.lambdaforge.processor.family.SingleTriggers;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;
import java.util.Optional;

/**
 * Amazon Data Firehose record transformation ({@link Source#FIREHOSE}). Firehose invokes the
 * function synchronously with a batch of records and expects every {@code recordId} back with a
 * result (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html);
 * the method transforms one record and the generated adapter answers the batch. A Firehose function
 * has no other trigger: its adapter understands only Firehose batches.
 */
public final class FirehoseFamily extends SingleSourceFamily {
  /**
   * The longest timeout Firehose allows a transformation function: "the Lambda function invocation
   * timeout of 5 minutes" (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
   */
  static final int MAX_TIMEOUT_SECONDS = 300;

  public FirehoseFamily() {
    super("firehose", Source.FIREHOSE, TriggerSource.FIREHOSE);
  }

  /** No HTTP attributes; at most 5 minutes. */
  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    SingleTriggers.checkNoHttpAttributes(Message.FIREHOSE_TRIGGER_ATTRIBUTE, model, site, i, reports);
    if (model.timeout() > MAX_TIMEOUT_SECONDS) {
      reports.add(Report.error(Message.FIREHOSE_TIMEOUT, site.attribute("timeout"), model.timeout()));
    }
  }

  /**
   * The transformation's shape; and no other source on the same function, checked here because
   * no adapter could be written for it (the shape checks decide that).
   */
  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    int other = SingleTriggers.firstOther(model, Source.FIREHOSE);
    if (other >= 0) {
      reports.add(Report.error(Message.FIREHOSE_EXCLUSIVE, site.trigger(other), model.qualifiedMethod(),
          model.triggers().get(other).source()));
      return;
    }
    TransformShape.check(model, site, reports);
  }

  /** The Firehose adapter hosts no other family (the shape rules refuse mixed functions). */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    return guests.isEmpty() ? Optional.of(new FirehoseAdapterGenerator(List.of())) : Optional.empty();
  }

  /** With the {@code @PartitionKey} accessors of the result type, read from the declaration. */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests, FunctionSite site) {
    return guests.isEmpty()
        ? Optional.of(new FirehoseAdapterGenerator(TransformShape.partitionKeys(site)))
        : Optional.empty();
  }

}
