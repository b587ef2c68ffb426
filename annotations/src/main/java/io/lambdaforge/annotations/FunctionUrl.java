package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The settings of a {@link Function}'s Lambda function URL. A function has at most one URL, so a
 * method carries at most one {@code @FunctionUrl}; the URL's routes are the method's
 * {@code @Trigger(source = Source.FUNCTION_URL, ...)} triggers. A function with such triggers and no
 * {@code @FunctionUrl} gets the defaults below; a {@code @FunctionUrl} without any such trigger is a
 * compile error ({@code LF_FUNCTION_URL_WITHOUT_TRIGGER}).
 *
 * <p>See https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface FunctionUrl {

  /** The URL's {@code AuthType}. */
  enum AuthType {
    /** Callers sign each request with SigV4 and need {@code lambda:InvokeFunctionUrl}. */
    AWS_IAM,
    /** Anyone on the internet may call the URL; Lambda adds a public resource-based policy. */
    NONE
  }

  /**
   * Who may call the URL. The default is {@link AuthType#AWS_IAM}: a public URL must be a
   * deliberate choice ({@code auth = NONE}).
   */
  AuthType auth() default AuthType.AWS_IAM;

  /**
   * Whether to put an Amazon CloudFront distribution in front of the URL, locked with Origin Access
   * Control: the template then also has the distribution, the OAC and the permissions for
   * {@code cloudfront.amazonaws.com}. Requires {@code auth = AWS_IAM} (CloudFront signs each
   * request to the origin). See
   * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html
   */
  boolean behindCloudFront() default false;
}
