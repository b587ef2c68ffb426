/**
 * The errors Lambdaforge itself reports to AWS Step Functions. A Java function error's {@code
 * errorType} is the thrown class's binary name, so these classes are named as the errors a state's
 * {@code Retry} and {@code Catch} match: {@code Lambdaforge.ResultTooLarge}, {@code
 * Lambdaforge.TaskTokenMissing} (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html).
 */
package Lambdaforge;
