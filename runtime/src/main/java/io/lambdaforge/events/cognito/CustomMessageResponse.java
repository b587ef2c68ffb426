package io.lambdaforge.events.cognito;

/**
 * Custom message trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html); a null field keeps
 * Cognito's default.
 *
 * @param smsMessage the SMS text (must contain the code placeholder)
 * @param emailMessage the email body (must contain the code placeholder)
 * @param emailSubject the email subject
 */
public record CustomMessageResponse(String smsMessage, String emailMessage, String emailSubject) {
  /** Keeps Cognito's default messages. */
  public static CustomMessageResponse unchanged() {
    return new CustomMessageResponse(null, null, null);
  }

  /** An email with {@code subject} and {@code body}. */
  public static CustomMessageResponse email(String subject, String body) {
    return new CustomMessageResponse(null, body, subject);
  }

  /** This response with the SMS text {@code text}. */
  public CustomMessageResponse withSms(String text) {
    return new CustomMessageResponse(text, emailMessage, emailSubject);
  }
}
