package io.lambdaforge.client;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/**
 * Which failed Invoke requests are worth sending again (see {@link RetryPolicy} for the rules).
 * Function errors never reach here: they are answers, not exceptions.
 */
final class RetryClassifier {
  private RetryClassifier() {}

  /** Whether {@code failure} of one Invoke request may be retried. */
  static boolean isRetryable(Throwable failure) {
    if (failure instanceof SdkServiceException service) {
      return isThrottling(service) || service.statusCode() >= 500;
    }
    if (failure instanceof SdkClientException) {
      return hasIoCause(failure);
    }
    return false;
  }

  private static boolean isThrottling(SdkServiceException service) {
    if (service instanceof TooManyRequestsException || service.statusCode() == 429) {
      return true;
    }
    return service instanceof AwsServiceException aws
        && aws.awsErrorDetails() != null
        && "TooManyRequestsException".equals(aws.awsErrorDetails().errorCode());
  }

  /** Connection refused or reset, an unexpected end of stream, a read timeout, ... */
  private static boolean hasIoCause(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure.getCause(); cause != null && depth < 16; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return true;
      }
      depth++;
    }
    return false;
  }
}
