package io.lambdaforge.local.cli;

import io.lambdaforge.local.fixture.EchoHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the CLI in-process with captured streams. */
final class Cli {
  /** The fixture application's class output: target/test-classes. */
  static final String FIXTURE_CLASSPATH = testClasses();

  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return run(new byte[0], null, args);
  }

  static Result run(byte[] stdin, Console.ServeLifecycle lifecycle, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin),
        lifecycle == null ? server -> { } : lifecycle);
    int code = Main.run(console, args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String testClasses() {
    try {
      return Path.of(EchoHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
