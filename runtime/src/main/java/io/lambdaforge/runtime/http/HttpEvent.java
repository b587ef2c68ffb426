package io.lambdaforge.runtime.http;

import io.lambdaforge.annotations.Source;
import java.util.List;
import java.util.Map;

/**
 * The fields of an ALB / REST / HTTP API event an adapter uses, as the event carried them (no
 * decoding, no merging). Filled by {@link EventDecoder}; absent fields stay {@code null}.
 */
final class HttpEvent {
  Source source;

  String version;
  String httpMethod;
  String path;
  String rawPath;
  String rawQueryString;
  String body;
  boolean base64;
  Map<String, String> headers;
  Map<String, List<String>> multiValueHeaders;
  Map<String, String> queryStringParameters;
  Map<String, List<String>> multiValueQueryStringParameters;
  List<String> cookies;
  Map<String, String> stageVariables;

  boolean hasRequestContext;
  String targetGroupArn;
  String stage;
  String requestId;
  String contextHttpMethod;
  String sourceIp;
  Map<String, Object> authorizer;

  /** The request method: REST and ALB {@code httpMethod}, HTTP API {@code requestContext.http.method}. */
  String method() {
    return source == Source.API_GATEWAY_HTTP ? contextHttpMethod : httpMethod;
  }

  /** Whether an ALB event uses multi-value headers mode (the two modes never mix). */
  boolean albMultiValue() {
    return multiValueHeaders != null || multiValueQueryStringParameters != null;
  }

  /** Whether an ALB event shows its mode at all (an event with neither map does not). */
  boolean albModeKnown() {
    return albMultiValue() || headers != null || queryStringParameters != null;
  }
}
