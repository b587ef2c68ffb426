package io.lambdaforge.descriptor.model;

import java.util.Set;

/**
 * A function's Lambda function URL settings (buffered invoke mode).
 *
 * @param authType {@code AWS_IAM} (callers sign with SigV4) or {@code NONE} (public)
 * @param behindCloudFront whether a CloudFront distribution with origin access control fronts the
 *     URL; needs {@code AWS_IAM}
 *     (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html)
 */
public record FunctionUrlSpec(String authType, boolean behindCloudFront) {
  private static final Set<String> AUTH_TYPES = Set.of("AWS_IAM", "NONE");

  /** The settings of a function URL declared without {@code @FunctionUrl}. */
  public static final FunctionUrlSpec DEFAULT = new FunctionUrlSpec("AWS_IAM", false);

  public FunctionUrlSpec {
    Checks.notNull(authType, "function URL authType");
    if (!AUTH_TYPES.contains(authType)) {
      throw new IllegalArgumentException(
          "function URL authType must be AWS_IAM or NONE, got '" + authType + "'");
    }
    if (behindCloudFront && !authType.equals("AWS_IAM")) {
      throw new IllegalArgumentException(
          "a function URL behind CloudFront (origin access control) needs authType AWS_IAM, got "
              + authType);
    }
  }
}
