package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code codeUri} of docs/getting-started.md's Maven and Gradle snippets, resolved as SAM does
 * (relative to the template's folder), names the jar each build produces. The processor writes
 * the template to the class output: {@code target/classes} for Maven, {@code
 * build/classes/java/main} for Gradle (https://docs.gradle.org/current/userguide/java_plugin.html).
 */
class GettingStartedCodeUriTest {
  private static final Pattern CODE_URI = Pattern.compile("-Alambdaforge\\.codeUri=([^<\"]+)");

  @Test
  void mavenAndGradleCodeUrisNameTheBuiltJar() throws Exception {
    String page = Files.readString(
        TestFiles.repositoryRoot().resolve("docs/getting-started.md"), StandardCharsets.UTF_8);
    Matcher m = CODE_URI.matcher(page.substring(0, page.indexOf("## Gradle")));
    m.find();
    assertEquals(Path.of("target/my-app.jar"),
        resolve("target/classes/META-INF/lambdaforge", m.group(1)));
    Matcher g = CODE_URI.matcher(page.substring(page.indexOf("## Gradle")));
    g.find();
    // Gradle's shadow plugin writes build/libs/<project>-all.jar
    assertEquals(Path.of("build/libs/my-app-all.jar"),
        resolve("build/classes/java/main/META-INF/lambdaforge", g.group(1)));
  }

  private static Path resolve(String templateDir, String codeUri) {
    return Path.of(templateDir).resolve(codeUri).normalize();
  }
}
