package io.lambdaforge.runtime.internal.stepfunctions;

import Lambdaforge.ResultTooLarge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A task's result, written here first so its size is known before Lambda sees it: a Step Functions
 * state's input and output are limited to 262,144 bytes of UTF-8
 * (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html), so a larger result
 * fails the invocation with {@link ResultTooLarge} instead of the state with {@code
 * States.DataLimitExceeded}.
 */
public final class TaskResult extends ByteArrayOutputStream {
  /** The most bytes a state's output may hold. */
  public static final int MAX_BYTES = 262_144;

  private final String functionName;

  public TaskResult(String functionName) {
    super(256);
    this.functionName = functionName;
  }

  /**
   * Writes the result to {@code output} and flushes it.
   *
   * @throws ResultTooLarge when it is over {@link #MAX_BYTES}
   */
  public void deliver(OutputStream output) throws IOException {
    if (count > MAX_BYTES) {
      throw new ResultTooLarge(functionName, count, MAX_BYTES);
    }
    output.write(buf, 0, count);
    output.flush();
  }
}
