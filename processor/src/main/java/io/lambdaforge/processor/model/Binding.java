package io.lambdaforge.processor.model;

/** Where the value of a function parameter comes from. */
public enum Binding {
  /** {@code @PathParam}: a parameter of the route template. */
  PATH,
  /** {@code @QueryParam}: a query-string parameter. */
  QUERY,
  /** {@code @HeaderParam}: a request header. */
  HEADER,
  /** {@code @CookieParam}: a request cookie. */
  COOKIE,
  /** {@code @Body}: the HTTP request body. */
  BODY,
  /** The Lambda {@code com.amazonaws.services.lambda.runtime.Context}. */
  CONTEXT,
  /** The whole request, {@code io.lambdaforge.runtime.http.HttpRequest}. */
  REQUEST_VIEW,
  /** Un-annotated: the direct-invoke (SDK) payload. */
  PAYLOAD,
  /** {@code @Claim}: a claim of the token a JWT or Cognito authorizer validated. */
  CLAIM,
  /** {@code @AuthContext}: a value of a Lambda authorizer's context. */
  AUTH_CONTEXT,
  /** The whole authorization, {@code io.lambdaforge.events.auth.Auth}. */
  AUTH;

  /** Whether this binding reads what an authorizer established. */
  public boolean isAuth() {
    return this == CLAIM || this == AUTH_CONTEXT || this == AUTH;
  }

  /** Whether this binding reads from an HTTP request (everything but CONTEXT and PAYLOAD). */
  public boolean isHttp() {
    return this != CONTEXT && this != PAYLOAD;
  }

  /** The annotation (or type) that selects this binding, as users write it. */
  public String annotation() {
    switch (this) {
      case PATH:
        return "@PathParam";
      case QUERY:
        return "@QueryParam";
      case HEADER:
        return "@HeaderParam";
      case COOKIE:
        return "@CookieParam";
      case BODY:
        return "@Body";
      case CONTEXT:
        return "Context";
      case REQUEST_VIEW:
        return "HttpRequest";
      case CLAIM:
        return "@Claim";
      case AUTH_CONTEXT:
        return "@AuthContext";
      case AUTH:
        return "Auth";
      default:
        return "no annotation";
    }
  }
}
