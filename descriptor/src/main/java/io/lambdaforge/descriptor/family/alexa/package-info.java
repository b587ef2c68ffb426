/** The Alexa skill family: one function per skill, wired with SAM's {@code AlexaSkill} event and its skill ID. */
package io.lambdaforge.descriptor.family.alexa;
