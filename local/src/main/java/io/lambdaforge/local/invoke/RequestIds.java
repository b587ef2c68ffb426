package io.lambdaforge.local.invoke;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids as Lambda writes them: random (version 4) UUIDs
 * (https://docs.aws.amazon.com/lambda/latest/dg/java-context.html: {@code getAwsRequestId()}), drawn
 * from {@link ThreadLocalRandom} rather than {@link UUID#randomUUID()}'s {@code SecureRandom}: an id
 * needs to be unique, not unguessable, and the secure generator is a lock every request of the dev
 * server would queue on.
 */
public final class RequestIds {
  private RequestIds() {}

  /** A new random version 4, variant 2 UUID, as text. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = random.nextLong() & ~0xF000L | 0x4000L;
    long least = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
    return new UUID(most, least).toString();
  }
}
