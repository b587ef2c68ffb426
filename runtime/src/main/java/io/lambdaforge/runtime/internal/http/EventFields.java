package io.lambdaforge.runtime.internal.http;

/**
 * The fields of an event's objects that {@link EventDecoder} acts on, each as a small code per
 * object (the top level, {@code requestContext} and its {@code http}); {@link #OTHER} is every field
 * it skips. A {@link FieldOrder} remembers the code with the name at each position.
 */
final class EventFields {
  static final int OTHER = 0;
  // top level
  static final int VERSION = 1;
  static final int HTTP_METHOD = 2;
  static final int PATH = 3;
  static final int RAW_PATH = 4;
  static final int RAW_QUERY_STRING = 5;
  static final int BODY = 6;
  static final int IS_BASE64_ENCODED = 7;
  static final int HEADERS = 8;
  static final int MULTI_VALUE_HEADERS = 9;
  static final int QUERY = 10;
  static final int MULTI_VALUE_QUERY = 11;
  static final int COOKIES = 12;
  static final int STAGE_VARIABLES = 13;
  static final int REQUEST_CONTEXT = 14;
  // requestContext
  static final int ELB = 1;
  static final int STAGE = 2;
  static final int REQUEST_ID = 3;
  static final int DOMAIN_NAME = 4;
  static final int HTTP = 5;
  static final int IDENTITY = 6;
  static final int AUTHORIZER = 7;
  // requestContext.http
  static final int METHOD = 1;
  static final int SOURCE_IP = 2;

  /** What to do with the event's top-level field {@code name}. */
  static int top(String name) {
    return switch (name) {
      case "version" -> VERSION;
      case "httpMethod" -> HTTP_METHOD;
      case "path" -> PATH;
      case "rawPath" -> RAW_PATH;
      case "rawQueryString" -> RAW_QUERY_STRING;
      case "body" -> BODY;
      case "isBase64Encoded" -> IS_BASE64_ENCODED;
      case "headers" -> HEADERS;
      case "multiValueHeaders" -> MULTI_VALUE_HEADERS;
      case "queryStringParameters" -> QUERY;
      case "multiValueQueryStringParameters" -> MULTI_VALUE_QUERY;
      case "cookies" -> COOKIES;
      case "stageVariables" -> STAGE_VARIABLES;
      case "requestContext" -> REQUEST_CONTEXT;
      default -> OTHER;
    };
  }

  /** What to do with the field {@code name} of {@code requestContext}. */
  static int requestContext(String name) {
    return switch (name) {
      case "elb" -> ELB;
      case "stage" -> STAGE;
      case "requestId" -> REQUEST_ID;
      case "domainName" -> DOMAIN_NAME;
      case "http" -> HTTP;
      case "identity" -> IDENTITY;
      case "authorizer" -> AUTHORIZER;
      default -> OTHER;
    };
  }

  /** What to do with the field {@code name} of {@code requestContext.http}. */
  static int http(String name) {
    return switch (name) {
      case "method" -> METHOD;
      case "sourceIp" -> SOURCE_IP;
      default -> OTHER;
    };
  }

  private EventFields() {}
}
