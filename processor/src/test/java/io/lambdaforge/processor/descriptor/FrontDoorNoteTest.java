package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code LF_FRONT_DOOR_CHEAPER}: one NOTE per function on one front door that a cheaper door would
 * serve with the same routes and features. 10 M REST requests cost 10 M x $3.50 / M = $35.00; a
 * function URL serves them for $0 (docs/descriptor-and-cost.md, Front doors).
 */
class FrontDoorNoteTest {
  private static final String[] REST_FUNCTION = {
      "@Function(timeout = 10, traffic = @Traffic(invocationsPerMonth = 10_000_000, averageDurationMs = 20),",
      "    triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/orders\"))",
      "public static String orders() { return \"[]\"; }",
      "@Function(timeout = 10, traffic = @Traffic(invocationsPerMonth = 10_000_000, averageDurationMs = 21),",
      "    triggers = {@Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/a\"),",
      "        @Trigger(source = Source.ALB, method = \"GET\", path = \"/a\", priority = 1)})",
      "public static String twoDoors() { return \"a\"; }"};

  private static List<String> notes(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[LF_FRONT_DOOR_CHEAPER]"))
        .toList();
  }

  @Test
  void aRestFunctionThatAFunctionUrlWouldServeForLessGetsOneNote() {
    JavaFileObject source = api(REST_FUNCTION);
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[LF_FRONT_DOOR_CHEAPER] function orders pays $35.00 a month"
            + " for its REST API (10,000,000 HTTP requests); a Function URL would serve the same routes and"
            + " features for $0.00, saving $35.00 a month")
        .inFile(source).onLineContaining("@Function(timeout = 10, traffic = @Traffic(invocationsPerMonth = 10_000_000, averageDurationMs = 20),");
    // the function on two doors gets the table, not a note
    assertEquals(1, notes(compilation).size(), notes(compilation)::toString);
    String report = requireFile(compilation, DescriptorAssembler.COST_REPORT);
    assertTrue(report.contains("## Front doors"), report);
    assertTrue(report.contains("| orders | 10,000,000 | $10.00 | **$35.00** |"), report);
    assertTrue(report.contains("- orders: the Function URL would save $35.00 a month over its REST API"), report);
    String functions = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    assertTrue(functions.contains("\"frontDoor\" : \"REST_API\""), functions);
  }

  @Test
  void requestValidationIsARestOnlyFeature() {
    Compilation compilation = compile(List.of("-Alambdaforge.restDefinition=openapi"), api(REST_FUNCTION));
    assertThat(compilation).succeeded();
    assertTrue(notes(compilation).isEmpty(), notes(compilation)::toString);
  }

  /**
   * A JWT authorizer exists only on an HTTP API
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html): 30 M
   * HTTP API requests ($30.00) get no note though a function URL would be $0 and an ALB of its own
   * $19.09; the same function with an AWS_IAM route may move to a function URL, whose AuthType
   * AWS_IAM carries it (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
   */
  @Test
  void aJwtRouteGetsNoNoteAnIamRouteDoes() {
    String[] jwt = {
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "@JwtAuthorizer(name = \"users\", issuer = \"https://issuer.example.com/\", audience = \"api\")",
        "public class Secured {",
        "  @Function(timeout = 10, traffic = @Traffic(invocationsPerMonth = 30_000_000, averageDurationMs = 20),",
        "      triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/me\",",
        "          authorizer = \"%s\"))",
        "  public static String me() { return \"{}\"; }",
        "}"};
    Compilation jwtCompilation = AuthDescriptorTest.compile(List.of(),
        com.google.testing.compile.JavaFileObjects.forSourceLines("com.acme.Secured",
            java.util.Arrays.stream(jwt).map(l -> l.replace("%s", "users")).toList()));
    assertThat(jwtCompilation).succeeded();
    assertTrue(notes(jwtCompilation).isEmpty(), notes(jwtCompilation)::toString);
    String report = requireFile(jwtCompilation, DescriptorAssembler.COST_REPORT);
    assertTrue(report.contains("- me, Function URL: its authorizer 'users' (JWT) is not available on a"
        + " function URL"), report);
    assertTrue(report.contains("- me, ALB share: its routes are protected"), report);

    Compilation iamCompilation = AuthDescriptorTest.compile(List.of(),
        com.google.testing.compile.JavaFileObjects.forSourceLines("com.acme.Secured",
            java.util.Arrays.stream(jwt).map(l -> l.replace("%s", "AWS_IAM")).toList()));
    assertThat(iamCompilation).succeeded();
    assertEquals(List.of("[LF_FRONT_DOOR_CHEAPER] function me pays $30.00 a month for its HTTP API"
        + " (30,000,000 HTTP requests); a Function URL would serve the same routes and features for"
        + " $0.00, saving $30.00 a month; write its triggers with source = Source.FUNCTION_URL, or"
        + " keep the HTTP API for what the comparison cannot see (custom domains, API keys, usage"
        + " plans, WAF; cost-report.md, Front doors)"), notes(iamCompilation));
  }
}
