package io.lambdaforge.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LambdaInvoker} retries: capped exponential backoff with full jitter inside an
 * overall deadline.
 *
 * <p>Attempt {@code n} (1-based) that fails with a retryable error is followed by a sleep drawn
 * uniformly from {@code [0, min(maxDelay, baseDelay * 2^(n-1)))}, unless {@code n} is {@link
 * #maxAttempts()} or the sleep would end past the deadline. The deadline covers everything: each
 * attempt's SDK call timeout is the time left, so a hanging function cannot hold the caller past
 * it.
 *
 * <p>Retryable: throttling (HTTP 429, {@code TooManyRequestsException}), any 5xx answer of the
 * Invoke API, and connection failures (an {@code SdkClientException} caused by an {@code
 * IOException}, or one attempt timing out). Never retried: a function error (the function ran and
 * failed; running it again is the caller's decision), any other 4xx ({@code
 * ResourceNotFoundException}, {@code RequestTooLargeException}, bad credentials, ...).
 *
 * <p>Defaults ({@link #defaults()}): {@value #DEFAULT_MAX_ATTEMPTS} attempts, base delay {@value
 * #DEFAULT_BASE_DELAY_MILLIS} ms, cap {@value #DEFAULT_MAX_DELAY_MILLIS} ms, deadline {@value
 * #DEFAULT_DEADLINE_MILLIS} ms, no per-attempt timeout beyond the deadline.
 */
public final class RetryPolicy {
  /** Default number of attempts, the first included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;
  /** Default base of the exponential backoff. */
  public static final long DEFAULT_BASE_DELAY_MILLIS = 100;
  /** Default cap of one backoff sleep. */
  public static final long DEFAULT_MAX_DELAY_MILLIS = 5_000;
  /** Default overall deadline of one call, retries and sleeps included. */
  public static final long DEFAULT_DEADLINE_MILLIS = 30_000;

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration deadline;
  private final Duration attemptTimeout;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.deadline = builder.deadline;
    this.attemptTimeout = builder.attemptTimeout;
  }

  /** The documented defaults. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that makes exactly one attempt, within the default deadline. */
  public static RetryPolicy noRetries() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's values. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .deadline(deadline)
        .attemptTimeout(attemptTimeout);
  }

  /** Attempts per call, the first included; 1 means no retries. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  /** The overall time budget of one call. */
  public Duration deadline() {
    return deadline;
  }

  /** The longest one attempt may take, or {@code null} for "whatever is left of the deadline". */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /**
   * The upper bound (exclusive) of the sleep after the {@code retry}-th failed attempt (0-based):
   * {@code min(maxDelay, baseDelay * 2^retry)}, in nanoseconds, without overflow.
   */
  long backoffBoundNanos(int retry) {
    long cap = maxDelay.toNanos();
    long delay = baseDelay.toNanos();
    for (int i = 0; i < retry && delay < cap; i++) {
      delay = delay > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : delay * 2;
    }
    return Math.min(cap, delay);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetryPolicy that
        && maxAttempts == that.maxAttempts
        && baseDelay.equals(that.baseDelay)
        && maxDelay.equals(that.maxDelay)
        && deadline.equals(that.deadline)
        && Objects.equals(attemptTimeout, that.attemptTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, baseDelay, maxDelay, deadline, attemptTimeout);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay.toMillis()
        + " ms, maxDelay=" + maxDelay.toMillis() + " ms, deadline=" + deadline.toMillis() + " ms"
        + (attemptTimeout == null ? "" : ", attemptTimeout=" + attemptTimeout.toMillis() + " ms")
        + "}";
  }

  /** Builds a {@link RetryPolicy}; every setter validates its argument. */
  public static final class Builder {
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = Duration.ofMillis(DEFAULT_BASE_DELAY_MILLIS);
    private Duration maxDelay = Duration.ofMillis(DEFAULT_MAX_DELAY_MILLIS);
    private Duration deadline = Duration.ofMillis(DEFAULT_DEADLINE_MILLIS);
    private Duration attemptTimeout;

    private Builder() {}

    /** Attempts per call, the first included: 1 or more. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be 1 or more, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first backoff bound; doubles per retry up to {@link #maxDelay}. Zero or more. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative("baseDelay", baseDelay);
      return this;
    }

    /** The cap of one backoff sleep. Zero or more. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative("maxDelay", maxDelay);
      return this;
    }

    /** The overall budget of one call, retries and sleeps included. Positive. */
    public Builder deadline(Duration deadline) {
      this.deadline = positive("deadline", deadline);
      return this;
    }

    /** The longest one attempt may take; {@code null} (the default) means the time left. */
    public Builder attemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = attemptTimeout == null ? null : positive("attemptTimeout", attemptTimeout);
      return this;
    }

    public RetryPolicy build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay (" + maxDelay.toMillis()
            + " ms) must not be below baseDelay (" + baseDelay.toMillis() + " ms)");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, got " + value);
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
