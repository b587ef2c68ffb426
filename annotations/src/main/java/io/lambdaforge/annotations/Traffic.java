package io.lambdaforge.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Expected traffic of a {@link Function}, the input to its monthly cost estimate. Zero
 * invocations (the default) means unknown: the per-million and worst-case figures still appear.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Traffic {
  /** Expected invocations per month. */
  long invocationsPerMonth() default 0;

  /** Expected average billed duration of one invocation, in milliseconds. */
  long averageDurationMs() default 0;

  /**
   * Average request size in bytes, for trigger costs: HTTP APIs meter requests in 512 KB
   * increments, and an ALB bills the bytes it processes.
   */
  long averageRequestBytes() default 1024;

  /** Average response size in bytes, for the ALB processed-bytes charge. */
  long averageResponseBytes() default 1024;
}
