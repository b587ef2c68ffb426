package io.lambdaforge.local.family.s3batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.family.cognito.CognitoFamily;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.events.s3batch.S3BatchResult;
import io.lambdaforge.events.s3batch.S3BatchSchemaVersion;
import io.lambdaforge.local.app.AppException;
import io.lambdaforge.local.app.SampleEvents;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.runtime.internal.core.Dispatch;
import io.lambdaforge.runtime.internal.s3batch.S3BatchAdapter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The local S3 Batch family: one sample per schema (aws-lambda-go's fixtures), each answered by the
 * runtime in its own schema; recognition of real invocations only; the variants through {@link
 * SampleEvents} (what {@code events --variant} and {@code LocalLambda} use).
 */
class S3BatchFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("..", "testdata", "events");
  private static final TriggerSpec TRIGGER = new TriggerSpec(TriggerSource.S3_BATCH, "ANY", "", 0, false);
  private final S3BatchFamily family = new S3BatchFamily();

  private static JsonNode file(String name) throws Exception {
    return JSON.readTree(Files.readAllBytes(EVENTS.resolve(name)));
  }

  @Test
  void samplesAreAwsLambdaGosFixturesOfBothSchemas() throws Exception {
    assertInstanceOf(S3BatchFamily.class, SourceFamilies.of(Source.S3_BATCH));
    assertEquals(List.of("1.0", "2.0"), family.sampleVariants(Source.S3_BATCH, Optional.of(TRIGGER)));
    assertEquals(file("s3batch-v1-request-go.json"), family.sampleEvent(Source.S3_BATCH, Optional.of(TRIGGER)));
    assertEquals(file("s3batch-v1-request-go.json"), family.sampleEvent(Source.S3_BATCH, Optional.of(TRIGGER), "1.0"));
    assertEquals(file("s3batch-v2-request-go.json"), family.sampleEvent(Source.S3_BATCH, Optional.of(TRIGGER), "2.0"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> family.sampleEvent(Source.S3_BATCH, Optional.of(TRIGGER), "3.0"));
    assertTrue(unknown.getMessage().contains("write one of the invocation schema versions 1.0, 2.0"), unknown.getMessage());
  }

  @Test
  void eachSampleIsAnsweredInItsOwnSchema() throws Exception {
    Dispatch dispatch = S3BatchAdapter.dispatch("tagger", (task, context) -> S3BatchResult.succeeded(task.schemaVersion().wire()));
    for (String variant : family.sampleVariants(Source.S3_BATCH, Optional.of(TRIGGER))) {
      ObjectNode event = family.sampleEvent(Source.S3_BATCH, Optional.of(TRIGGER), variant);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      dispatch.handle(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
      JsonNode answer = JSON.readTree(out.toByteArray());
      assertEquals(variant, answer.path("invocationSchemaVersion").asText());
      assertEquals(variant, answer.at("/results/0/resultString").asText());
      assertEquals(S3BatchSchemaVersion.of(variant).orElseThrow().wire(), variant);
    }
  }

  @Test
  void recognisesS3BatchInvocationsAndNothingElse() throws Exception {
    for (String name : List.of("s3batch-v1-request-go.json", "s3batch-v2-request-go.json", "s3batch-v1-request-samcli.json")) {
      assertEquals(Optional.of(Source.S3_BATCH), SourceFamilies.recognize(file(name)), name);
    }
    for (String name : List.of("firehose-kinesis-source-go.json", "cognito-presignup-go.json",
        "apigw-v2-get-no-authorizer-go.json", "s3batch-response-go.json")) {
      assertEquals(Optional.empty(), family.recognize(file(name)), name);
    }
  }

  @Test
  void sampleEventsPicksTheVariantAndNamesTheOnesThatExist() throws Exception {
    FunctionSpec f = FunctionSpec.builder("tagger", "a.B::handleRequest").trigger(TRIGGER).build();
    assertEquals("1.0", SampleEvents.forFunction(f, Optional.empty()).path("invocationSchemaVersion").asText());
    assertEquals("2.0", SampleEvents.forFunction(f, Optional.of(Source.S3_BATCH), Optional.of("2.0"))
        .path("invocationSchemaVersion").asText());
    AppException wrong = assertThrows(AppException.class,
        () -> SampleEvents.forFunction(f, Optional.empty(), Optional.of("2")));
    assertTrue(wrong.getMessage().contains("no variant \"2\"; write one of 1.0, 2.0"), wrong.getMessage());
    FunctionSpec sdk = FunctionSpec.builder("worker", "a.B::handleRequest").trigger(TriggerSpec.sdk()).build();
    AppException none = assertThrows(AppException.class,
        () -> SampleEvents.forFunction(sdk, Optional.empty(), Optional.of("2.0")));
    assertTrue(none.getMessage().contains("has no variants; leave --variant out"), none.getMessage());
    // Cognito's variants are its trigger's triggerSource values
    FunctionSpec signUp = FunctionSpec.builder("signUp", "a.B::handleRequest").trigger(CognitoFamily.trigger("PreSignUp")).build();
    assertEquals("PreSignUp_AdminCreateUser", SampleEvents.forFunction(signUp, Optional.empty(),
        Optional.of("PreSignUp_AdminCreateUser")).path("triggerSource").asText());
  }

  @Test
  void whatIfTriggerIsARoutelessS3BatchTrigger() {
    assertEquals(TriggerSource.S3_BATCH, family.whatIfTrigger(Source.S3_BATCH).orElseThrow().source());
  }
}
