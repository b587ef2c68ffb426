/**
 * What a function invoked by an AWS Step Functions {@code Task} state sees beyond its state input:
 * {@link io.lambdaforge.events.stepfunctions.TaskToken}, the callback token of a task that waits for
 * it. Contract: https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
package io.lambdaforge.events.stepfunctions;
