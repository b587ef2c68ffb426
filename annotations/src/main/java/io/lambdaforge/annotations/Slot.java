package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an {@link Intent} method's parameter to a slot of the current Lex V2 intent
 * ({@code sessionState.intent.slots}), with Lex's interpreted value ({@code value.interpretedValue},
 * https://docs.aws.amazon.com/lexv2/latest/dg/lambda-common-structures.html): the
 * parameter is an {@code Optional} of {@code String}, {@code LocalDate} ({@code AMAZON.Date}, ISO
 * {@code 2026-12-01}), {@code LocalTime} ({@code AMAZON.Time}, {@code 14:30}), {@code Integer},
 * {@code Long}, {@code Double}, {@code BigDecimal} ({@code AMAZON.Number}) or {@code Boolean}.
 * A slot that is absent, null (not filled yet) or whose interpreted value does not parse as the
 * type (e.g. a week {@code 2026-W49} for a {@code LocalDate}) binds as {@code Optional.empty()}.
 *
 * <p>On an Alexa skill's {@link Intent} method it binds slot {@code request.intent.slots.<name>}: the
 * name of its first entity-resolution match ({@code ER_SUCCESS_MATCH}), else its {@code value}
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html),
 * with the same types and the same empty cases.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Slot {
  /** The slot's name as the intent defines it, e.g. {@code "CheckInDate"}. */
  String value();
}
