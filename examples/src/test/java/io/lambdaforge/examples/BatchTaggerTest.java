package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.examples.tagging.ledger.TagLedger;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The batch tagger through LocalLambda: the sample invocation of each schema, the real samples of
 * testdata/events, and the edge cases of issue 17: a URL-encoded key with spaces and {@code +}, a
 * schema 2.0 directory bucket, a failing task among good ones, each schema answered in its own.
 * Contract: https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
class BatchTaggerTest {
  /** The ledger package is shared so the test reads what the isolated function wrote. */
  static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.tagging.ledger").build();

  @AfterAll
  static void close() {
    APP.close();
  }

  @Test
  void bothSampleSchemasAreAnsweredInTheirOwnVersion() {
    Invocation v1 = APP.invokeSample("tagObjects", Source.S3_BATCH);
    assertTrue(v1.succeeded(), v1.toString());
    assertEquals(Source.S3_BATCH, v1.source().orElseThrow());
    assertEquals("1.0", v1.json().path("invocationSchemaVersion").asText());
    assertEquals("media=image", v1.json().at("/results/0/resultString").asText());
    assertEquals(Optional.of(Map.of("media", "image")),
        TagLedger.tags("awsexamplebucket", "customerImage1.jpg", Optional.of("1")));

    Invocation v2 = APP.invokeSample("tagObjects", Source.S3_BATCH, "2.0");
    assertTrue(v2.succeeded(), v2.toString());
    assertEquals("2.0", v2.json().path("invocationSchemaVersion").asText());
    assertEquals("PermanentFailure", v2.json().path("treatMissingKeysAs").asText());
    assertEquals("dGFza2lkZ29lc2hlcmUK", v2.json().at("/results/0/taskId").asText());
    assertEquals("Succeeded", v2.json().at("/results/0/resultCode").asText());
    assertEquals("k1=v1&k2=v2&media=image", v2.json().at("/results/0/resultString").asText(), "user arguments become tags");
  }

  @Test
  void urlEncodedKeyWithSpacesAndPlusInADirectoryBucket() {
    ObjectNode event = TestFiles.sharedEventJson("s3batch-v2-request-go.json");
    ObjectNode task = (ObjectNode) event.withArray("tasks").get(0);
    task.put("s3Bucket", "media-archive--use1-az4--x-s3");
    task.put("s3Key", "2024/summer%20trip/me%2Byou+1.JPG");
    task.putNull("s3VersionId"); // directory buckets have no versioning
    Invocation invocation = APP.invoke("tagObjects", event);
    assertTrue(invocation.succeeded(), invocation.toString());
    assertEquals("k1=v1&k2=v2&media=image&storage=EXPRESS_ONEZONE", invocation.json().at("/results/0/resultString").asText());
    assertTrue(TagLedger.tags("media-archive--use1-az4--x-s3", "2024/summer trip/me+you+1.JPG", Optional.empty()).isPresent(),
        "the key is decoded once: %20 a space, %2B and + a plus");
  }

  @Test
  void aFailingTaskAmongGoodOnesFailsAlone() {
    ObjectNode event = TestFiles.sharedEventJson("s3batch-v1-request-samcli.json");
    ArrayNode tasks = event.withArray("tasks");
    ObjectNode template = (ObjectNode) tasks.get(0);
    tasks.add(template.deepCopy().put("taskId", "t2").put("s3Key", "reports/q3.pdf"));
    tasks.add(template.deepCopy().put("taskId", "t3").put("s3Key", "uploads/big.mov.part"));
    tasks.add(template.deepCopy().put("taskId", "t4").put("s3Key", "notes/readme"));
    Invocation invocation = APP.invoke("tagObjects", event);
    assertTrue(invocation.succeeded(), "task failures are answers, not a function error: " + invocation);
    JsonNode results = invocation.json().get("results");
    assertEquals(4, results.size());
    assertEquals("PermanentFailure", results.get(0).path("resultCode").asText(), "test/key has no extension");
    assertEquals("IllegalArgumentException: no media type for extension '' of test/key", results.get(0).path("resultString").asText());
    assertEquals("Succeeded", results.get(1).path("resultCode").asText());
    assertEquals("media=document", results.get(1).path("resultString").asText());
    assertEquals("TemporaryFailure", results.get(2).path("resultCode").asText());
    assertEquals("upload of uploads/big.mov.part not finished yet", results.get(2).path("resultString").asText());
    assertEquals("PermanentFailure", results.get(3).path("resultCode").asText());
    assertEquals("t4", results.get(3).path("taskId").asText());
    assertEquals("1.0", invocation.json().path("invocationSchemaVersion").asText());
    assertEquals(Optional.of(Map.of("media", "document")), TagLedger.tags("examplebucket", "reports/q3.pdf", Optional.of("1")));
  }

  @Test
  void tooManyUserArgumentsFailTheTask() {
    ObjectNode event = TestFiles.sharedEventJson("s3batch-v2-request-go.json");
    ObjectNode arguments = (ObjectNode) event.at("/job/userArguments");
    for (int i = 3; i <= 10; i++) {
      arguments.put("k" + i, "v" + i);
    }
    Invocation invocation = APP.invoke("tagObjects", event);
    assertEquals("PermanentFailure", invocation.json().at("/results/0/resultCode").asText());
    assertEquals("11 tags, but S3 allows 10 per object", invocation.json().at("/results/0/resultString").asText());
  }
}
