/**
 * The Alexa skill family (https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html):
 * a skill has one endpoint, so the {@code @Function} method with the {@code ALEXA_SKILL} trigger is
 * the skill's function, its class's {@code @AlexaSkill} names the skill and its {@code @Intent} methods
 * are the intent handlers, read from the declaration ({@link
 * io.lambdaforge.processor.family.alexa.SkillReader}); their rules, and the one adapter that verifies
 * the skill ID and dispatches through the runtime's {@code AlexaAdapter}. Depends on no other family.
 */
package io.lambdaforge.processor.family.alexa;
