package io.lambdaforge.local.cli;

import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.local.server.DevServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Where a command reads and writes, and how {@code serve} waits: the process's streams and a
 * shutdown hook in production, captured streams and a controllable wait in tests.
 */
record Console(
    PrintStream out, PrintStream err, InputStream in, ServeLifecycle lifecycle, Optional<Relaunch> relaunch) {

  Console(PrintStream out, PrintStream err, InputStream in, ServeLifecycle lifecycle) {
    this(out, err, in, lifecycle, Optional.empty());
  }

  /**
   * Re-runs this command line in a child JVM whose environment holds the variables that
   * {@code app}'s functions declare and this process lacks; returns its exit code, or empty when
   * there is nothing to add, the values conflict, or this console cannot relaunch (tests).
   */
  Optional<Integer> relaunchWithEnvironmentOf(Application app) {
    if (relaunch.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> missing = Relaunch.missingVariables(app, System.getenv(), err);
    return missing.isEmpty() ? Optional.empty() : Optional.of(relaunch.get().run(missing));
  }

  /** How {@code serve} waits once the server runs; it returns when the server should stop. */
  interface ServeLifecycle {
    void await(DevServer server) throws InterruptedException;
  }

  /** The process's streams; {@code serve} runs until Ctrl-C (SIGINT) or SIGTERM. */
  static Console system(String[] args) {
    return new Console(System.out, System.err, System.in, server -> {
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        System.err.println("stopping the dev server");
        server.close();
        stopped.countDown();
      }, "lambdaforge-shutdown"));
      stopped.await();
    }, Relaunch.ofCurrentProcess(args));
  }
}
