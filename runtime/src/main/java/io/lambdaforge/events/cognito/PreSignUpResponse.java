package io.lambdaforge.events.cognito;

/**
 * Pre sign-up trigger response (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html).
 *
 * @param autoConfirmUser confirm the user without a code
 * @param autoVerifyEmail mark the email verified (requires {@code autoConfirmUser})
 * @param autoVerifyPhone mark the phone number verified (requires {@code autoConfirmUser})
 */
public record PreSignUpResponse(boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {
  /** Lets sign-up go on as configured. */
  public static PreSignUpResponse proceed() {
    return new PreSignUpResponse(false, false, false);
  }

  /** Confirms the user without a confirmation code. */
  public static PreSignUpResponse autoConfirm() {
    return new PreSignUpResponse(true, false, false);
  }

  /** This response with the email marked verified (Cognito requires auto-confirm for it). */
  public PreSignUpResponse withAutoVerifyEmail() {
    return new PreSignUpResponse(autoConfirmUser, true, autoVerifyPhone);
  }

  /** This response with the phone number marked verified (Cognito requires auto-confirm for it). */
  public PreSignUpResponse withAutoVerifyPhone() {
    return new PreSignUpResponse(autoConfirmUser, autoVerifyEmail, true);
  }
}
