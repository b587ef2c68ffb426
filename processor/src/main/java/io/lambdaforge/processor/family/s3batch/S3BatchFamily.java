package io.lambdaforge.processor.family.s3batch;

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
 * Amazon S3 Batch Operations' "Invoke AWS Lambda function"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html): the method
 * handles one task, {@code S3BatchResult process(S3BatchTask task)}; the trigger has no HTTP
 * attributes; the function answers S3 Batch invocations only, so it has no other source. S3 Batch
 * Operations sets no timeout of its own (Lambda's 15 minutes apply), so there is no timeout rule.
 */
public final class S3BatchFamily extends SingleSourceFamily {
  public S3BatchFamily() {
    super("s3batch", Source.S3_BATCH, TriggerSource.S3_BATCH);
  }

  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    SingleTriggers.checkNoHttpAttributes(Message.S3_BATCH_TRIGGER_ATTRIBUTE, model, site, i, reports);
  }

  /** The one contract; and no other source on the function (no adapter could host it). */
  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    int other = SingleTriggers.firstOther(model, Source.S3_BATCH);
    if (other >= 0) {
      reports.add(Report.error(Message.S3_BATCH_ONLY_TRIGGER, site.trigger(other), model.qualifiedMethod(),
          "Source." + model.triggers().get(other).source()));
      return;
    }
    S3BatchShape shape = S3BatchShape.of(model);
    if (!shape.valid()) {
      reports.add(Report.error(Message.S3_BATCH_SHAPE,
          shape.parameter() >= 0 ? site.parameter(shape.parameter()) : site.methodPosition(),
          model.qualifiedMethod(), shape.problem(), S3BatchShape.SIGNATURES));
    }
  }

  /** An S3 Batch adapter hosts no other family (the only-trigger rule sees to it). */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    return guests.isEmpty() && S3BatchShape.of(model).valid()
        ? Optional.of(new S3BatchAdapterGenerator())
        : Optional.empty();
  }

}
