package io.lambdaforge.local.server;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last {@value #CAPACITY} requests the dev server answered, newest first, for the API page.
 * Duration is the wall-clock time the dev server spent on the request (event building, the
 * in-process invocation, the response); Lambda's REPORT figures (billed duration, init duration,
 * max memory) are not measured locally yet.
 */
public final class RecentInvocations {
  static final int CAPACITY = 50;

  /** One answered request. */
  public record Entry(Instant at, String method, String path, String function, int status, double durationMs) {}

  private final Deque<Entry> entries = new ArrayDeque<>();

  synchronized void add(Entry entry) {
    entries.addFirst(entry);
    while (entries.size() > CAPACITY) {
      entries.removeLast();
    }
  }

  /** The entries, newest first. */
  public synchronized List<Entry> list() {
    return new ArrayList<>(entries);
  }
}
