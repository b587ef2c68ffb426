package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the exact {@code pom.xml} of docs/getting-started.md, with a one-function project and
 * one test, by running Maven on it: offline, against the jars this reactor just built (installed
 * into a throwaway local repository, never into the shared one) and the third-party artifacts
 * this build already resolved (read through a {@code file:} mirror). Then checks that the jar
 * {@code codeUri} names is the shaded jar with the runtime and the generated adapter, and that
 * surefire ran the project's JUnit 5 test.
 */
class GettingStartedPomTest {
  private static final List<String> MODULES =
      List.of("annotations", "runtime", "descriptor", "processor", "local", "client");

  @TempDir Path dir;

  @Test
  void theDocumentedPomBuildsTheDeployableJarAndRunsTheTests() throws Exception {
    Path root = TestFiles.repositoryRoot();
    String version = required("lambdaforge.test.version");
    Path mvn = Path.of(required("lambdaforge.test.mavenHome"), "bin", "mvn");
    Path cache = Path.of(required("lambdaforge.test.localRepository"));
    for (String module : MODULES) {
      Path jar = root.resolve(module).resolve("target/lambdaforge-" + module + "-" + version + ".jar");
      if (!Files.isRegularFile(jar)) {
        skipOrFail(jar + " is not built (run mvn verify or package first)");
      }
    }

    Path repo = Files.createDirectories(dir.resolve("repo"));
    install(repo, "lambdaforge-parent", version, root.resolve("pom.xml"), null);
    install(repo, "lambdaforge-bom", version, root.resolve("bom/pom.xml"), null);
    for (String module : MODULES) {
      install(repo, "lambdaforge-" + module, version, root.resolve(module).resolve("pom.xml"),
          root.resolve(module).resolve("target/lambdaforge-" + module + "-" + version + ".jar"));
    }
    Path settings = Files.writeString(dir.resolve("settings.xml"), """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors>
            <mirror>
              <id>this-build</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(repo, cache.toUri()));

    Path project = Files.createDirectories(dir.resolve("my-app"));
    String pom = documentedPom(root).replace(
        "<lambdaforge.version>0.1.0-SNAPSHOT</lambdaforge.version>",
        "<lambdaforge.version>" + version + "</lambdaforge.version>");
    Files.writeString(project.resolve("pom.xml"), pom);
    write(project, "src/main/java/com/example/Hello.java", """
        package com.example;

        import io.lambdaforge.annotations.Function;
        import io.lambdaforge.annotations.PathParam;
        import io.lambdaforge.annotations.Source;
        import io.lambdaforge.annotations.Trigger;

        public class Hello {
          @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = "GET",
              path = "/hello/{name}"))
          public static String hello(@PathParam("name") String name) {
            return "hello " + name;
          }
        }
        """);
    write(project, "src/test/java/com/example/HelloTest.java", """
        package com.example;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import io.lambdaforge.annotations.Source;
        import io.lambdaforge.local.testing.HttpResult;
        import io.lambdaforge.local.testing.LocalLambda;
        import io.lambdaforge.local.testing.Request;
        import org.junit.jupiter.api.Test;

