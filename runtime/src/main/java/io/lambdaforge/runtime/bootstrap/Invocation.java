package io.lambdaforge.runtime.bootstrap;

import java.net.http.HttpHeaders;

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

  /**
   * Reads the headers of a {@code /next} response; null when the request id is missing or cannot
   * be a URL path segment (such an invocation cannot be answered). Lambda's ids are UUIDs.
   */
  static Invocation from(HttpHeaders headers, byte[] event) {
    String requestId = headers.firstValue(REQUEST_ID).orElse(null);
    if (requestId == null || !requestId.matches("[A-Za-z0-9._~-]{1,200}")) {
      return null;
    }
    return new Invocation(
        requestId,
        parseDeadline(headers.firstValue(DEADLINE_MS).orElse(null)),
        headers.firstValue(FUNCTION_ARN).orElse(null),
        headers.firstValue(TRACE_ID).orElse(null),
        headers.firstValue(CLIENT_CONTEXT).orElse(null),
        headers.firstValue(COGNITO_IDENTITY).orElse(null),
        headers.firstValue(TENANT_ID).orElse(null),
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
