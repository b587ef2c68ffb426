package io.lambdaforge.local.cli;

import io.lambdaforge.local.server.DevServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Where a command reads and writes, and how {@code serve} waits: the process's streams and a
 * shutdown hook in production, captured streams and a controllable wait in tests.
 */
record Console(PrintStream out, PrintStream err, InputStream in, ServeLifecycle lifecycle) {

  /** How {@code serve} waits once the server runs; it returns when the server should stop. */
  interface ServeLifecycle {
    void await(DevServer server) throws InterruptedException;
  }

  /** The process's streams; {@code serve} runs until Ctrl-C (SIGINT) or SIGTERM. */
  static Console system() {
    return new Console(System.out, System.err, System.in, server -> {
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        System.err.println("stopping the dev server");
        server.close();
        stopped.countDown();
      }, "lambdaforge-shutdown"));
      stopped.await();
    });
  }
}
