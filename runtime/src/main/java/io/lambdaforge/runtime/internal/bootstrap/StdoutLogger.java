package io.lambdaforge.runtime.internal.bootstrap;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;

/**
 * A {@link LambdaLogger} writing to the process's stdout, which Lambda forwards to CloudWatch Logs
 * (one record per line).
 */
final class StdoutLogger implements LambdaLogger {
  private final PrintStream out;

  StdoutLogger(PrintStream out) {
    this.out = out;
  }

  @Override
  public void log(String message) {
    out.print(message);
    out.flush();
  }

  @Override
  public void log(byte[] message) {
    out.write(message, 0, message.length);
    out.flush();
  }
}
