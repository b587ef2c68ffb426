package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S3 Batch Operations through the real processor: the generated adapter answers aws-lambda-go's
 * 1.0 and 2.0 samples in their own schema, and every S3 Batch diagnostic fires, naming the types
 * that would fit. https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
class S3BatchFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileSample() {
    compilation = Compilations.compile(Compilations.source("com.acme.Batch",
        "package com.acme;",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.s3batch.*;",
        "public class Batch {",
        "  @Function(triggers = @Trigger(source = Source.S3_BATCH))",
        "  public S3BatchResult tag(S3BatchTask task) {",
        "    if (task.key().startsWith(\"missing\")) throw new IllegalStateException(\"no such object\");",
        "    if (task.key().startsWith(\"slow\")) throw new S3BatchTemporaryFailure(\"throttled\");",
        "    return S3BatchResult.succeeded(task.bucket() + \"/\" + task.key() + \" \" + task.userArguments());",
        "  }",
        "  @Function(triggers = @Trigger(source = Source.S3_BATCH))",
        "  public static S3BatchResult named(S3BatchTask task, Context context) {",
        "    return S3BatchResult.succeeded(context.getFunctionName());",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.classLoader(compilation);
  }

  private static JsonNode invoke(String adapter, byte[] event) throws Exception {
    RequestStreamHandler handler = (RequestStreamHandler)
        loader.loadClass("com.acme." + adapter).getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, new TestContext("fn-" + adapter));
    return JSON.readTree(out.toByteArray());
  }

  private static String sample(String name) throws Exception {
    return Files.readString(Path.of("..", "testdata", "events", name));
  }

  @Test
  void generatedAdapterAnswersBothSchemasInTheirOwnVersion() throws Exception {
    JsonNode v1 = invoke("Batch_TagHandler", sample("s3batch-v1-request-go.json").getBytes());
    assertEquals("1.0", v1.path("invocationSchemaVersion").asText());
    assertEquals("PermanentFailure", v1.path("treatMissingKeysAs").asText());
    assertEquals("YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", v1.path("invocationId").asText());
    assertEquals("dGFza2lkZ29lc2hlcmUK", v1.at("/results/0/taskId").asText());
    assertEquals("Succeeded", v1.at("/results/0/resultCode").asText());
    assertEquals("awsexamplebucket/customerImage1.jpg {}", v1.at("/results/0/resultString").asText());
    JsonNode v2 = invoke("Batch_TagHandler", sample("s3batch-v2-request-go.json").getBytes());
    assertEquals("2.0", v2.path("invocationSchemaVersion").asText());
    assertEquals("awsexamplebucket/customerImage1.jpg {k1=v1, k2=v2}", v2.at("/results/0/resultString").asText());
    assertEquals("fn-Batch_NamedHandler",
        invoke("Batch_NamedHandler", sample("s3batch-v1-request-samcli.json").getBytes()).at("/results/0/resultString").asText());
  }

  /** The one golden of this source kind: the adapter with a {@code Context} parameter. */
  @Test
  void adapterMatchesGolden() throws Exception {
    Golden.assertMatches("Batch_NamedHandler.java", Compilations.generatedSource(compilation, "com.acme.Batch_NamedHandler"));
  }

  @Test
  void failuresAreMappedPerTask() throws Exception {
    String missing = sample("s3batch-v2-request-go.json").replace("customerImage1.jpg", "missing%20file.jpg");
    JsonNode permanent = invoke("Batch_TagHandler", missing.getBytes());
    assertEquals("PermanentFailure", permanent.at("/results/0/resultCode").asText());
    assertEquals("IllegalStateException: no such object", permanent.at("/results/0/resultString").asText());
    String slow = sample("s3batch-v2-request-go.json").replace("customerImage1.jpg", "slow.jpg");
    JsonNode temporary = invoke("Batch_TagHandler", slow.getBytes());
    assertEquals("TemporaryFailure", temporary.at("/results/0/resultCode").asText());
    assertEquals("throttled", temporary.at("/results/0/resultString").asText());
  }

  @Test
  void triggerAttribute() {
    assertError("LF_S3_BATCH_TRIGGER_ATTRIBUTE", "method = \"POST\"",
        "@Function(triggers = @Trigger(source = Source.S3_BATCH,",
        "    method = \"POST\"))",
        "public static io.lambdaforge.events.s3batch.S3BatchResult a(io.lambdaforge.events.s3batch.S3BatchTask t) { return null; }");
  }

  @Test
  void onlyTrigger() {
    assertError("LF_S3_BATCH_ONLY_TRIGGER", "@Trigger(source = Source.SDK)",
        "@Function(triggers = {@Trigger(source = Source.S3_BATCH),",
        "    @Trigger(source = Source.SDK)})",
        "public static io.lambdaforge.events.s3batch.S3BatchResult a(io.lambdaforge.events.s3batch.S3BatchTask t) { return null; }");
  }

  @Test
  void shapeNamesTheTypesThatWouldFit() {
    assertError("LF_S3_BATCH_SHAPE", "String key",
        "@Function(triggers = @Trigger(source = Source.S3_BATCH))",
        "public static io.lambdaforge.events.s3batch.S3BatchResult a(String key) { return null; }");
    Compilation wrongReturn = Compilations.compile(Compilations.api(
        "@Function(triggers = @Trigger(source = Source.S3_BATCH))",
        "public static String a(io.lambdaforge.events.s3batch.S3BatchTask t) { return \"\"; }"));
    assertThat(wrongReturn).hadErrorContaining("[LF_S3_BATCH_SHAPE]");
    assertThat(wrongReturn).hadErrorContaining(
        "a task is answered with io.lambdaforge.events.s3batch.S3BatchResult, not java.lang.String");
    assertThat(wrongReturn).hadErrorContaining(
        "write S3BatchResult process(S3BatchTask task) or S3BatchResult process(S3BatchTask task, Context context)");
    Compilation twoParameters = Compilations.compile(Compilations.api(
        "@Function(triggers = @Trigger(source = Source.S3_BATCH))",
        "public static io.lambdaforge.events.s3batch.S3BatchResult a(io.lambdaforge.events.s3batch.S3BatchTask t, String extra) { return null; }"));
    assertThat(twoParameters).hadErrorContaining("it takes more than the task (t, extra)");
    Compilation noTask = Compilations.compile(Compilations.api(
        "@Function(triggers = @Trigger(source = Source.S3_BATCH))",
        "public static io.lambdaforge.events.s3batch.S3BatchResult a() { return null; }"));
    assertThat(noTask).hadErrorContaining("it takes no S3BatchTask parameter");
    assertTrue(noTask.errors().stream().noneMatch(e -> e.getMessage(null).contains("LF_INTERNAL")), noTask.errors()::toString);
  }
}
