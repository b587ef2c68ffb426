package io.lambdaforge.local.family.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamily;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * AWS Step Functions tasks: a state machine invokes the function itself, so there is no front door.
 * The event of a task is its state input, any JSON; the sample is {@code {"Comment": "Insert your
 * JSON here"}}, the input the Step Functions console proposes for a new execution. A task that waits
 * for its callback token ({@code .waitForTaskToken}, the trigger's path) gets the envelope its
 * generated state passes, {@code {"Input": <state input>, "TaskToken": "<token>"}}
 * (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token),
 * with a made-up token.
 */
public final class StepFunctionsFamily implements SourceFamily {
  /** The sample's made-up task token (real ones are opaque strings of a few hundred characters). */
  public static final String SAMPLE_TOKEN = "AQCEAAAAKgAAAAMAAAAAAAAAAbGFtYmRhZm9yZ2UtbG9jYWwtc2FtcGxlLXRhc2stdG9rZW4=";
  private static final List<Source> SOURCES = List.of(Source.STEP_FUNCTIONS);

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
    ObjectNode input = JsonNodeFactory.instance.objectNode().put("Comment", "Insert your JSON here");
    if (trigger.map(t -> t.path().endsWith(".waitForTaskToken")).orElse(false)) {
      ObjectNode envelope = JsonNodeFactory.instance.objectNode();
      envelope.set("Input", input);
      envelope.put("TaskToken", SAMPLE_TOKEN);
      return envelope;
    }
    return input;
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return "STEP_FUNCTIONS " + trigger.path();
  }

  /**
   * The envelope of a waiting task (exactly {@code Input} and a string {@code TaskToken}); any other
   * state input has no shape of its own and reads as a direct-invoke payload.
   */
  @Override
  public Optional<Source> recognize(JsonNode event) {
    if (event.size() != 2 || !event.path("TaskToken").isTextual() || !event.has("Input")) {
      return Optional.empty();
    }
    for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("Input") && !name.equals("TaskToken")) {
        return Optional.empty();
      }
    }
    return Optional.of(Source.STEP_FUNCTIONS);
  }

  /** Step Functions bills its state transitions to the state machine: the function's cost is Lambda's. */
  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.empty();
  }
}
