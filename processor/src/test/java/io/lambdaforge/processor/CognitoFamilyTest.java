package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.lambdaforge.events.cognito.CognitoRejection;
import io.lambdaforge.processor.descriptor.DescriptorAssembler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cognito user-pool triggers through the real processor: the method's types pick the trigger, the
 * generated adapter answers the aws-lambda-go fixture, and every Cognito diagnostic fires.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
class CognitoFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileSample() {
    compilation = withDescriptor(Compilations.source("com.acme.Pool",
        "package com.acme;",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.cognito.*;",
        "public class Pool {",
        "  @Function(timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "  public PreSignUpResponse signUp(PreSignUpRequest request) {",
        "    if (request.validationData().containsKey(\"blocked\")) throw new CognitoRejection(\"Invite only\");",
        "    return request.userAttributes().getOrDefault(\"email\", \"\").endsWith(\"@example.com\")",
        "        ? PreSignUpResponse.autoConfirm().withAutoVerifyEmail() : PreSignUpResponse.proceed();",
        "  }",
        "  public static int confirmed;",
        "  @Function(timeout = 3, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "  public static void confirm(PostConfirmationRequest request, Context context) throws Exception { confirmed++; }",
        "  @Function(timeout = 3, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "  public static PreTokenGenerationV2Response claims(PreTokenGenerationV2Request request) {",
        "    return PreTokenGenerationV2Response.unchanged().withAccessTokenClaim(\"tier\", java.util.Map.of(\"level\", 3));",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.classLoader(compilation);
  }

  private static Compilation withDescriptor(javax.tools.JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .compile(sources);
  }

  private static JsonNode invoke(String adapter, byte[] event) throws Exception {
    RequestStreamHandler handler = (RequestStreamHandler)
        loader.loadClass("com.acme." + adapter).getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, new TestContext("fn-" + adapter));
    return JSON.readTree(out.toByteArray());
  }

  private static byte[] sample(String name) throws Exception {
    return Files.readAllBytes(Path.of("..", "testdata", "events", name));
  }

  @Test
  void generatedAdapterAnswersTheRealPreSignUpEvent() throws Exception {
    JsonNode out = invoke("Pool_SignUpHandler", sample("cognito-presignup-go.json"));
    assertEquals("{\"autoConfirmUser\":false,\"autoVerifyEmail\":false,\"autoVerifyPhone\":false}", out.path("response").toString());
    assertEquals("PreSignUp_SignUp", out.path("triggerSource").asText());
    String blocked = new String(sample("cognito-presignup-go.json")).replace("\"k1\"", "\"blocked\"");
    CognitoRejection rejection = assertThrows(CognitoRejection.class, () -> invoke("Pool_SignUpHandler", blocked.getBytes()));
    assertEquals("Invite only", rejection.getMessage());
  }

  @Test
  void voidTriggerAnswersAnEmptyResponseAndComplexClaimsAreJson() throws Exception {
    String event = new String(sample("cognito-presignup-go.json")).replace("PreSignUp_SignUp", "PostConfirmation_ConfirmSignUp");
    assertEquals("{}", invoke("Pool_ConfirmHandler", event.getBytes()).path("response").toString());
    JsonNode claims = invoke("Pool_ClaimsHandler", sample("cognito-pretokengen-v2-go.json"));
    assertEquals("{\"level\":3}", claims.at("/response/claimsAndScopeOverrideDetails/accessTokenGeneration/claimsToAddOrOverride/tier").toString());
  }

  @Test
  void descriptorNamesTheTriggersAndTheTemplateWiresThePool() throws Exception {
    String functions = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, DescriptorAssembler.FUNCTIONS)
        .orElseThrow().getCharContent(false).toString();
    assertTrue(functions.contains("\"source\" : \"COGNITO_USER_POOL\"") || functions.contains("\"source\":\"COGNITO_USER_POOL\""), functions);
    assertTrue(functions.contains("PreTokenGenerationConfig"), functions);
    assertTrue(functions.contains("PostConfirmation"), functions);
    String template = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, DescriptorAssembler.TEMPLATE)
        .orElseThrow().getCharContent(false).toString();
    assertTrue(template.contains("UserPoolArn:"), template);
    assertTrue(template.contains("cognito-idp.amazonaws.com"), template);
    assertTrue(template.contains("SignUpCognitoPermission:"), template);
  }

  @Test
  void defaultTimeoutIsTooLongForCognito() {
    assertError("LF_COGNITO_TIMEOUT", "@Function(triggers",
        "@Function(triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void a(io.lambdaforge.events.cognito.PostConfirmationRequest r) {}");
  }

  @Test
  void timeoutOverFiveSeconds() {
    assertError("LF_COGNITO_TIMEOUT", "timeout = 6",
        "@Function(timeout = 6,",
        "    triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void a(io.lambdaforge.events.cognito.PostConfirmationRequest r) {}");
  }

  @Test
  void triggerAttribute() {
    assertError("LF_COGNITO_TRIGGER_ATTRIBUTE", "path = \"/x\"",
        "@Function(timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL,",
        "    path = \"/x\"))",
        "public static void a(io.lambdaforge.events.cognito.PostConfirmationRequest r) {}");
  }

  @Test
  void onlyTrigger() {
    assertError("LF_COGNITO_ONLY_TRIGGER", "@Trigger(source = Source.COGNITO_USER_POOL)",
        "@Function(timeout = 5, triggers = {@Trigger(source = Source.SDK),",
        "    @Trigger(source = Source.COGNITO_USER_POOL)})",
        "public static void a(io.lambdaforge.events.cognito.PostConfirmationRequest r) {}");
  }

  @Test
  void shapeNamesTheTypesThatWouldFit() {
    assertError("LF_COGNITO_SHAPE", "String r",
        "@Function(timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void a(String r) {}");
    Compilation wrongReturn = Compilations.compile(Compilations.api(
        "@Function(timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static String a(io.lambdaforge.events.cognito.PreSignUpRequest r) { return \"\"; }"));
    assertThat(wrongReturn).hadErrorContaining("[LF_COGNITO_SHAPE]");
    assertThat(wrongReturn).hadErrorContaining("is answered with io.lambdaforge.events.cognito.PreSignUpResponse, not java.lang.String");
    assertThat(wrongReturn).hadErrorContaining("PreSignUpResponse m(PreSignUpRequest)");
  }

  @Test
  void triggerImplementedTwiceForThePool() {
    javax.tools.JavaFileObject source = Compilations.api(
        "@Function(name = \"first\", timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void a(io.lambdaforge.events.cognito.PostAuthenticationRequest r) {}",
        "@Function(name = \"second\", timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void b(io.lambdaforge.events.cognito.PostAuthenticationRequest r) {}");
    Compilation twice = withDescriptor(source);
    assertThat(twice).failed();
    assertThat(twice).hadErrorContaining("[LF_COGNITO_DUPLICATE_TRIGGER] the user pool's PostAuthentication trigger is also implemented by com.acme.Api#a")
        .inFile(source).onLineContaining("@Function(name = \"second\"");
    assertThat(withDescriptor(Compilations.api(
        "@Function(name = \"first\", timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void a(io.lambdaforge.events.cognito.PostAuthenticationRequest r) {}",
        "@Function(name = \"second\", timeout = 5, triggers = @Trigger(source = Source.COGNITO_USER_POOL))",
        "public static void b(io.lambdaforge.events.cognito.PreAuthenticationRequest r) {}")))
        .succeeded();
  }
}
