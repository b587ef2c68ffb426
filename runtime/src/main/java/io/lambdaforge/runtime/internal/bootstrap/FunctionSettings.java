package io.lambdaforge.runtime.internal.bootstrap;

import java.util.Map;

/** The per-function values Lambda puts in the environment, read once at init. */
record FunctionSettings(
    String functionName,
    String functionVersion,
    int memoryLimitInMb,
    String logGroupName,
    String logStreamName) {

  static FunctionSettings from(Map<String, String> env) {
    return new FunctionSettings(
        env.get("AWS_LAMBDA_FUNCTION_NAME"),
        env.get("AWS_LAMBDA_FUNCTION_VERSION"),
        parseMemory(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")),
        env.get("AWS_LAMBDA_LOG_GROUP_NAME"),
        env.get("AWS_LAMBDA_LOG_STREAM_NAME"));
  }

  /** 0 when unset or not a number (Lambda always sets it; local runs may not). */
  private static int parseMemory(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
