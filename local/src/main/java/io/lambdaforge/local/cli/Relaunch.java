package io.lambdaforge.local.cli;

import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Re-runs the current command line in a child JVM with more environment variables. Java cannot
 * change its own environment, and every function runs in this one JVM, so this is how
 * {@code System.getenv()} comes to return the variables the functions declare, as in Lambda.
 */
final class Relaunch {
  /** Set in the child, so that it never relaunches again. */
  static final String CHILD_MARKER = "LAMBDAFORGE_LOCAL_CHILD";

  private final List<String> command;

  private Relaunch(List<String> command) {
    this.command = List.copyOf(command);
  }

  /** This process's own command line, or empty when it is a relaunched child or cannot be known. */
  static Optional<Relaunch> ofCurrentProcess(String[] args) {
    if (System.getenv(CHILD_MARKER) != null) {
      return Optional.empty();
    }
    Optional<String> java = ProcessHandle.current().info().command();
    String classpath = System.getProperty("java.class.path");
    if (java.isEmpty() || classpath == null || classpath.isEmpty()) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(classpath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(new Relaunch(command));
  }

  /**
   * The variables {@code app}'s functions declare that {@code processEnvironment} lacks, sorted;
   * empty when two functions give one of them different values (then no single process
   * environment can serve both, and each function's values stay bound to its own thread).
   */
  static Map<String, String> missingVariables(
      Application app, Map<String, String> processEnvironment, PrintStream err) {
    Map<String, String> wanted = new TreeMap<>();
    Map<String, String> declaredBy = new TreeMap<>();
    for (FunctionSpec function : app.functions()) {
      for (Map.Entry<String, String> variable : function.environment().entrySet()) {
        String name = variable.getKey();
        String earlier = wanted.putIfAbsent(name, variable.getValue());
        if (earlier != null && !earlier.equals(variable.getValue())) {
          err.println("note: functions " + declaredBy.get(name) + " and " + function.name()
              + " give " + name + " different values, so System.getenv() cannot show both; each"
              + " function reads its own through io.lambdaforge.local.invoke.LocalEnvironment.get");
          return Map.of();
        }
        declaredBy.putIfAbsent(name, function.name());
      }
    }
    wanted.entrySet().removeIf(variable -> variable.getValue().equals(processEnvironment.get(variable.getKey())));
    return wanted;
  }

  /** Runs the child with {@code variables} added, its standard streams this process's; its exit code. */
  int run(Map<String, String> variables) {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(variables);
    builder.environment().put(CHILD_MARKER, "1");
    Process child;
    try {
      child = builder.start();
    } catch (IOException e) {
      throw new CliException(ExitCodes.INTERNAL, "cannot start a JVM with the functions' environment: " + e.getMessage());
    }
    Thread stopChild = new Thread(child::destroy, "lambdaforge-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return ExitCodes.INTERNAL;
    }
  }
}
