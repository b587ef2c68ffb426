package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;

/** Factories of the HTTP family's triggers (the {@code TriggerSpec} shortcuts delegate here). */
public final class HttpTriggers {
  private HttpTriggers() {}

  /** An HTTP API (payload 2.0) route. */
  /** A route of a function's Lambda function URL. */
  public static TriggerSpec functionUrl(String method, String path) {
    return new TriggerSpec(TriggerSource.FUNCTION_URL, method, path, 0, false);
  }

  public static TriggerSpec httpApi(String method, String path) {
    return new TriggerSpec(TriggerSource.API_GATEWAY_HTTP, method, path, 0, false);
  }

  /** An API Gateway REST (payload 1.0) route. */
  public static TriggerSpec restApi(String method, String path) {
    return new TriggerSpec(TriggerSource.API_GATEWAY_REST, method, path, 0, false);
  }

  /** An ALB listener rule forwarding to the function's target group. */
  public static TriggerSpec alb(String method, String path, int priority,
      boolean multiValueHeaders) {
    return new TriggerSpec(TriggerSource.ALB, method, path, priority, multiValueHeaders);
  }
}
