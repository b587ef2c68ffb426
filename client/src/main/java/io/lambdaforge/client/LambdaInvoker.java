package io.lambdaforge.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Synchronous ({@code RequestResponse}) Lambda invocation with JSON payloads, typed function
 * errors and client-side retries: what every generated {@code <Class>Client} calls.
 *
 * <ul>
 *   <li>Payloads are written and results read with Lambdaforge's shared Jackson configuration
 *       (a copy of the configuration the handlers use) unless
 *       {@link Builder#objectMapper} says otherwise. {@code null} is sent as JSON {@code null}, an
 *       {@code Optional} as its content, an {@code InputStream} as its bytes, unchanged.
 *   <li>An answer with {@code X-Amz-Function-Error} becomes a {@link FunctionErrorException}; it is
 *       never retried.
 *   <li>Retries follow the {@link RetryPolicy} (default {@link RetryPolicy#defaults()}). The SDK's
 *       own retries are switched off on every request, whatever the {@link LambdaClient} was built
 *       with, so the policy is the only one; exhausting it throws {@link RetriesExhaustedException},
 *       running out of time {@link DeadlineExceededException}; non-retryable invocation errors
 *       (e.g. {@code ResourceNotFoundException}) are thrown as the SDK threw them.
 *   <li>Function names: a call names the function as declared ({@code @Function(name)} or the
 *       method name); deployed names often differ (stack prefixes, aliases, ARNs), so {@link
 *       #withFunctionNames(Function)} or {@link #withFunctionNames(Map)} maps them.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe (as thread-safe as the {@link LambdaClient}); the
 * {@code with...} methods return copies. Closing the {@link LambdaClient} is the caller's job.
 */
public final class LambdaInvoker {
  /** Switches the SDK's retries off for one request, whatever the client was built with. */
  private static final SdkPlugin NO_SDK_RETRIES =
      config -> config.overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));

  private final LambdaClient lambda;
  private final RetryPolicy policy;
  private final ObjectMapper mapper;
  private final Function<String, String> functionNames;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final DoubleSupplier random;

  private LambdaInvoker(Builder builder) {
    this.lambda = Objects.requireNonNull(builder.lambda, "lambdaClient");
    this.policy = builder.policy;
    this.mapper = builder.mapper;
    this.functionNames = builder.functionNames;
    this.sleeper = builder.sleeper;
    this.nanoTime = builder.nanoTime;
    this.random = builder.random;
  }

  /** An invoker over {@code lambda} with {@link RetryPolicy#defaults()}. */
  public static LambdaInvoker create(LambdaClient lambda) {
    return builder().lambdaClient(lambda).build();
  }

  /** An invoker over {@code lambda} with {@code policy}. */
  public static LambdaInvoker create(LambdaClient lambda, RetryPolicy policy) {
    return builder().lambdaClient(lambda).retryPolicy(policy).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A {@link LambdaClient} builder set up for this library: the light {@code url-connection-client}
   * HTTP client and the SDK's retries off. Add region, credentials (or rely on the default chains)
   * and, locally, {@code endpointOverride(URI.create("http://127.0.0.1:3001"))}.
   */
  public static LambdaClientBuilder lambdaClientBuilder() {
    return LambdaClient.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
  }

  /** A copy whose calls to function {@code name} use {@code mapping.apply(name)}. */
  public LambdaInvoker withFunctionNames(Function<String, String> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return toBuilder().functionNames(mapping).build();
  }

  /** A copy whose calls use {@code names.get(name)}, or {@code name} when it is not a key. */
  public LambdaInvoker withFunctionNames(Map<String, String> names) {
    Map<String, String> copy = Map.copyOf(names);
    return withFunctionNames(name -> copy.getOrDefault(name, name));
  }

  /** A copy with another retry policy. */
  public LambdaInvoker withRetryPolicy(RetryPolicy policy) {
    return toBuilder().retryPolicy(policy).build();
  }

  public RetryPolicy retryPolicy() {
    return policy;
  }

  /** The name a call of function {@code name} sends. */
  public String resolve(String name) {
    String resolved = functionNames.apply(name);
    if (resolved == null || resolved.isEmpty()) {
      throw new IllegalArgumentException("the function name mapping returned no name for " + name);
    }
    return resolved;
  }

  /** Invokes {@code function} with {@code payload} as JSON and reads the result as {@code type}. */
  public <T> T invoke(String function, Object payload, Class<T> type) {
    return invoke(function, payload, mapper.constructType(type));
  }

  /** Invokes {@code function} and reads the result as {@code type} (generic types). */
  public <T> T invoke(String function, Object payload, TypeReference<T> type) {
    return invoke(function, payload, mapper.constructType(type));
  }

  /** Invokes {@code function}; a JSON {@code null} (or empty) result is {@link Optional#empty()}. */
  public <T> Optional<T> invokeOptional(String function, Object payload, Class<T> type) {
    return Optional.ofNullable(invoke(function, payload, type));
  }

  /** Like {@link #invokeOptional(String, Object, Class)} for generic types. */
  public <T> Optional<T> invokeOptional(String function, Object payload, TypeReference<T> type) {
    return Optional.ofNullable(invoke(function, payload, type));
  }

  /** Invokes {@code function} for its effect; the result is ignored. */
  public void invokeVoid(String function, Object payload) {
    String name = resolve(function);
    call(name, write(name, payload));
  }

  /** Invokes {@code function} with raw JSON bytes and returns the raw result. */
  public byte[] invokeRaw(String function, byte[] payload) {
    return call(resolve(function), payload);
  }

  private <T> T invoke(String function, Object payload, JavaType type) {
    String name = resolve(function);
    byte[] result = call(name, write(name, payload));
    if (result.length == 0 || type.hasRawClass(Void.class)) {
      return null;
    }
    try {
      return mapper.readValue(result, type);
    } catch (IOException e) {
      throw new LambdaInvocationException("the result of " + name + " is not JSON of "
          + type.toCanonical() + ": " + firstLine(e.getMessage()), name, 1, e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private byte[] write(String name, Object payload) {
    Object value = payload instanceof Optional<?> optional ? optional.orElse(null) : payload;
    try {
      if (value instanceof InputStream stream) {
        return stream.readAllBytes();
      }
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new LambdaInvocationException("cannot write the payload of " + name + " as JSON: "
          + e.getMessage(), name, 0, e);
    }
  }

  /** The retry loop: returns the payload of the first successful answer. */
  private byte[] call(String name, byte[] payload) {
    long start = nanoTime.getAsLong();
    long budget = policy.deadline().toNanos();
    SdkBytes bytes = SdkBytes.fromByteArrayUnsafe(payload);
    SdkException last = null;
    for (int attempt = 1; ; attempt++) {
      long remaining = budget - (nanoTime.getAsLong() - start);
      if (remaining <= 0) {
        throw new DeadlineExceededException(name, attempt - 1, policy.deadline(), last);
      }
      Duration timeout = Duration.ofNanos(remaining);
      boolean deadlineBound = policy.attemptTimeout() == null || timeout.compareTo(policy.attemptTimeout()) <= 0;
      if (!deadlineBound) {
        timeout = policy.attemptTimeout();
      }
      InvokeResponse response;
      try {
        response = lambda.invoke(request(name, bytes, timeout));
      } catch (ApiCallTimeoutException e) {
        if (deadlineBound) {
          throw new DeadlineExceededException(name, attempt, policy.deadline(), e);
        }
        last = e;
        backOff(name, attempt, start, budget, e);
        continue;
      } catch (SdkException e) {
        if (!RetryClassifier.isRetryable(e)) {
          throw e;
        }
        last = e;
        backOff(name, attempt, start, budget, e);
        continue;
      }
      if (response.functionError() != null) {
        throw functionError(name, attempt, response);
      }
      return response.payload() == null ? new byte[0] : response.payload().asByteArrayUnsafe();
    }
  }

  /** Sleeps before attempt {@code attempt + 1}, or throws when there is none. */
  private void backOff(String name, int attempt, long start, long budget, SdkException failure) {
    if (attempt >= policy.maxAttempts()) {
      throw new RetriesExhaustedException(name, attempt, failure);
    }
    long bound = policy.backoffBoundNanos(attempt - 1);
    long delay = Math.min(bound, (long) (random.getAsDouble() * bound));
    long left = budget - (nanoTime.getAsLong() - start);
    if (delay >= left) {
      throw new DeadlineExceededException(name, attempt, policy.deadline(), failure);
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LambdaInvocationException("interrupted while waiting to retry " + name, name, attempt, e);
    }
  }

  private static InvokeRequest request(String name, SdkBytes payload, Duration timeout) {
    return InvokeRequest.builder()
        .functionName(name)
        .invocationType(InvocationType.REQUEST_RESPONSE)
        .payload(payload)
        .overrideConfiguration(o -> o.apiCallTimeout(timeout).addPlugin(NO_SDK_RETRIES))
        .build();
  }

  private FunctionErrorException functionError(String name, int attempt, InvokeResponse response) {
    byte[] document = response.payload() == null ? new byte[0] : response.payload().asByteArray();
    String type = "";
    String message = new String(document, StandardCharsets.UTF_8);
    try {
      JsonNode error = mapper.readTree(document);
      if (error != null && error.isObject()) {
        type = error.path("errorType").asText("");
        message = error.path("errorMessage").asText("");
      }
    } catch (IOException | UncheckedIOException e) {
      // not a JSON error document: keep the raw text as the message
    }
    return new FunctionErrorException(name, attempt, response.functionError(), type, message, document);
  }

  private Builder toBuilder() {
    Builder builder = new Builder();
    builder.lambda = lambda;
    builder.policy = policy;
    builder.mapper = mapper;
    builder.functionNames = functionNames;
    builder.sleeper = sleeper;
    builder.nanoTime = nanoTime;
    builder.random = random;
    return builder;
  }

  /** Builds a {@link LambdaInvoker}; only the {@link LambdaClient} is required. */
  public static final class Builder {
    private LambdaClient lambda;
    private RetryPolicy policy = RetryPolicy.defaults();
    private ObjectMapper mapper = Json.copy();
    private Function<String, String> functionNames = Function.identity();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private LongSupplier nanoTime = System::nanoTime;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    public Builder lambdaClient(LambdaClient lambda) {
      this.lambda = Objects.requireNonNull(lambda, "lambdaClient");
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** The Jackson mapper for payloads and results; keep it compatible with the handlers'. */
    public Builder objectMapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "objectMapper");
      return this;
    }

    /** Maps declared function names to the names sent; default: unchanged. */
    public Builder functionNames(Function<String, String> mapping) {
      this.functionNames = Objects.requireNonNull(mapping, "functionNames");
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
      return this;
    }

    /** Uniform in [0, 1): the jitter source. */
    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    public LambdaInvoker build() {
      return new LambdaInvoker(this);
    }
  }
}
