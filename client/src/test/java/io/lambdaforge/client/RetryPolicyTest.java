package io.lambdaforge.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertEquals(4, defaults.maxAttempts());
    assertEquals(Duration.ofMillis(100), defaults.baseDelay());
    assertEquals(Duration.ofSeconds(5), defaults.maxDelay());
    assertEquals(Duration.ofSeconds(30), defaults.deadline());
    assertNull(defaults.attemptTimeout());
    assertEquals(1, RetryPolicy.noRetries().maxAttempts());
    assertEquals(defaults, defaults.toBuilder().build());
  }

  @Test
  void boundsDoubleUpToTheCapWithoutOverflow() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertEquals(100_000_000L, policy.backoffBoundNanos(0));
    assertEquals(200_000_000L, policy.backoffBoundNanos(1));
    assertEquals(3_200_000_000L, policy.backoffBoundNanos(5));
    assertEquals(5_000_000_000L, policy.backoffBoundNanos(6));
    assertEquals(5_000_000_000L, policy.backoffBoundNanos(10_000));
    RetryPolicy huge = RetryPolicy.builder().baseDelay(Duration.ofDays(1000)).maxDelay(Duration.ofDays(100_000)).build();
    assertTrue(huge.backoffBoundNanos(200) > 0);
  }

  @Test
  void badValuesAreRefusedWithTheirName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0))
        .getMessage().contains("maxAttempts must be 1 or more, got 0"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1))).getMessage().contains("baseDelay"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().deadline(Duration.ZERO)).getMessage().contains("deadline must be positive"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(1)).build())
        .getMessage().contains("must not be below baseDelay"));
  }
}
