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
}
