package io.lambdaforge.local.family.firehose;

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
 * Amazon Data Firehose transformation (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html):
 * no front door; the sample event is aws-lambda-go's {@code events/testdata/kinesis-firehose-event.json}
 * (Apache-2.0; also {@code testdata/events/firehose-kinesis-source-go.json}), two records read
 * from a Kinesis data stream.
 */
public final class FirehoseFamily implements SourceFamily {
  /** The resource holding the sample batch. */
  static final String SAMPLE = "sample-event.json";

  private static final List<Source> SOURCES = List.of(Source.FIREHOSE);

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
    return SampleResource.read(FirehoseFamily.class, SAMPLE);
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return trigger.source().name();
  }

  /** A batch: {@code invocationId} and an array of {@code records}, each with a {@code recordId}. */
  @Override
  public Optional<Source> recognize(JsonNode event) {
    JsonNode records = event.path("records");
    if (event.path("invocationId").isTextual() && records.isArray() && records.size() > 0
        && records.get(0).has("recordId")) {
      return Optional.of(Source.FIREHOSE);
    }
    return Optional.empty();
  }

  /** The trigger adds no Lambda-side charge; it brings the Firehose note into the report. */
  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.of(new TriggerSpec(TriggerSource.FIREHOSE, "ANY", "", 0, false));
  }
}
