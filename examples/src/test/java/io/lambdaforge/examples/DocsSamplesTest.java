package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fenced {@code java} block of README.md and docs/*.md is either an excerpt of the examples'
 * sources or of the adapters the processor generated for them (line by line, ignoring indentation
 * and blank lines), or a complete compilation unit that javac compiles with the real Lambdaforge
 * processor. Other languages are not checked.
 */
class DocsSamplesTest {
  private static final Path SOURCES = TestFiles.moduleDir().resolve("src/main/java");
  /**
   * The adapters the processor generated for the examples: docs may quote them too, and then show
   * exactly what the processor writes today.
   */
  private static final Path GENERATED = TestFiles.moduleDir().resolve("target/generated-sources/annotations");

  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaBlockIsAnExcerptOrCompiles() throws IOException {
    List<DocsSamples.Block> java = new ArrayList<>();
    for (Path file : markdownFiles()) {
      DocsSamples.blocks(file, Files.readAllLines(file, StandardCharsets.UTF_8)).stream()
          .filter(block -> block.language().equals("java"))
          .forEach(java::add);
    }
    return java.stream().map(block -> DynamicTest.dynamicTest(
        TestFiles.repositoryRoot().relativize(block.file()) + ":" + block.line() + " " + block.firstLine(),
        () -> check(block)));
  }

  private void check(DocsSamples.Block block) throws IOException {
    if (DocsSamples.excerptOf(block, SOURCES).isPresent()
        || Files.isDirectory(GENERATED) && DocsSamples.excerptOf(block, GENERATED).isPresent()) {
      return;
    }
    Path dir = Files.createTempDirectory(work, "block");
    DocsSamples.Compilation compiled = DocsSamples.compile(block.text(), RuntimeProcess.currentClasspath(), dir);
    if (!compiled.success()) {
      fail(TestFiles.repositoryRoot().relativize(block.file()) + ", block at line " + block.line() + " starting '"
          + block.firstLine() + "' is neither an excerpt of examples/src/main/java or of the adapters generated for"
          + " them (line by line, ignoring indentation and blank lines) nor a compilation unit that compiles with the Lambdaforge processor:\n"
          + compiled.diagnostics());
    }
  }

  private static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Path readme = TestFiles.repositoryRoot().resolve("README.md");
    if (Files.isRegularFile(readme)) {
      files.add(readme);
    }
    Path docs = TestFiles.repositoryRoot().resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> list = Files.list(docs)) {
        list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  // ---- the checker itself ----

  @Test
  void findsFencedBlocksByLanguageWithTheirContentOnly() {
    List<String> markdown = List.of(
        "# Title",
        "```java",
        "class A {}",
        "```",
        "text",
        "  ```xml",
        "  <a/>",
        "  ```",
        "~~~~ Java title=\"x\"",
        "```",
        "int x;",
        "~~~~",
        "````",
        "no language",
        "````",
        "```java",
        "unterminated();");
    List<DocsSamples.Block> blocks = DocsSamples.blocks(Path.of("x.md"), markdown);
    assertEquals(List.of("java", "xml", "java", "", "java"), blocks.stream().map(DocsSamples.Block::language).toList());
    assertEquals(List.of("class A {}"), blocks.get(0).lines());
    assertEquals(2, blocks.get(0).line());
    assertEquals(List.of("<a/>"), blocks.get(1).lines(), "the fence's indentation is removed");
    assertEquals(List.of("```", "int x;"), blocks.get(2).lines(), "a shorter or other fence does not close");
    assertEquals(List.of("unterminated();"), blocks.get(4).lines(), "the end of the file closes a block");
  }

  @Test
  void anExcerptMatchesLineByLineIgnoringIndentationButNotAnEdit() throws IOException {
    List<String> source = Files.readAllLines(SOURCES.resolve("io/lambdaforge/examples/alb/StatusService.java"));
    int start = source.indexOf("  public static Health health() {");
    assertTrue(start > 0, "StatusService.health() moved; update this test");
    List<String> copy = new ArrayList<>();
    copy.add("public static Health health() {");
    copy.add("");
    copy.add("        " + source.get(start + 1).strip());
    copy.add(source.get(start + 2));
    Optional<Path> found = DocsSamples.excerptOf(new DocsSamples.Block(Path.of("x.md"), 1, "java", copy), SOURCES);
    assertTrue(found.isPresent());
    assertTrue(found.get().endsWith("StatusService.java"), found.toString());

    List<String> edited = new ArrayList<>(copy);
    edited.set(2, edited.get(2).replace("\"ok\"", "\"fine\""));
    assertFalse(DocsSamples.excerptOf(new DocsSamples.Block(Path.of("x.md"), 1, "java", edited), SOURCES).isPresent());

    List<String> reordered = List.of(copy.get(2), copy.get(0));
    assertFalse(DocsSamples.excerptOf(new DocsSamples.Block(Path.of("x.md"), 1, "java", reordered), SOURCES).isPresent());
  }

  @Test
  void aCompilationUnitCompilesWithTheRealProcessor() throws IOException {
    String unit = """
        package docs.check;

        import io.lambdaforge.annotations.Function;
        import io.lambdaforge.annotations.Source;
        import io.lambdaforge.annotations.Trigger;

        public class Ping {
          @Function(memory = 128, timeout = 3,
              triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = "GET", path = "/ping"))
          public String ping() {
            return "pong";
          }
        }
        """;
    DocsSamples.Compilation compiled = DocsSamples.compile(unit, RuntimeProcess.currentClasspath(), work.resolve("ok"));
    assertTrue(compiled.success(), compiled.diagnostics());
    assertTrue(Files.isRegularFile(compiled.generatedSources().resolve("docs/check/Ping_PingHandler.java")),
        "the processor generated the adapter: " + compiled.diagnostics());

    DocsSamples.Compilation invalid = DocsSamples.compile(unit.replace("memory = 128", "memory = 100"),
        RuntimeProcess.currentClasspath(), work.resolve("invalid"));
    assertFalse(invalid.success());
    assertTrue(invalid.diagnostics().contains("[LF_"), "the processor's own error: " + invalid.diagnostics());

    DocsSamples.Compilation fragment = DocsSamples.compile("return orders.find(id);",
        RuntimeProcess.currentClasspath(), work.resolve("fragment"));
    assertFalse(fragment.success(), "a fragment is not a compilation unit");
  }

  @Test
  void theFileNameFollowsThePublicType() {
    assertEquals("OrdersApi", DocsSamples.typeName("import a.*;\nclass Helper {}\npublic class OrdersApi {}"));
    assertEquals("Helper", DocsSamples.typeName("class Helper {}"));
    assertEquals("Point", DocsSamples.typeName("public record Point(int x, int y) {}"));
    assertEquals("Sample", DocsSamples.typeName("int x;"));
  }
}
