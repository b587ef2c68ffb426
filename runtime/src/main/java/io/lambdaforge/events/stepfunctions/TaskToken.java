package io.lambdaforge.events.stepfunctions;

import java.util.Objects;

/**
 * The callback token of a Step Functions task that waits for it ({@code
 * arn:aws:states:::lambda:invoke.waitForTaskToken}): the execution waits until someone calls
 * {@code SendTaskSuccess}, {@code SendTaskFailure} or {@code SendTaskHeartbeat} with it
 * (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token).
 * A {@code @Function} parameter of this type makes its generated state wait for the token; the
 * state passes the token in the payload as {@code TaskToken}, the state input as {@code Input}.
 *
 * @param value the token, as Step Functions issued it (1..2048 characters, per {@code
 *     SendTaskSuccess}: https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskSuccess.html)
 */
public record TaskToken(String value) {
  /** The longest token {@code SendTaskSuccess} accepts. */
  public static final int MAX_LENGTH = 2048;

  public TaskToken {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a task token has 1.." + MAX_LENGTH + " characters, got " + value.length());
    }
  }

  /** The token is a credential for the execution's callback: only its length is shown. */
  @Override
  public String toString() {
    return "TaskToken[" + value.length() + " characters]";
  }
}
