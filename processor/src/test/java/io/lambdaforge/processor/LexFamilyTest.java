package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.lambdaforge.descriptor.sam.CfnLint;
import io.lambdaforge.processor.descriptor.DescriptorAssembler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lex V2 bots through the real processor: one bot function whose adapter dispatches the class's
 * {@code @Intent} methods, answering the aws-lambda-dotnet fixture; one function and one permission in
 * the descriptor and template (cfn-lint clean); every Lex diagnostic fires.
 * https://docs.aws.amazon.com/lexv2/latest/dg/lambda.html
 */
class LexFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileSample() {
    compilation = withDescriptor(Compilations.source("com.acme.Bot",
        "package com.acme;",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.lex.*;",
        "import java.time.LocalDate;",
        "import java.util.Optional;",
        "public class Bot {",
        "  @Function(name = \"TestBot\", traffic = @Traffic(invocationsPerMonth = 100000, averageDurationMs = 50),",
        "      triggers = @Trigger(source = Source.LEX_V2))",
        "  public LexResponse other(LexEvent event) {",
        "    return LexResponse.close(LexResponse.Outcome.Failed, \"I cannot help with \" + event.intentName());",
        "  }",
        "  @Intent(\"TestAction\")",
        "  public LexResponse action(LexEvent event, @Slot(\"ActionDate\") Optional<LocalDate> date,",
        "      @Slot(\"ActionType\") Optional<String> type, Context context) {",
        "    return date.isEmpty() ? LexResponse.elicitSlot(\"ActionDate\", \"When, for \" + type.orElse(\"?\") + \"?\")",
        "        : LexResponse.delegate();",
        "  }",
        "  @Intent(value = \"TestAction\", hook = Intent.Hook.FULFILLMENT)",
        "  public static LexResponse fulfil(@Slot(\"ActionDate\") Optional<LocalDate> date) {",
        "    return LexResponse.close(LexResponse.Outcome.Fulfilled, \"Done for \" + date.map(LocalDate::toString).orElse(\"?\"));",
        "  }",
        "}"));
    assertThat(compilation).succeeded();
    loader = Compilations.classLoader(compilation);
  }

  private static Compilation withDescriptor(javax.tools.JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .compile(sources);
  }

  private static JsonNode invoke(JsonNode event) throws Exception {
    RequestStreamHandler handler = (RequestStreamHandler)
        loader.loadClass("com.acme.Bot_OtherHandler").getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, new TestContext("TestBot"));
    return JSON.readTree(out.toByteArray());
  }

  private static ObjectNode sample() throws Exception {
    return (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("..", "testdata", "events", "lexv2-event-dotnet.json")));
  }

  private static String file(String name) throws Exception {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name).orElseThrow().getCharContent(false).toString();
  }

  @Test
  void oneAdapterDispatchesTheRealEventByIntentAndHook() throws Exception {
    JsonNode dialog = invoke(sample());
    assertEquals("ElicitSlot", dialog.at("/sessionState/dialogAction/type").asText());
    assertEquals("When, for Action Value?", dialog.at("/messages/0/content").asText(), "missing slot, interpreted type");
    ObjectNode fulfil = sample();
    fulfil.put("invocationSource", "FulfillmentCodeHook");
    ((ObjectNode) fulfil.at("/sessionState/intent/slots")).set("ActionDate", JSON.readTree(
        "{\"shape\":\"Scalar\",\"value\":{\"originalValue\":\"tomorrow\",\"interpretedValue\":\"2026-12-02\",\"resolvedValues\":[\"2026-12-02\"]}}"));
    JsonNode done = invoke(fulfil);
    assertEquals("Done for 2026-12-02", done.at("/messages/0/content").asText());
    assertEquals("Fulfilled", done.at("/sessionState/intent/state").asText());
    ObjectNode other = sample();
    ((ObjectNode) other.at("/sessionState/intent")).put("name", "OrderPizza");
    assertEquals("I cannot help with OrderPizza", invoke(other).at("/messages/0/content").asText());
  }

  @Test
  void descriptorHasOneFunctionPerBotAndTheTemplateOnePermission(@TempDir Path dir) throws Exception {
    JsonNode functions = JSON.readTree(file(DescriptorAssembler.FUNCTIONS));
    JsonNode all = functions.get("functions");
    assertEquals(1, all.size(), all.toString());
    assertEquals("TestBot", all.get(0).get("name").asText());
    assertEquals("LEX_V2", all.get(0).at("/triggers/0/source").asText());
    String template = file(DescriptorAssembler.TEMPLATE);
    assertTrue(template.contains("TestBotBotAliasArn:"), template);
    assertTrue(template.contains("lexv2.amazonaws.com"), template);
    assertEquals(1, template.split("AWS::Lambda::Permission", -1).length - 1, template);
    Path path = dir.resolve("template.yaml");
    Files.writeString(path, template);
    CfnLint.assertClean(path);
    String cost = file(DescriptorAssembler.COST_REPORT);
    assertTrue(cost.contains("TestBot"), cost);
    assertFalse(cost.contains("| action"), "intent handlers are no functions of their own: " + cost);
  }

  @Test
  void triggerAttribute() {
    assertError("LF_LEX_TRIGGER_ATTRIBUTE", "path = \"/x\"",
        "@Function(triggers = @Trigger(source = Source.LEX_V2,",
        "    path = \"/x\"))",
        "public static io.lambdaforge.events.lex.LexResponse a(io.lambdaforge.events.lex.LexEvent e) { return null; }");
  }

  @Test
  void onlyTrigger() {
    assertError("LF_LEX_ONLY_TRIGGER", "@Trigger(source = Source.SDK)",
        "@Function(triggers = {@Trigger(source = Source.LEX_V2),",
        "    @Trigger(source = Source.SDK)})",
        "public static io.lambdaforge.events.lex.LexResponse a(io.lambdaforge.events.lex.LexEvent e) { return null; }");
  }

  @Test
  void botMethodShape() {
    assertError("LF_LEX_SHAPE", "String text",
        "@Function(triggers = @Trigger(source = Source.LEX_V2))",
        "public static io.lambdaforge.events.lex.LexResponse a(String text) { return null; }");
    assertError("LF_LEX_SHAPE", "public static String a",
        "@Function(triggers = @Trigger(source = Source.LEX_V2))",
        "public static String a(io.lambdaforge.events.lex.LexEvent e) { return null; }");
  }

  private static final String BOT = "@Function(triggers = @Trigger(source = Source.LEX_V2)) "
      + "public static io.lambdaforge.events.lex.LexResponse bot(io.lambdaforge.events.lex.LexEvent e) { return null; }";

  @Test
  void intentHandlerShape() {
    assertError("LF_LEX_SHAPE", "Optional<Integer[]> n",
        BOT,
        "@Intent(\"A\")",
        "public static io.lambdaforge.events.lex.LexResponse a(@Slot(\"N\") Optional<Integer[]> n) { return null; }");
    assertError("LF_LEX_SHAPE", "String raw",
        BOT,
        "@Intent(\"A\")",
        "public static io.lambdaforge.events.lex.LexResponse a(String raw) { return null; }");
    assertError("LF_LEX_SHAPE", "public io.lambdaforge.events.lex.LexResponse a",
        BOT,
        "@Intent(\"A\")",
        "public io.lambdaforge.events.lex.LexResponse a() { return null; }");
    assertError("LF_LEX_SHAPE", "static String a",
        BOT,
        "@Intent(\"A\")",
        "static String a() { return null; }");
  }

  @Test
  void missingIntentName() {
    assertError("LF_LEX_INTENT_NAME", "@Intent(\"\")",
        BOT,
        "@Intent(\"\")",
        "public static io.lambdaforge.events.lex.LexResponse a() { return null; }");
  }

  @Test
  void twoHandlersForOneIntentAndHook() {
    assertError("LF_LEX_DUPLICATE_INTENT", "@Intent(value = \"A\", hook = Intent.Hook.DIALOG) public static io.lambdaforge.events.lex.LexResponse c",
        BOT,
        "@Intent(value = \"A\", hook = Intent.Hook.DIALOG) public static io.lambdaforge.events.lex.LexResponse a() { return null; }",
        "@Intent(\"A\") public static io.lambdaforge.events.lex.LexResponse b() { return null; }",
        "@Intent(value = \"A\", hook = Intent.Hook.DIALOG) public static io.lambdaforge.events.lex.LexResponse c() { return null; }");
  }

  @Test
  void twoBotsInOneClass() {
    assertError("LF_LEX_TWO_BOTS", "second",
        "@Function(triggers = @Trigger(source = Source.LEX_V2))",
        "public static io.lambdaforge.events.lex.LexResponse first(io.lambdaforge.events.lex.LexEvent e) { return null; }",
        "@Function(triggers = @Trigger(source = Source.LEX_V2))",
        "public static io.lambdaforge.events.lex.LexResponse second(io.lambdaforge.events.lex.LexEvent e) { return null; }");
  }
}
