package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter of an HTTP-triggered {@link Function} to a request cookie.
 *
 * <p>Supported types: {@code String}, primitives and their boxes, enums, {@code UUID},
 * {@code java.time} types ({@code Instant}, {@code LocalDate}, {@code LocalDateTime},
 * {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalTime}, {@code Duration}),
 * {@code Optional<T>} of those. A missing value for a non-{@code Optional}, non-primitive-default
 * parameter is a 400 Bad Request.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface CookieParam {
  /** The name as it appears in the request. */
  String value();
}
