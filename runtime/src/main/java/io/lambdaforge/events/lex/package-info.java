/**
 * The typed contract of Amazon Lex V2 code hooks: the input event
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html) as {@link
 * io.lambdaforge.events.lex.LexEvent} and its parts, and the response
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html) built with the
 * dialog-action factories of {@link io.lambdaforge.events.lex.LexResponse}. Nothing here is Lex V1
 * (end of support 2025-09-15). Every record tolerates fields it does not name: AWS says the input
 * format may gain fields without a new {@code messageVersion}.
 */
package io.lambdaforge.events.lex;
