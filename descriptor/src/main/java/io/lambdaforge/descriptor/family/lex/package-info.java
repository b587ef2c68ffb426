/** The Lex V2 family: one function per bot, its bot-alias-ARN parameter and the invoke permission. */
package io.lambdaforge.descriptor.family.lex;
