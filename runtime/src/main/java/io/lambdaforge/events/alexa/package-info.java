/**
 * The typed contract of an Alexa custom skill's endpoint, at the depth a skill needs
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html):
 * the request envelope {@link io.lambdaforge.events.alexa.AlexaRequest} (session, context, and the
 * {@code LaunchRequest}, {@code IntentRequest} or {@code SessionEndedRequest}) and the response built
 * with {@link io.lambdaforge.events.alexa.AlexaResponse}. Unknown properties are ignored: "your code for
 * deserializing a JSON request must not break when it encounters a new, unknown property".
 */
package io.lambdaforge.events.alexa;
