/**
 * The Alexa skill family: recognises a skill request, refuses one for another skill ID, dispatches
 * an intent to its handler (the skill's own method for launch and the rest), answers a session's end
 * itself and writes the response envelope within Amazon's size limit.
 * Not API; may change without notice.
 */
package io.lambdaforge.runtime.internal.alexa;
