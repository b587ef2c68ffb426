package io.lambdaforge.local.cli;

import static io.lambdaforge.local.cli.Cli.FIXTURE_CLASSPATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiCommandTest {
  private static final String DOC = "{\n  \"openapi\" : \"3.1.0\",\n  \"info\" : {\n    \"title\" : \"HTTP API\",\n"
      + "    \"version\" : \"1.0.0\"\n  },\n  \"paths\" : { }\n}\n";

  @TempDir
  Path dir;

  private Path app() throws IOException {
    Path meta = Files.createDirectories(dir.resolve("META-INF/lambdaforge"));
    try (InputStream in = getClass().getResourceAsStream("/META-INF/lambdaforge/functions.json")) {
      Files.write(meta.resolve("functions.json"), in.readAllBytes());
    }
    Files.writeString(meta.resolve("openapi-http.json"), DOC);
    return dir;
  }

  @Test
  void printsTheDocumentAsBuilt() throws IOException {
    String classpath = app().toString();
    Cli.Result result = Cli.run("openapi", "--classpath", classpath);
    assertEquals(0, result.code(), result.toString());
    assertEquals(DOC, result.out());
    Cli.Result explicit = Cli.run("openapi", "--classpath", classpath, "--api", "http");
    assertEquals(DOC, explicit.out());
  }

  @Test
  void anUnknownApiIsAUsageError() throws IOException {
    Cli.Result result = Cli.run("openapi", "--classpath", app().toString(), "--api", "rest");
    assertEquals(ExitCodes.USAGE, result.code(), result.toString());
    assertTrue(result.err().contains("no OpenAPI document for --api rest; the application has: http"), result.err());
  }

  @Test
  void anApplicationWithoutDocumentsSaysWhy() {
    Cli.Result result = Cli.run("openapi", "--classpath", FIXTURE_CLASSPATH);
    assertEquals(ExitCodes.APP, result.code(), result.toString());
    assertTrue(result.err().contains("the application has no OpenAPI document"), result.err());
  }
}
