package io.lambdaforge.local.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API Gateway's cache of Lambda authorizer answers: per authorizer, keyed by the identity source's
 * values (the token for a {@code TOKEN} authorizer), kept for the authorizer's result TTL
 * ("Lambda authorizer ... resultTtlInSeconds",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html).
 * A TTL of 0 caches nothing.
 */
public final class AuthorizerCache {
  private record Entry(LambdaAnswer answer, Instant expires) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** The answer cached for {@code key} of {@code authorizer}, unless expired. */
  public Optional<LambdaAnswer> get(String authorizer, String key, Instant now) {
    Entry entry = entries.get(authorizer + '\n' + key);
    if (entry == null || !entry.expires().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(entry.answer());
  }

  /** Caches {@code answer} for {@code ttlSeconds} (nothing when 0). */
  public void put(String authorizer, String key, LambdaAnswer answer, int ttlSeconds, Instant now) {
    if (ttlSeconds > 0) {
      entries.put(authorizer + '\n' + key, new Entry(answer, now.plusSeconds(ttlSeconds)));
    }
  }
}
