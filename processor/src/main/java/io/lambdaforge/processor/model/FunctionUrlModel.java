package io.lambdaforge.processor.model;

import java.util.Objects;

/**
 * A method's {@code @FunctionUrl}, as written.
 *
 * @param auth the {@code AuthType} constant's name, {@code AWS_IAM} or {@code NONE}
 * @param behindCloudFront whether a CloudFront distribution with Origin Access Control fronts the URL
 */
public record FunctionUrlModel(String auth, boolean behindCloudFront) {
  /** What a function with function URL triggers and no {@code @FunctionUrl} gets. */
  public static final FunctionUrlModel DEFAULT = new FunctionUrlModel("AWS_IAM", false);

  public FunctionUrlModel {
    Objects.requireNonNull(auth, "auth");
  }
}
