package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.descriptor.sam.CfnLint;
import io.lambdaforge.processor.AuthorizerProcessor;
import io.lambdaforge.processor.DescriptorProcessor;
import io.lambdaforge.processor.FunctionProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorizers declared in Java end to end: functions.json's authorizers and route auth, the
 * template's wiring (cfn-lint clean), the Lambda authorizer as a function of its own whose
 * invocations enter the estimate; and the rules that need the whole compilation.
 */
class AuthDescriptorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor(), new AuthorizerProcessor())
        .withOptions(options)
        .compile(sources);
  }

  static JavaFileObject orders(String... extra) {
    List<String> lines = new java.util.ArrayList<>(List.of(
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.auth.AuthDecision;",
        "",
        "@JwtAuthorizer(name = \"orders\", issuer = \"https://issuer.example.com/\",",
        "    audience = {\"api\", \"web\"})",
        "@CognitoAuthorizer(name = \"pool\",",
        "    userPoolArn = \"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123\")",
        "@DefaultAuthorizer(name = \"orders\", scopes = \"orders:read\")",
        "public class Orders {",
        "  @Function(traffic = @Traffic(invocationsPerMonth = 1000000, averageDurationMs = 20),",
        "      triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/orders\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/orders\",",
        "          authorizer = \"apiKeys\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/health\",",
        "          authorizer = \"NONE\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/orders\",",
        "          authorizer = \"pool\", scopes = \"email\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"DELETE\", path = \"/orders\",",
        "          authorizer = \"AWS_IAM\")})",
        "  public static String list() { return \"[]\"; }",
        "",
        "  @LambdaAuthorizer(name = \"apiKeys\", identitySource = \"$request.header.x-api-key\")",
        "  public static AuthDecision checkKey(String key) {",
        "    return key.equals(\"k\") ? AuthDecision.allow(key) : AuthDecision.deny(key);",
        "  }"));
    lines.addAll(List.of(extra));
    lines.add("}");
    return JavaFileObjects.forSourceLines("com.acme.Orders", lines);
  }

  @Test
  void descriptorTemplateAndCost(@TempDir Path dir) throws Exception {
    Compilation compilation = compile(List.of(), orders());
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode functions = JSON.readTree(DescriptorCompilations.requireFile(compilation,
        DescriptorAssembler.FUNCTIONS));
    assertEquals("[\"apiKeys\",\"orders\",\"pool\"]", names(functions.get("authorizers")));
    assertEquals("{\"name\":\"apiKeys\",\"kind\":\"LAMBDA_REQUEST\",\"identitySource\":"
        + "\"$request.header.x-api-key\",\"functionName\":\"checkKey\",\"resultTtlSeconds\":300}",
        functions.at("/authorizers/0").toString());
    JsonNode list = functions.at("/functions/1");
    assertEquals("list", list.get("name").asText());
    List<String> auth = new java.util.ArrayList<>();
    list.get("triggers").forEach(t -> auth.add(t.get("method").asText() + " "
        + t.get("path").asText() + " " + t.path("auth")));
    assertEquals(List.of(
        "DELETE /orders {\"authorizer\":\"AWS_IAM\",\"scopes\":[]}",
        "GET /orders {\"authorizer\":\"pool\",\"scopes\":[\"email\"]}",
        "GET /health ",
        "GET /orders {\"authorizer\":\"orders\",\"scopes\":[\"orders:read\"]}",
        "POST /orders {\"authorizer\":\"apiKeys\",\"scopes\":[]}"), auth);

    // the authorizer's function: 1,000,000 requests over 5 triggers, 1 of them protected by
    // apiKeys = 200,000; 80% assumed cache hits (TTL 300 s) leaves 40,000 invocations at 50 ms
    JsonNode checkKey = functions.at("/functions/0");
    assertEquals("checkKey", checkKey.get("name").asText());
    assertEquals("com.acme.Orders_CheckKeyHandler::handleRequest", checkKey.get("handler").asText());
    assertEquals(40000, checkKey.at("/traffic/invocationsPerMonth").asLong());
    assertEquals(50, checkKey.at("/traffic/averageDurationMs").asLong());
    assertTrue(checkKey.get("description").asText().contains("less 80% answered from its 300 s"
        + " result cache"), checkKey.get("description").asText());
    assertTrue(checkKey.at("/cost/monthly/total").decimalValue().signum() > 0,
        checkKey.get("cost").toString());

    String yaml = DescriptorCompilations.requireFile(compilation, DescriptorAssembler.TEMPLATE);
    JsonNode template = YAML.readTree(yaml);
    assertTrue(template.at("/Globals/HttpApi/Auth/Authorizers/orders/JwtConfiguration").isObject());
    assertEquals("CheckKeyFunction", template.at(
        "/Globals/HttpApi/Auth/Authorizers/apiKeys/FunctionArn/Fn::GetAtt/0").asText());
    assertTrue(template.at("/Globals/Api/Auth/Authorizers/pool/UserPoolArn").isTextual());
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, yaml);
    CfnLint.assertClean(file);
  }

  private static String names(JsonNode array) {
    List<String> names = new java.util.ArrayList<>();
    array.forEach(a -> names.add("\"" + a.get("name").asText() + "\""));
    return names.toString().replace(" ", "");
  }

  private static void assertOneError(Compilation compilation, String code, String line,
      JavaFileObject source) {
    assertThat(compilation).hadErrorContaining("[" + code + "]").inFile(source)
        .onLineContaining(line);
    long lf = compilation.errors().stream().filter(d -> d.getMessage(null).startsWith("[LF_"))
        .count();
    assertEquals(1, lf, () -> compilation.diagnostics().toString());
  }

  private static JavaFileObject api(String... lines) {
    List<String> all = new java.util.ArrayList<>(List.of(
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.auth.AuthDecision;"));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.acme.Api", all);
  }

  @Test
  void unknownAuthorizer() {
    JavaFileObject source = api(
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "      authorizer = \"ordrs\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_UNKNOWN", "authorizer = \"ordrs\"",
        source);
  }

  @Test
  void jwtOnRest() {
    JavaFileObject source = api(
        "@JwtAuthorizer(name = \"jwt\", issuer = \"https://i.example.com\", audience = \"a\")",
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/a\",",
        "      authorizer = \"jwt\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_SOURCE", "authorizer = \"jwt\"",
        source);
  }

  @Test
  void cognitoOnHttpApi() {
    JavaFileObject source = api(
        "@CognitoAuthorizer(name = \"pool\",",
        "    userPoolArn = \"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123\")",
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "      authorizer = \"pool\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_SOURCE", "authorizer = \"pool\"",
        source);
  }

  @Test
  void tokenAuthorizerOnHttpApi() {
    JavaFileObject source = api(
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "      authorizer = \"tok\"))",
        "  public static void a() {}",
        "  @LambdaAuthorizer(name = \"tok\", type = LambdaAuthorizer.Type.TOKEN)",
        "  public static AuthDecision tok(String t) { return AuthDecision.allow(t); }",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_SOURCE", "authorizer = \"tok\"",
        source);
  }

  @Test
  void scopesWithALambdaAuthorizer() {
    JavaFileObject source = api(
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "      authorizer = \"keys\", scopes = \"read\"))",
        "  public static void a() {}",
        "  @LambdaAuthorizer(name = \"keys\")",
        "  public static AuthDecision keys(String t) { return AuthDecision.allow(t); }",
        "}");
    assertOneError(compile(List.of(), source), "LF_SCOPES_WITHOUT_TOKEN_AUTHORIZER",
        "scopes = \"read\"", source);
  }

  @Test
  void aClaimBehindALambdaAuthorizer() {
    JavaFileObject source = api(
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "      authorizer = \"keys\"))",
        "  public static String a(",
        "      @Claim(\"sub\") String sub) { return sub; }",
        "  @LambdaAuthorizer(name = \"keys\")",
        "  public static AuthDecision keys(String t) { return AuthDecision.allow(t); }",
        "}");
    assertOneError(compile(List.of(), source), "LF_CLAIM_WITHOUT_AUTHORIZER", "@Claim(\"sub\")",
        source);
  }

  @Test
  void duplicateAuthorizerName() {
    JavaFileObject source = api(
        "@JwtAuthorizer(name = \"keys\", issuer = \"https://i.example.com\", audience = \"a\")",
        "public class Api {",
        "  @LambdaAuthorizer(name = \"keys\")",
        "  public static AuthDecision keys(String t) { return AuthDecision.allow(t); }",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_DUPLICATE", "@LambdaAuthorizer",
        source);
  }

  @Test
  void invalidDeclaration() {
    JavaFileObject source = api(
        "@JwtAuthorizer(name = \"orders-jwt\", issuer = \"https://i.example.com\", audience = \"a\")",
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_DECLARATION", "orders-jwt", source);
  }

  @Test
  void ttlBeyondTheLimit() {
    JavaFileObject source = api(
        "public class Api {",
        "  @LambdaAuthorizer(name = \"keys\",",
        "      resultTtlSeconds = 7200)",
        "  public static AuthDecision keys(String t) { return AuthDecision.allow(t); }",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_AUTHORIZER_TTL", "resultTtlSeconds = 7200",
        source);
  }

  @Test
  void lambdaAuthorizerShape() {
    JavaFileObject source = api(
        "public class Api {",
        "  @LambdaAuthorizer(name = \"keys\")",
        "  public static boolean keys(String t, int n) { return true; }",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\"))",
        "  public static void a() {}",
        "}");
    assertOneError(compile(List.of(), source), "LF_LAMBDA_AUTHORIZER_SHAPE",
        "public static boolean keys", source);
  }

  @Test
  void protectedRestRouteWithAnOpenApiDefinedRestApi() {
    JavaFileObject source = api(
        "public class Api {",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/a\",",
        "      authorizer = \"AWS_IAM\"))",
        "  public static void a() {}",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/b\"))",
        "  public static void b() {}",
        "}");
    Compilation compilation = compile(List.of("-Alambdaforge.restDefinition=openapi"), source);
    assertOneError(compilation, "LF_AUTH_REST_DEFINITION", "@Function(triggers = @Trigger("
        + "source = Source.API_GATEWAY_REST, path = \"/a\",", source);
    assertTrue(compilation.diagnostics().stream().anyMatch(d -> d.getKind()
        == Diagnostic.Kind.NOTE), "the other function still makes a descriptor");
  }
}
