package io.lambdaforge.local.auth;

import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.local.invoke.LocalFunction;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Everything a front door needs to enforce an application's declared authorization: its
 * authorizers by name, the keys tokens are verified with, the functions of its Lambda authorizers
 * (run through the same execution model as every function), their answer cache, the credentials
 * SigV4 signatures are checked with, the clock and the log where refusals are explained.
 */
public final class Authorizers {
  private final Map<String, AuthorizerSpec> byName;
  private final TrustedKeys keys;
  private final Function<String, LocalFunction> functions;
  private final AuthorizerCache cache = new AuthorizerCache();
  private final Map<String, AtomicInteger> invocations = new ConcurrentHashMap<>();
  private final UnaryOperator<String> env;
  private final Clock clock;
  private final PrintStream log;
  private final String region;

  /**
   * @param functions loads a Lambda authorizer's function by name
   * @param env the environment whose {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}
   *     check SigV4 signatures on {@code AWS_IAM} routes
   * @param region the region in ARNs ({@code methodArn}, {@code routeArn})
   */
  public Authorizers(List<AuthorizerSpec> authorizers, TrustedKeys keys, Function<String, LocalFunction> functions,
      UnaryOperator<String> env, Clock clock, PrintStream log, String region) {
    this.byName = authorizers.stream().collect(Collectors.toUnmodifiableMap(AuthorizerSpec::name, a -> a));
    this.keys = keys;
    this.functions = functions;
    this.env = env;
    this.clock = clock;
    this.log = log;
    this.region = region;
  }

  /** No authorizers; IAM routes still check signatures with the process environment. */
  public static Authorizers none() {
    return new Authorizers(List.of(), TrustedKeys.of(List.of()), name -> {
      throw new IllegalStateException("no authorizer function " + name);
    }, System::getenv, Clock.systemUTC(), System.err, "us-east-1");
  }

  /** The authorizer called {@code name}. */
  public Optional<AuthorizerSpec> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public TrustedKeys keys() {
    return keys;
  }

  /** The function of a Lambda authorizer, counted as one invocation of the authorizer. */
  public LocalFunction invoke(AuthorizerSpec authorizer) {
    invocations.computeIfAbsent(authorizer.name(), n -> new AtomicInteger()).incrementAndGet();
    return functions.apply(authorizer.functionName());
  }

  /** How many times the Lambda authorizer {@code name} ran (cache hits do not run it). */
  public int invocations(String name) {
    AtomicInteger count = invocations.get(name);
    return count == null ? 0 : count.get();
  }

  public AuthorizerCache cache() {
    return cache;
  }

  public UnaryOperator<String> env() {
    return env;
  }

  public Instant now() {
    return clock.instant();
  }

  public String region() {
    return region;
  }

  /** Logs why a request was refused: the gateway's body says little, the developer needs the reason. */
  public void explain(String line) {
    log.println(line);
  }
}
