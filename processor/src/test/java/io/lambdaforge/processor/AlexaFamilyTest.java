package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Alexa skills through the real processor: one skill function whose adapter verifies the skill ID and
 * dispatches the class's {@code @Intent} methods, answering SAM CLI's samples; one function and SAM's
 * {@code AlexaSkill} event with {@code SkillId} in the template (cfn-lint clean); every Alexa diagnostic.
 * https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */
class AlexaFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileSample() {
    compilation = withDescriptor(Compilations.source("com.acme.Colors",
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.alexa.*;",
        "import java.util.Optional;",
        "@AlexaSkill(skillId = \"amzn1.ask.skill.987654321\")",
        "public class Colors {",
        "  @Function(name = \"colors\", timeout = 7, traffic = @Traffic(invocationsPerMonth = 50000, averageDurationMs = 20),",
        "      triggers = @Trigger(source = Source.ALEXA_SKILL))",
        "  public static AlexaResponse launch(AlexaRequest request) {",
        "    return AlexaResponse.ask(\"Tell me your favourite colour.\", \"What is your favourite colour?\");",
        "  }",
        "  @Intent(\"MyColorIsIntent\")",
        "  public static AlexaResponse color(@Slot(\"Color\") Optional<String> color, AlexaRequest request) {",
        "    return AlexaResponse.tell(\"I now know your favourite colour is \" + color.orElse(\"nothing\") + \".\")",
        "        .withSessionAttribute(\"color\", color.orElse(null));",
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
        loader.loadClass("com.acme.Colors_LaunchHandler").getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, new TestContext("colors"));
    return JSON.readTree(out.toByteArray());
  }

