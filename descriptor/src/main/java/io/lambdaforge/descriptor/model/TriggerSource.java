package io.lambdaforge.descriptor.model;

import io.lambdaforge.descriptor.family.SourceFamilies;

/**
 * What invokes a function. Each source belongs to one family ({@link SourceFamilies#of}), which
 * holds everything the descriptor knows about it.
 */
public enum TriggerSource {
  /** An Application Load Balancer target group (wired with plain CloudFormation resources). */
  ALB,
  /** An API Gateway REST API route, Lambda proxy integration payload 1.0 (SAM {@code Api} event). */
  API_GATEWAY_REST,
  /** An API Gateway HTTP API route, payload 2.0 (SAM {@code HttpApi} event). */
  API_GATEWAY_HTTP,
  /** Direct invoke through the AWS SDK or CLI; nothing to wire. */
  SDK,
  /**
   * A route of the function's own Lambda function URL, payload 2.0 (an {@code AWS::Lambda::Url}
   * through SAM's {@code FunctionUrlConfig}; settings in {@link FunctionSpec#functionUrl()}).
   */
  FUNCTION_URL,
  /**
   * Amazon Data Firehose record transformation: the delivery stream's {@code
   * ProcessingConfiguration} names the function; nothing else to wire.
   */
  FIREHOSE,
  /**
   * An Amazon Cognito user-pool trigger; the trigger's {@code path} is the user pool's {@code
   * LambdaConfig} key it is wired to (e.g. {@code PreSignUp}); permission in the template, the
   * pool's ARN a template parameter.
   */
  COGNITO_USER_POOL,
  /**
   * Amazon S3 Batch Operations' "Invoke AWS Lambda function": a job's {@code LambdaInvoke}
   * operation names the function (an Output of the template) and its role invokes it; nothing else
   * to wire.
   */
  S3_BATCH,

  /**
   * An AWS Step Functions {@code Task} state ({@code arn:aws:states:::lambda:invoke}); the state
   * machine's execution role grants the invoke, so the template adds no permission, only the
   * function's ARN as an output.
   */
  STEP_FUNCTIONS,

  /**
   * An Amazon Lex V2 bot alias calling its code hook: the one function of a bot (its intents are
   * dispatched inside it); permission for {@code lexv2.amazonaws.com} in the template, the bot
   * alias ARN a template parameter.
   */
  LEX_V2,
  /**
   * An Alexa custom skill's endpoint: the one function of a skill; the trigger's {@code path} is the
   * skill ID, written as SAM's {@code AlexaSkill} event with {@code SkillId}.
   */
  ALEXA_SKILL;

  /**
   * Whether this source routes HTTP requests by method and path: its family's answer, {@link
   * io.lambdaforge.descriptor.family.SourceFamily#routesByMethodAndPath()}.
   */
  public boolean isHttp() {
    return SourceFamilies.of(this).routesByMethodAndPath();
  }
}
