package io.lambdaforge.runtime.internal.bootstrap;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** One event from {@code /runtime/invocation/next} with its {@code Lambda-Runtime-*} headers. */
record Invocation(
    String requestId,
    long deadlineEpochMillis,
    String invokedFunctionArn,
    String traceId,
    String clientContextJson,
    String cognitoIdentityJson,
    String tenantId,
    byte[] event) {

  static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
  static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
  static final String FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
  static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
  static final String CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
  static final String COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
  static final String TENANT_ID = "Lambda-Runtime-Aws-Tenant-Id";
  private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z0-9._~-]{1,200}");

  /**
   * Reads the headers of a {@code /next} response; null when the request id is missing or cannot
   * be a URL path segment (such an invocation cannot be answered). Lambda's ids are UUIDs.
   * {@code header} gives a header's first value by name (any case), or null.
   */
  static Invocation from(UnaryOperator<String> header, byte[] event) {
    String requestId = header.apply(REQUEST_ID);
    if (requestId == null || !USABLE_ID.matcher(requestId).matches()) {
      return null;
    }
    return new Invocation(
        requestId,
        parseDeadline(header.apply(DEADLINE_MS)),
        header.apply(FUNCTION_ARN),
        header.apply(TRACE_ID),
        header.apply(CLIENT_CONTEXT),
        header.apply(COGNITO_IDENTITY),
        header.apply(TENANT_ID),
        event);
  }

  /** A missing or malformed deadline means "no deadline known" rather than "already expired". */
  private static long parseDeadline(String value) {
    if (value == null) {
      return Long.MAX_VALUE;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