  private static ObjectNode sample(String name) throws Exception {
    return (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("..", "testdata", "events", name)));
  }

  private static String file(String name) throws Exception {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name).orElseThrow().getCharContent(false).toString();
  }

  @Test
  void oneAdapterVerifiesTheSkillAndDispatchesTheRealSamples() throws Exception {
    JsonNode color = invoke(sample("alexa-intent-mycoloris-samcli.json"));
    assertEquals("I now know your favourite colour is blue.", color.at("/response/outputSpeech/text").asText());
    assertEquals("blue", color.at("/sessionAttributes/color").asText());
    JsonNode other = invoke(sample("alexa-intent-getnewfact-samcli.json"));
    assertEquals(false, other.at("/response/shouldEndSession").asBoolean(true));
    ObjectNode wrong = sample("alexa-intent-mycoloris-samcli.json");
    ((ObjectNode) wrong.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.someone-else");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> invoke(wrong));
    assertTrue(refused.getMessage().contains("refused an Alexa request for application ID 'amzn1.ask.skill.someone-else'"),
        refused.getMessage());
  }

  @Test
  void descriptorHasOneFunctionAndTheTemplateTheSamAlexaSkillEvent(@TempDir Path dir) throws Exception {
    JsonNode all = JSON.readTree(file(DescriptorAssembler.FUNCTIONS)).get("functions");
    assertEquals(1, all.size(), all.toString());
    assertEquals("ALEXA_SKILL", all.get(0).at("/triggers/0/source").asText());
    assertEquals("amzn1.ask.skill.987654321", all.get(0).at("/triggers/0/path").asText());
    String template = file(DescriptorAssembler.TEMPLATE);
    assertTrue(template.contains("Type: AlexaSkill"), template);
    assertTrue(template.contains("SkillId: amzn1.ask.skill.987654321"), template);
    Path path = dir.resolve("template.yaml");
    Files.writeString(path, template);
    CfnLint.assertClean(path);
  }

  private static final String SKILL = "@Function(timeout = 7, triggers = @Trigger(source = Source.ALEXA_SKILL)) "
      + "public static io.lambdaforge.events.alexa.AlexaResponse skill(io.lambdaforge.events.alexa.AlexaRequest r) { return null; }";

  private static javax.tools.JavaFileObject skillClass(String annotation, String... body) {
    String[] lines = new String[body.length + 6];
    lines[0] = "package com.acme;";
    lines[1] = "import io.lambdaforge.annotations.*;";
    lines[2] = "import java.util.Optional;";
    lines[3] = annotation;
    lines[4] = "public class Skill {";
    System.arraycopy(body, 0, lines, 5, body.length);
    lines[lines.length - 1] = "}";
    return Compilations.source("com.acme.Skill", lines);
  }

  private static void assertSkillError(String code, String line, javax.tools.JavaFileObject source) {
    Compilation result = Compilations.compile(source);
    assertThat(result).failed();
    assertThat(result).hadErrorContaining("[" + code + "]").inFile(source).onLineContaining(line);
    assertEquals(1, result.errors().stream().filter(d -> d.getMessage(null).startsWith("[LF_")).count(),
        () -> result.errors().toString());
  }

  @Test
  void missingOrMalformedSkillId() {
    assertSkillError("LF_ALEXA_SKILL_ID", "public static", skillClass("", SKILL));
    assertSkillError("LF_ALEXA_SKILL_ID", "skillId = \"\"", skillClass("@AlexaSkill(skillId = \"\")", SKILL));
    assertSkillError("LF_ALEXA_SKILL_ID", "skillId = \"my-skill\"", skillClass("@AlexaSkill(skillId = \"my-skill\")", SKILL));
  }

  @Test
  void timeoutNotBelowEightSeconds() {
    assertSkillError("LF_ALEXA_TIMEOUT", "@Function(triggers", skillClass("@AlexaSkill(skillId = \"amzn1.ask.skill.1\")",
        "@Function(triggers = @Trigger(source = Source.ALEXA_SKILL))",
        "public static io.lambdaforge.events.alexa.AlexaResponse a(io.lambdaforge.events.alexa.AlexaRequest r) { return null; }"));
    assertSkillError("LF_ALEXA_TIMEOUT", "timeout = 8", skillClass("@AlexaSkill(skillId = \"amzn1.ask.skill.1\")",
        "@Function(timeout = 8, triggers = @Trigger(source = Source.ALEXA_SKILL))",
        "public static io.lambdaforge.events.alexa.AlexaResponse a(io.lambdaforge.events.alexa.AlexaRequest r) { return null; }"));
  }

  private static final String ID = "@AlexaSkill(skillId = \"amzn1.ask.skill.1\")";

  @Test
  void triggerAttributeAndOnlyTrigger() {
    assertSkillError("LF_ALEXA_TRIGGER_ATTRIBUTE", "path = \"/x\"", skillClass(ID,
        "@Function(timeout = 7, triggers = @Trigger(source = Source.ALEXA_SKILL,",
        "    path = \"/x\"))",
        "public static io.lambdaforge.events.alexa.AlexaResponse a(io.lambdaforge.events.alexa.AlexaRequest r) { return null; }"));
    assertSkillError("LF_ALEXA_ONLY_TRIGGER", "@Trigger(source = Source.SDK)", skillClass(ID,
        "@Function(timeout = 7, triggers = {@Trigger(source = Source.ALEXA_SKILL),",
        "    @Trigger(source = Source.SDK)})",
        "public static io.lambdaforge.events.alexa.AlexaResponse a(io.lambdaforge.events.alexa.AlexaRequest r) { return null; }"));
  }

  @Test
  void handlerShapes() {
    assertSkillError("LF_ALEXA_SHAPE", "String text", skillClass(ID,
        "@Function(timeout = 7, triggers = @Trigger(source = Source.ALEXA_SKILL))",
        "public static io.lambdaforge.events.alexa.AlexaResponse a(String text) { return null; }"));
    assertSkillError("LF_ALEXA_SHAPE", "hook = Intent.Hook.DIALOG", skillClass(ID, SKILL,
        "@Intent(value = \"A\", hook = Intent.Hook.DIALOG)",
        "public static io.lambdaforge.events.alexa.AlexaResponse a() { return null; }"));
    assertSkillError("LF_ALEXA_SHAPE", "Optional<int[]> n", skillClass(ID, SKILL,
        "@Intent(\"A\")",
        "public static io.lambdaforge.events.alexa.AlexaResponse a(@Slot(\"N\") Optional<int[]> n) { return null; }"));
    assertSkillError("LF_ALEXA_SHAPE", "public static String b", skillClass(ID, SKILL,
        "@Intent(\"B\")",
        "public static String b() { return null; }"));
  }

  @Test
  void duplicateIntentAndTwoSkills() {
    assertSkillError("LF_ALEXA_DUPLICATE_INTENT", "@Intent(\"A\") public static io.lambdaforge.events.alexa.AlexaResponse b", skillClass(ID, SKILL,
        "@Intent(\"A\") public static io.lambdaforge.events.alexa.AlexaResponse a() { return null; }",
        "@Intent(\"A\") public static io.lambdaforge.events.alexa.AlexaResponse b() { return null; }"));
    assertSkillError("LF_ALEXA_TWO_SKILLS", "second", skillClass(ID, SKILL,
        "@Function(timeout = 7, triggers = @Trigger(source = Source.ALEXA_SKILL))",
        "public static io.lambdaforge.events.alexa.AlexaResponse second(io.lambdaforge.events.alexa.AlexaRequest r) { return null; }"));
  }
}
