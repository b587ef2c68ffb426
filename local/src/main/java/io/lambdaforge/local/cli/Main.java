package io.lambdaforge.local.cli;

import io.lambdaforge.local.app.AppException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar lambdaforge-local.jar serve|invoke|cost|events|tune ...}: runs a Lambdaforge
 * application on this machine. Exit codes are those of {@link ExitCodes}.
 */
@Command(
    name = "lambdaforge-local",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Runs a Lambdaforge application locally: serve its HTTP routes, invoke a function,"
        + " print its cost, print sample events, tune its memory, mint test tokens.",
    subcommands = CommandLine.HelpCommand.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:invoke: the function threw or timed out",
        "2:bad command line",
        "3:missing or invalid application, function, event or pricing file",
        "4:serve: cannot bind the address (port in use)",
        "70:internal error"})
public final class Main implements Runnable {
  /** Longest time the dev server waits for a request's headers and body, in seconds. */
  static final String MAX_REQUEST_SECONDS = "30";
  /** Longest time a response may take including the function (Lambda's 900 s cap plus slack). */
  static final String MAX_RESPONSE_SECONDS = "960";

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    // Read once by the JDK HTTP server when its first instance is created: a slow client cannot
    // hold a connection forever, while the response timer still leaves room for 900 s functions.
    setIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
    setIfAbsent("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
    System.exit(run(Console.system(args), args));
  }

  /** Runs one command line; returns its exit code. */
  static int run(Console console, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand("serve", new ServeCommand(console));
    cli.addSubcommand("invoke", new InvokeCommand(console));
    cli.addSubcommand("cost", new CostCommand(console));
    cli.addSubcommand("events", new EventsCommand(console));
    cli.addSubcommand("tune", new TuneCommand(console));
    cli.addSubcommand("openapi", new OpenApiCommand(console));
    cli.addSubcommand("token", new TokenCommand(console));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler((error, command, parsed) -> {
      String name = command.getCommandName();
      if (error instanceof CliException failure) {
        console.err().println(name + ": " + failure.getMessage());
        return failure.exitCode();
      }
      if (error instanceof AppException problem) {
        console.err().println(name + ": " + problem.getMessage());
        return ExitCodes.APP;
      }
      console.err().println(name + ": internal error, please report it: " + error);
      error.printStackTrace(console.err());
      return ExitCodes.INTERNAL;
    });
    int code = cli.execute(args);
    console.out().flush();
    console.err().flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "choose a command: serve, invoke, cost, events or tune (see --help)");
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"lambdaforge-local " + (version == null ? "(development build)" : version)};
    }
  }
}
