package io.lambdaforge.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.descriptor.openapi.OpenApiFiles;
import io.lambdaforge.local.app.LocalApp;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "openapi",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the application's OpenAPI 3.1 document of one API, exactly as the build wrote it"
            + " (META-INF/lambdaforge/openapi-<api>.json).",
        "Without --api: the only document, or the HTTP API's when there are both."})
final class OpenApiCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--classpath", required = true, paramLabel = "<cp>",
      description = "The application's class output and dependency jars, like java -cp.")
  String classpath;

  @Option(names = "--api", paramLabel = "<api>", description = "http (the HTTP API) or rest (the REST API).")
  String api;

  OpenApiCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    try (LocalApp app = LocalApp.fromClasspath(classpath, console.err())) {
      Map<String, JsonNode> documents = app.openApiDocuments();
      if (documents.isEmpty()) {
        throw new CliException(ExitCodes.APP, "the application has no OpenAPI document: it has no API"
            + " Gateway route (REST or HTTP API), or it was built by a Lambdaforge version without OpenAPI");
      }
      String chosen = api != null ? api : documents.containsKey("http") ? "http" : documents.keySet().iterator().next();
      if (!documents.containsKey(chosen)) {
        throw new CliException(ExitCodes.USAGE, "no OpenAPI document for --api " + chosen
            + "; the application has: " + String.join(", ", documents.keySet()));
      }
      console.out().print(OpenApiFiles.render(documents.get(chosen)));
      console.out().flush();
    }
    return ExitCodes.OK;
  }
}
