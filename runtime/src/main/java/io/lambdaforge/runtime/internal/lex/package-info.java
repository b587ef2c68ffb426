/**
 * The Amazon Lex V2 family: recognises a code-hook event, dispatches it to the intent's handler
 * (by intent name, then invocation source; the bot's own method for the rest), binds slots with
 * their interpreted values and writes the response with {@code sessionState} from the event.
 * Not API; may change without notice.
 */
package io.lambdaforge.runtime.internal.lex;
