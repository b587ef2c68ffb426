/**
 * The Amazon Lex V2 family (https://docs.aws.amazon.com/lexv2/latest/dg/lambda.html): a bot alias
 * and locale call one function, so the {@code @Function} method with the {@code LEX_V2} trigger is
 * the bot's function and its class's {@code @Intent} methods are its intent handlers, read from the
 * declaration ({@link io.lambdaforge.processor.family.lex.BotReader}); their rules, and the one
 * adapter that dispatches to them through the runtime's {@code LexAdapter}. Depends on no other
 * family.
 */
package io.lambdaforge.processor.family.lex;
