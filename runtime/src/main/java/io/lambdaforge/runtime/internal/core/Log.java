package io.lambdaforge.runtime.internal.core;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Log lines through the Lambda logger, or stderr when there is no context or logger: what every family
 * writes about a refused event or a failed invocation.
 */
public final class Log {
  private Log() {}

  public static void line(Context context, String message) {
    LambdaLogger logger = context == null ? null : context.getLogger();
    if (logger != null) {
      logger.log(message + "\n");
    } else {
      System.err.println(message);
    }
  }

  public static void error(Context context, String message, Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    line(context, message + "\n" + trace);
  }
}
