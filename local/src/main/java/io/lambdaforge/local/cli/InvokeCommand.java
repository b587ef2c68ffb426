package io.lambdaforge.local.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ErrorDocument;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "invoke",
    mixinStandardHelpOptions = true,
    description = {
        "Invokes one function once with an event (any source's event, or a direct-invoke payload),"
            + " in-process with its memory, timeout and environment.",
        "Prints the adapter's raw JSON response on stdout and exits 0; when the function throws or"
            + " times out, prints the Lambda error document (errorType, errorMessage, stackTrace) and"
            + " exits 1. Function logs go to stderr."})
final class InvokeCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--classpath", required = true, paramLabel = "<cp>",
      description = "The application's class output and dependency jars, like java -cp.")
  String classpath;

  @Option(names = "--function", required = true, paramLabel = "<name>", description = "The function to invoke.")
  String function;

  @Option(names = "--event", paramLabel = "<file>|-",
      description = "The event as a JSON file, or - for stdin (default: {}). The events command prints samples.")
  String event;

  @Option(names = "--isolation", defaultValue = "classloader", paramLabel = "<mode>",
      description = "classloader (default): the function loads the application's classes in its own class"
          + " loader; none: the tool's class loader; jvm: its own JVM with Lambda's heap settings for its"
          + " memory, and REPORT shows that JVM's Max Memory Used.")
  String isolation;

  @Spec
  CommandSpec spec;

  InvokeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    ExecutionModel.Mode mode;
    try {
      mode = ExecutionModel.Mode.parse(isolation);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (LocalApp app = LocalApp.fromClasspath(classpath, console.err(), ExecutionModel.DEFAULT.mode(mode))) {
      // Relaunch before the event is read: the child reads it (stdin included) itself. A child JVM
      // (--isolation jvm) gets the declared environment as its own, so it needs none.
      Optional<Integer> relaunched = mode == ExecutionModel.Mode.JVM ? Optional.empty()
          : console.relaunchWithEnvironmentOf(
          new Application(app.application().runtime(), app.application().codeUri(),
              app.application().region(), List.of(app.function(function))));
      if (relaunched.isPresent()) {
        return relaunched.get();
      }
      byte[] payload = readEvent();
      LocalFunction target = app.load(function);
      InvocationResult result = target.invoke(payload);
      if (result instanceof InvocationResult.Success success) {
        console.out().write(success.output(), 0, success.output().length);
        console.out().println();
        return ExitCodes.OK;
      }
      console.out().println(Json.writer().writeValueAsString(ErrorDocument.of(result)));
      return ExitCodes.FUNCTION_ERROR;
    }
  }

  private byte[] readEvent() {
    byte[] bytes;
    String where = event == null ? "the default event" : event.equals("-") ? "stdin" : event;
    try {
      if (event == null) {
        bytes = "{}".getBytes(StandardCharsets.UTF_8);
      } else if (event.equals("-")) {
        bytes = console.in().readAllBytes();
      } else {
        bytes = Files.readAllBytes(Path.of(event));
      }
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCodes.APP, "event file " + event + " does not exist");
    } catch (IOException e) {
      throw new CliException(ExitCodes.APP, "cannot read the event from " + where + ": " + e.getMessage(), e);
    }
    try {
      JsonNode parsed = Json.reader().readTree(bytes);
      if (parsed == null || parsed.isMissingNode()) {
        throw new CliException(ExitCodes.APP, "the event from " + where + " is empty; a Lambda event is a JSON document");
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.APP, "the event from " + where + " is not valid JSON: "
          + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()), e);
    }
    return bytes;
  }
}
