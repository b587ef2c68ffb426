package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** Firehose transformation rules (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html). */
class FirehoseErrorsTest {
  @Test
  void timeoutAboveFiveMinutes() {
    assertError("LF_FIREHOSE_TIMEOUT", "timeout = 301",
        "@Function(timeout = 301,",
        "    triggers = @Trigger(source = Source.FIREHOSE))",
        "public static Optional<String> t(String line) { return Optional.of(line); }");
  }

  @Test
  void fiveMinutesIsAllowed() {
    assertThat(Compilations.compile(Compilations.api(
            "@Function(timeout = 300, triggers = @Trigger(source = Source.FIREHOSE))",
            "public static Optional<String> t(String line) { return Optional.of(line); }")))
        .succeededWithoutWarnings();
  }

  @Test
  void httpAttributeOnTheTrigger() {
    assertError("LF_FIREHOSE_TRIGGER_ATTRIBUTE", "path = \"/logs\"",
        "@Function(triggers = @Trigger(source = Source.FIREHOSE,",
        "    path = \"/logs\"))",
        "public static Optional<String> t(String line) { return Optional.of(line); }");
  }

  @Test
  void anotherTriggerOnTheSameFunction() {
    assertError("LF_FIREHOSE_EXCLUSIVE", "@Trigger(source = Source.SDK)",
        "@Function(triggers = {",
        "    @Trigger(source = Source.FIREHOSE),",
        "    @Trigger(source = Source.SDK)})",
        "public static Optional<String> t(String line) { return Optional.of(line); }");
  }

  @Test
  void returnTypeIsNeitherOptionalNorResult() {
    assertError("LF_FIREHOSE_SHAPE", "public static String t",
        "@Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "public static String t(String line) { return line; }");
  }

  @Test
  void noRecordParameter() {
    assertError("LF_FIREHOSE_SHAPE", "public static Optional<String> t",
        "@Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "public static Optional<String> t(Context context) { return Optional.empty(); }");
  }

  @Test
  void optionalRecordParameter() {
    assertError("LF_FIREHOSE_SHAPE", "Optional<String> line",
        "@Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "public static Optional<String> t(",
        "    Optional<String> line) { return line; }");
  }

  @Test
  void partitionKeyAccessorWithParameters() {
    assertError("LF_PARTITION_KEY_ACCESSOR", "@PartitionKey public String day",
        "public static class Out {",
        "  @PartitionKey public String day(int offset) { return \"d\"; }",
        "}",
        "@Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "public static Optional<Out> t(String line) { return Optional.of(new Out()); }");
  }

  @Test
  void partitionKeyNameTwice() {
    assertError("LF_PARTITION_KEY_ACCESSOR", "@PartitionKey(\"day\") public String other",
        "public static class Out {",
        "  @PartitionKey(\"day\") public String day() { return \"d\"; }",
        "  @PartitionKey(\"day\") public String other() { return \"o\"; }",
        "}",
        "@Function(triggers = @Trigger(source = Source.FIREHOSE))",
        "public static Optional<Out> t(String line) { return Optional.of(new Out()); }");
  }
}
