package io.lambdaforge.annotations;

/** The synchronous event sources a generated adapter understands. */
public enum Source {
  /** Application Load Balancer, Lambda target group. */
  ALB,
  /** API Gateway REST API, Lambda proxy integration (payload format 1.0). */
  API_GATEWAY_REST,
  /** API Gateway HTTP API, Lambda proxy integration (payload format 2.0). */
  API_GATEWAY_HTTP,
  /** Direct invocation through the SDK or CLI; the payload is any JSON value. */
  SDK,
  /**
   * Lambda function URL, buffered invoke mode (payload format 2.0, {@code routeKey} {@code $default}).
   * A function has one URL and every path reaches it, so the adapter routes among the function's
   * {@code FUNCTION_URL} triggers itself (404 for an unknown path, 405 for a wrong method). Configure
   * the URL with {@link FunctionUrl}. See https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
   */
  FUNCTION_URL,
  /**
   * Amazon Data Firehose (Kinesis Data Firehose) record transformation: the method transforms one
   * record of the delivery stream's batch; the adapter answers the batch
   * (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
   */
  FIREHOSE,
  /**
   * An Amazon Cognito user-pool Lambda trigger, invoked synchronously; the method's parameter type
   * (a request record of {@code io.lambdaforge.events.cognito}) says which trigger it implements
   * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html).
   * Takes no method or path.
   */
  COGNITO_USER_POOL,
  /**
   * Amazon S3 Batch Operations' "Invoke AWS Lambda function" operation: the method handles one task
   * ({@code S3BatchResult process(S3BatchTask task)}, types of {@code io.lambdaforge.events.s3batch});
   * the adapter answers the invocation in its schema, 1.0 or 2.0
   * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html). Takes no
   * method or path.
   */
  S3_BATCH,

  /**
   * An AWS Step Functions {@code Task} state invoking the function through the optimized Lambda
   * integration ({@code arn:aws:states:::lambda:invoke}, or {@code .waitForTaskToken} when the method
   * takes a {@code TaskToken}): the state input is the method's input, its return value the task's
   * result, and a declared exception's {@code @ErrorName} the {@code errorType} that {@code Retry} and
   * {@code Catch} match (https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html).
   * Takes no method or path.
   */
  STEP_FUNCTIONS,

  /**
   * An Amazon Lex V2 bot alias and locale calling its code hook (dialog and fulfillment), invoked
   * synchronously (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html). A bot alias
   * calls one function for every intent, so the {@link Function} method with this trigger is that one
   * function: it answers the intents no {@link Intent} method of its class handles, and the generated
   * dispatcher calls the class's {@code @Intent} methods for theirs. Takes no method or path.
   */
  LEX_V2,
  /**
   * An Alexa custom skill's endpoint, invoked synchronously
   * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html).
   * A skill has one endpoint, so the {@link Function} method with this trigger is the skill's one
   * function: it answers {@code LaunchRequest} and every intent no {@link Intent} method of its class
   * handles. The class carries {@link AlexaSkill} with the skill ID, which every request must carry.
   * Takes no method or path.
   */
  ALEXA_SKILL
}
