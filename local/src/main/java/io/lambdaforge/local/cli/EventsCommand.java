package io.lambdaforge.local.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.app.SampleEvents;
import io.lambdaforge.runtime.internal.json.Json;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
        "Prints a ready sample event for a function's real route, as its source would send it:"
            + " path parameters filled ({x} = 1, {x+} = sample/1), JSON headers, body {} for POST,"
            + " PUT and PATCH. Without --source the first of the function's HTTP API, REST and ALB"
            + " routes; a Cognito user-pool trigger function gets its trigger's event; an S3 Batch"
            + " function an invocation of schema 1.0 (--variant 2.0 for schema 2.0); any other"
            + " function without HTTP routes gets the direct-invoke payload {}.",
        "Feed it to invoke: events ... > event.json && invoke ... --event event.json"})
final class EventsCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--classpath", required = true, paramLabel = "<cp>",
      description = "The application's class output and dependency jars, like java -cp.")
  String classpath;

  @Option(names = "--function", required = true, paramLabel = "<name>", description = "The function.")
  String function;

  @Option(names = "--source", paramLabel = "<source>",
      description = "API_GATEWAY_HTTP, API_GATEWAY_REST, ALB, FUNCTION_URL, SDK, FIREHOSE, COGNITO_USER_POOL, S3_BATCH, STEP_FUNCTIONS, LEX_V2 or ALEXA_SKILL; the function must have such a trigger"
          + " (SDK always works).")
  Source source;

  @Option(names = "--variant", paramLabel = "<variant>",
      description = "A variant of the source's sample: S3_BATCH 1.0 (default) or 2.0; COGNITO_USER_POOL a"
          + " triggerSource of the function's trigger (e.g. PreSignUp_AdminCreateUser).")
  String variant;

  EventsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    try (LocalApp app = LocalApp.fromClasspath(classpath, console.err())) {
      FunctionSpec spec = app.function(function);
      Object event = SampleEvents.forFunction(spec, Optional.ofNullable(source),
          Optional.ofNullable(variant), app.application().authorizers());
      console.out().println(Json.writer().withDefaultPrettyPrinter().writeValueAsString(event));
    }
    return ExitCodes.OK;
  }
}
