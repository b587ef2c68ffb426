package io.lambdaforge.local.family.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.runtime.internal.stepfunctions.TaskInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample state inputs: a plain task's is the console's default input and reads as a direct
 * payload; a waiting task's is the envelope its generated state passes, which the runtime reads.
 */
class StepFunctionsFamilyTest {
  private final StepFunctionsFamily family = new StepFunctionsFamily();

  @Test
  void plainTaskSampleIsTheStateInputItself() {
    var event = family.sampleEvent(Source.STEP_FUNCTIONS,
        Optional.of(io.lambdaforge.descriptor.family.stepfunctions.StepFunctionsFamily.trigger(false)));
    assertEquals("{\"Comment\":\"Insert your JSON here\"}", event.toString());
    assertEquals(Optional.empty(), SourceFamilies.recognize(event), "any JSON: a direct-invoke payload");
  }

  @Test
  void waitingTaskSampleIsTheEnvelopeTheRuntimeReads() throws Exception {
    var event = family.sampleEvent(Source.STEP_FUNCTIONS,
        Optional.of(io.lambdaforge.descriptor.family.stepfunctions.StepFunctionsFamily.trigger(true)));
    assertEquals(Optional.of(Source.STEP_FUNCTIONS), SourceFamilies.recognize(event));
    TaskInput task = TaskInput.read("approve",
        new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(event)));
    assertEquals(StepFunctionsFamily.SAMPLE_TOKEN, task.token().value());
    assertEquals("{\"Comment\":\"Insert your JSON here\"}", new String(task.input().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals("STEP_FUNCTIONS arn:aws:states:::lambda:invoke.waitForTaskToken",
        family.describe(io.lambdaforge.descriptor.family.stepfunctions.StepFunctionsFamily.trigger(true)));
  }

  @Test
  void onlyTheExactEnvelopeIsRecognised() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertEquals(Optional.empty(), family.recognize(json.readTree("{\"Input\":{},\"TaskToken\":\"t\",\"x\":1}")));
    assertEquals(Optional.empty(), family.recognize(json.readTree("{\"Input\":{},\"TaskToken\":1}")));
    assertEquals(Optional.empty(), family.recognize(json.readTree("{\"Input\":{},\"Token\":\"t\"}")));
  }
}