        class HelloTest {
          @Test
          void greets() {
            try (LocalLambda lambda = LocalLambda.fromClasspath()) {
              HttpResult result = lambda.request(Source.API_GATEWAY_HTTP, Request.get("/hello/bob"));
              assertEquals(200, result.status(), result.toString());
            }
          }
        }
        """);

    Path log = dir.resolve("mvn.log");
    // -o: no network; aether.offline.protocols=file lets the file: mirror through.
    Process process = new ProcessBuilder(mvn.toString(), "-B", "-o", "-s", settings.toString(),
        "-Daether.offline.protocols=file", "package")
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(8, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("mvn package did not finish within 8 minutes\n" + tail(log));
    }
    assertEquals(0, process.exitValue(), () -> "mvn package failed\n" + tail(log));

    // codeUri, resolved as SAM does (relative to the template's folder), names the shaded jar
    Path template = project.resolve("target/classes/META-INF/lambdaforge/template.yaml");
    Matcher codeUri = Pattern.compile("CodeUri: \"?([^\"\\n]+)\"?")
        .matcher(Files.readString(template, StandardCharsets.UTF_8));
    assertTrue(codeUri.find(), "no CodeUri in " + template);
    Path jar = template.getParent().resolve(codeUri.group(1).strip()).normalize();
    assertEquals(project.resolve("target/my-app.jar"), jar);
    try (JarFile shaded = new JarFile(jar.toFile())) {
      Set<String> entries = shaded.stream().map(e -> e.getName()).collect(Collectors.toSet());
      assertTrue(entries.contains("com/example/Hello.class"), "the application");
      assertTrue(entries.contains("com/example/Hello_HelloHandler.class"), "the generated adapter");
      assertTrue(entries.contains("META-INF/lambdaforge/template.yaml"), "the descriptor");
      assertTrue(entries.stream().anyMatch(e -> e.startsWith("io/lambdaforge/runtime/")), "the runtime");
      assertTrue(entries.contains("com/amazonaws/services/lambda/runtime/RequestStreamHandler.class"),
          "aws-lambda-java-core");
      assertTrue(entries.contains("com/fasterxml/jackson/databind/ObjectMapper.class"), "jackson");
      assertFalse(entries.stream().anyMatch(e -> e.startsWith("io/lambdaforge/local/")),
          "the test-scoped local tools stay out");
      assertFalse(entries.stream().anyMatch(e -> e.startsWith("io/lambdaforge/processor/")),
          "the processor stays out");
    }

    Path report = project.resolve("target/surefire-reports/TEST-com.example.HelloTest.xml");
    assertTrue(Files.isRegularFile(report), () -> "surefire ran no JUnit 5 test\n" + tail(log));
    String xml = Files.readString(report, StandardCharsets.UTF_8);
    Matcher tests = Pattern.compile("<testsuite [^>]*tests=\"(\\d+)\"").matcher(xml);
    assertTrue(tests.find(), xml);
    assertEquals(1, Integer.parseInt(tests.group(1)), xml);
  }

  /** The first {@code xml} block of the Maven section of docs/getting-started.md. */
  static String documentedPom(Path root) throws IOException {
    String page = Files.readString(root.resolve("docs/getting-started.md"), StandardCharsets.UTF_8);
    String maven = page.substring(page.indexOf("## Maven"), page.indexOf("## Gradle"));
    int start = maven.indexOf("```xml\n") + "```xml\n".length();
    String pom = maven.substring(start, maven.indexOf("```", start));
    assertTrue(pom.startsWith("<?xml") && pom.strip().endsWith("</project>"),
        "the Maven section's first xml block is a whole pom.xml");
    return pom;
  }

  /** Puts {@code pom} (and {@code jar}) where a local repository keeps {@code io.lambdaforge:artifact}. */
  private static void install(Path repo, String artifact, String version, Path pom, Path jar)
      throws IOException {
    Path to = Files.createDirectories(repo.resolve("io/lambdaforge").resolve(artifact).resolve(version));
    Files.copy(pom, to.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, to.resolve(artifact + "-" + version + ".jar"));
    }
  }

  private static void write(Path project, String path, String text) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.contains("${")) {
      skipOrFail("system property " + property + " is not set (run through Maven: examples/pom.xml sets it)");
    }
    return value;
  }

  private static void skipOrFail(String reason) {
    String ci = System.getenv("CI");
    if (ci != null && !ci.isEmpty()) {
      fail(reason + " (CI is set, so this is a failure)");
    }
    assumeTrue(false, reason + "; skipping");
  }

  private static String tail(Path log) {
    try (Stream<String> lines = Files.lines(log)) {
      List<String> all = new ArrayList<>(lines.toList());
      return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
