package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Alexa skill a class's {@link Source#ALEXA_SKILL} function serves. Amazon asks every skill to
 * verify that a request came from it: "every request sent by Alexa includes a unique skill ID"
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html).
 * The generated adapter refuses a request with another application ID (a function error, no method
 * called), and the template's SAM {@code AlexaSkill} event carries the ID, so Lambda's permission is
 * scoped to this skill as well. Required: a skill function without it is {@code LF_ALEXA_SKILL_ID}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AlexaSkill {
  /** The skill ID from the Alexa developer console, {@code amzn1.ask.skill.<uuid>}. */
  String skillId();
}
