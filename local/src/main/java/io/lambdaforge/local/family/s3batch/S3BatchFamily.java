package io.lambdaforge.local.family.s3batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SampleResource;
import io.lambdaforge.local.family.SourceFamily;
import java.util.List;
import java.util.Optional;

/**
 * Amazon S3 Batch Operations' "Invoke AWS Lambda function"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html): no front
 * door; one sample per invocation schema, aws-lambda-go's {@code
 * events/testdata/s3-batch-job-event-request-1.0.json} and {@code -2.0.json} (Apache-2.0; also
 * {@code testdata/events/s3batch-v1-request-go.json} and {@code s3batch-v2-request-go.json}).
 * Without a variant the sample is schema 1.0, the default of a job
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_LambdaInvokeOperation.html).
 */
public final class S3BatchFamily implements SourceFamily {
  /** The schema versions, the variants of the sample, default first. */
  static final List<String> SCHEMAS = List.of("1.0", "2.0");

  private static final List<Source> SOURCES = List.of(Source.S3_BATCH);

  @Override
  public List<Source> sources() {
    return SOURCES;
  }

  @Override
  public Optional<FrontDoor> frontDoor(Source source) {
    return Optional.empty();
  }

  @Override
  public boolean sampledFromTrigger(Source source) {
    return true;
  }

  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger) {
    return sampleEvent(source, trigger, SCHEMAS.get(0));
  }

  @Override
  public List<String> sampleVariants(Source source, Optional<TriggerSpec> trigger) {
    return SCHEMAS;
  }

  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger, String variant) {
    if (!SCHEMAS.contains(variant)) {
      throw new IllegalArgumentException("S3_BATCH has no sample variant \"" + variant
          + "\"; write one of the invocation schema versions " + String.join(", ", SCHEMAS));
    }
    return SampleResource.read(S3BatchFamily.class, "sample-event-" + variant + ".json");
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return trigger.source().name();
  }

  /** An invocation: {@code invocationSchemaVersion}, a {@code job} object and a {@code tasks} array. */
  @Override
  public Optional<Source> recognize(JsonNode event) {
    return event.path("invocationSchemaVersion").isTextual() && event.path("job").isObject()
        && event.path("tasks").isArray()
        ? Optional.of(Source.S3_BATCH)
        : Optional.empty();
  }

  /** The trigger adds no Lambda-side charge; it brings the S3 Batch note into the report. */
  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.of(new TriggerSpec(TriggerSource.S3_BATCH, "ANY", "", 0, false));
  }
}
