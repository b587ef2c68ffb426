package io.lambdaforge.descriptor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An authorizer that routes of an {@link Application} reference by {@link #name()} ({@link
 * RouteAuth#authorizer()}). Fields a kind does not use are {@code null}, empty or {@code 0}; the
 * constructor normalises them and rejects what the kind cannot have.
 *
 * @param name 1..64 of {@code [A-Za-z0-9]}: SAM derives logical IDs from it; not {@code AWS_IAM}
 * @param kind what answers for the routes
 * @param issuer the JWT issuer URL ({@link AuthorizerKind#JWT} only, required)
 * @param audience the accepted {@code aud} / {@code client_id} values ({@link AuthorizerKind#JWT}
 *     only, at least one)
 * @param userPoolArn the Cognito user pool ARN ({@link AuthorizerKind#COGNITO} only, required)
 * @param identitySource where the gateway finds the identity: for JWT and Lambda authorizers an
 *     HTTP API selection expression list, e.g. {@code $request.header.Authorization} (comma
 *     separated; {@code $request.header.X}, {@code $request.querystring.X}, {@code $context.X},
 *     {@code $stageVariables.X}); for Cognito a header name, e.g. {@code Authorization}; a Lambda
 *     {@code TOKEN} authorizer takes exactly one header
 * @param functionName the function that answers (Lambda kinds only, required): the generated
 *     authorizer function of the application
 * @param resultTtlSeconds how long the gateway caches a Lambda authorizer's answer, 0..3600 (0
 *     turns caching off); 0 for the other kinds
 *     (https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html,
 *     https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-authorizers.html)
 */
public record AuthorizerSpec(
    String name,
    AuthorizerKind kind,
    String issuer,
    List<String> audience,
    String userPoolArn,
    String identitySource,
    String functionName,
    int resultTtlSeconds) {

  /** The route value meaning IAM (SigV4) authorization instead of a named authorizer. */
  public static final String AWS_IAM = "AWS_IAM";
  /** The longest result cache API Gateway allows, in seconds (REST and HTTP APIs). */
  public static final int MAX_RESULT_TTL_SECONDS = 3600;
  /** The default identity source of JWT and Lambda authorizers. */
  public static final String DEFAULT_HTTP_IDENTITY_SOURCE = "$request.header.Authorization";
  /** The default identity source (header) of Cognito authorizers. */
  public static final String DEFAULT_COGNITO_IDENTITY_SOURCE = "Authorization";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]{1,64}");
  private static final Pattern SELECTION = Pattern.compile(
      "\\$(request\\.header|request\\.querystring|context|stageVariables)\\.[^\\s,]+");
  private static final Pattern HEADER = Pattern.compile("[!#%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern USER_POOL_ARN = Pattern.compile(
      "arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\\d{12}:userpool/[\\w-]+_[0-9a-zA-Z]+");

  public AuthorizerSpec {
    Checks.notNull(name, "authorizer name");
    if (!NAME.matcher(name).matches() || name.equals(AWS_IAM)) {
      throw new IllegalArgumentException("authorizer name '" + name
          + "' must be 1..64 characters of [A-Za-z0-9] and not AWS_IAM");
    }
    String where = "authorizer '" + name + "': ";
    Checks.notNull(kind, where + "kind");
    audience = audience == null ? List.of() : List.copyOf(audience);
    issuer = blankToNull(issuer);
    userPoolArn = blankToNull(userPoolArn);
    functionName = blankToNull(functionName);
    identitySource = blankToNull(identitySource);
    switch (kind) {
      case JWT -> {
        if (issuer == null) {
          throw new IllegalArgumentException(where + "a JWT authorizer needs an issuer URL");
        }
        if (audience.isEmpty() || audience.stream().anyMatch(String::isBlank)) {
          throw new IllegalArgumentException(
              where + "a JWT authorizer needs at least one non-blank audience");
        }
        identitySource = identitySource == null ? DEFAULT_HTTP_IDENTITY_SOURCE : identitySource;
        checkSelections(where, identitySource);
      }
      case COGNITO -> {
        if (userPoolArn == null || !USER_POOL_ARN.matcher(userPoolArn).matches()) {
          throw new IllegalArgumentException(where + "a Cognito authorizer needs a user pool ARN"
              + " (arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>), got '"
              + userPoolArn + "'");
        }
        identitySource =
            identitySource == null ? DEFAULT_COGNITO_IDENTITY_SOURCE : identitySource;
        if (!HEADER.matcher(identitySource).matches()) {
          throw new IllegalArgumentException(where + "a Cognito authorizer's identity source is "
              + "a header name, e.g. Authorization, got '" + identitySource + "'");
        }
      }
      case LAMBDA_TOKEN, LAMBDA_REQUEST -> {
        if (functionName == null) {
          throw new IllegalArgumentException(
              where + "a Lambda authorizer needs the name of its function");
        }
        identitySource = identitySource == null ? DEFAULT_HTTP_IDENTITY_SOURCE : identitySource;
        List<String> selections = checkSelections(where, identitySource);
        if (kind == AuthorizerKind.LAMBDA_TOKEN && (selections.size() != 1
            || !selections.get(0).startsWith("$request.header."))) {
          throw new IllegalArgumentException(where + "a TOKEN authorizer reads exactly one"
              + " header, e.g. $request.header.Authorization, got '" + identitySource + "'");
        }
        Checks.range(resultTtlSeconds, 0, MAX_RESULT_TTL_SECONDS, where + "resultTtlSeconds");
      }
    }
    if (kind != AuthorizerKind.JWT && (issuer != null || !audience.isEmpty())) {
      throw new IllegalArgumentException(where + "only JWT authorizers have an issuer or audience");
    }
    if (kind != AuthorizerKind.COGNITO && userPoolArn != null) {
      throw new IllegalArgumentException(where + "only Cognito authorizers have a user pool ARN");
    }
    if (!kind.isLambda() && (functionName != null || resultTtlSeconds != 0)) {
      throw new IllegalArgumentException(
          where + "only Lambda authorizers have a function and a result TTL");
    }
  }

  /** A JWT authorizer (HTTP API). */
  public static AuthorizerSpec jwt(
      String name, String issuer, List<String> audience, String identitySource) {
    return new AuthorizerSpec(
        name, AuthorizerKind.JWT, issuer, audience, null, identitySource, null, 0);
  }

  /** A Cognito user-pool authorizer (REST API). */
  public static AuthorizerSpec cognito(String name, String userPoolArn, String identitySource) {
    return new AuthorizerSpec(
        name, AuthorizerKind.COGNITO, null, List.of(), userPoolArn, identitySource, null, 0);
  }

  /** A Lambda authorizer answered by {@code functionName}. */
  public static AuthorizerSpec lambda(String name, AuthorizerKind kind, String identitySource,
      String functionName, int resultTtlSeconds) {
    if (!kind.isLambda()) {
      throw new IllegalArgumentException("authorizer '" + name + "': " + kind + " is not a Lambda"
          + " authorizer kind; write LAMBDA_TOKEN or LAMBDA_REQUEST");
    }
    return new AuthorizerSpec(
        name, kind, null, List.of(), null, identitySource, functionName, resultTtlSeconds);
  }

  /** The identity source split into its selection expressions. */
  public List<String> identitySources() {
    List<String> parts = new ArrayList<>();
    for (String part : identitySource.split(",")) {
      parts.add(part.trim());
    }
    return List.copyOf(parts);
  }

  private static List<String> checkSelections(String where, String identitySource) {
    List<String> parts = new ArrayList<>();
    for (String part : identitySource.split(",", -1)) {
      String p = part.trim();
      if (!SELECTION.matcher(p).matches()) {
        throw new IllegalArgumentException(where + "identity source '" + identitySource
            + "' must be a comma-separated list of $request.header.<name>,"
            + " $request.querystring.<name>, $context.<name> or $stageVariables.<name>");
      }
      parts.add(p);
    }
    return parts;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
