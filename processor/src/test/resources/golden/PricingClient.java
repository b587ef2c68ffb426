package com.acme;

import com.fasterxml.jackson.core.type.TypeReference;
import io.lambdaforge.client.LambdaInvoker;
import io.lambdaforge.client.RetryPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Typed client of the functions of {@link Pricing} invoked directly (synchronously, with
 * {@code RequestResponse}), built on the AWS SDK for Java v2 Lambda client.
 *
 * <p>Each call sends the argument as JSON and returns the result read from JSON;
 * a function error is thrown as {@link io.lambdaforge.client.FunctionErrorException}
 * (never retried); throttling, 5xx answers and connection failures are retried
 * with capped exponential backoff and full jitter within an overall deadline
 * (see {@link RetryPolicy}). Failures: {@link io.lambdaforge.client.FunctionErrorException},
 * {@link io.lambdaforge.client.LambdaInvocationException} (retries or deadline ran out,
 * payload or result not JSON of its type), or the SDK's own exception for errors that
 * are never retried, e.g. {@code ResourceNotFoundException}.
 *
 * <p>Function names: the declared ones:
 * {@code reprice}, {@code price-list}, {@code lookup}, {@code forget}, {@code quote}.
 * When the deployed names differ, map them:
 * {@code new PricingClient(invoker.withFunctionNames(Map.of(...)))}.
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class PricingClient {
  private static final TypeReference<List<Pricing.RepriceResult>> LIST_RESULT = new TypeReference<List<Pricing.RepriceResult>>() {};

  private final LambdaInvoker invoker;

  /**
   * A client calling through {@code invoker}.
   */
  public PricingClient(LambdaInvoker invoker) {
    this.invoker = Objects.requireNonNull(invoker, "invoker");
  }

  /**
   * A client over {@code lambda} with the default retry policy.
   */
  public static PricingClient create(LambdaClient lambda) {
    return new PricingClient(LambdaInvoker.create(lambda));
  }

  /**
   * A client over {@code lambda} retrying as {@code retryPolicy} says.
   */
  public static PricingClient create(LambdaClient lambda, RetryPolicy retryPolicy) {
    return new PricingClient(LambdaInvoker.create(lambda, retryPolicy));
  }

  /**
   * Invokes function {@code reprice} ({@link Pricing#reprice}) and waits for its result.
   */
  public Pricing.RepriceResult reprice(Pricing.RepriceRequest request) {
    return this.invoker.invoke("reprice", request, Pricing.RepriceResult.class);
  }

  /**
   * Invokes function {@code price-list} ({@link Pricing#list}) and waits for its result.
   */
  public List<Pricing.RepriceResult> list() {
    return this.invoker.invoke("price-list", null, LIST_RESULT);
  }

  /**
   * Invokes function {@code lookup} ({@link Pricing#lookup}) and waits for its result.
   */
  public Optional<String> lookup(String sku) {
    return this.invoker.invokeOptional("lookup", sku, String.class);
  }

  /**
   * Invokes function {@code forget} ({@link Pricing#forget}) and waits for its result.
   */
  public void forget(String invoker) {
    this.invoker.invokeVoid("forget", invoker);
  }

  /**
   * Invokes function {@code quote} ({@link Pricing#quote}) and waits for its result.
   */
  public int quote(Pricing.RepriceRequest request) {
    return this.invoker.invoke("quote", request, Integer.class);
  }
}
