package io.lambdaforge.runtime.internal.firehose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.runtime.internal.core.EventBytes;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a Firehose response within Lambda's 6 MB synchronous response limit
 * (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html; Firehose states the
 * same 6 MB for the transformation's request and response:
 * https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
 *
 * <p>Every record has a fallback answer, {@code ProcessingFailed} with its original payload, and
 * the budget always keeps room for the fallbacks of the records not yet added. A transformed
 * record that would eat into that room is answered with its fallback instead, so the response is
 * always valid JSON, holds every {@code recordId} once and never passes the limit; Firehose sends
 * such records to its error output ({@code processing-failed/}) where they can be replayed. When even
 * the fallbacks cannot fit (a batch near 6 MB whose answers are larger than its records), the
 * invocation fails as a whole and Firehose retries it.
 */
final class ResponseBudget {
  /** Lambda's response limit, the same 6 MB as the event limit. */
  static final int LIMIT_BYTES = EventBytes.MAX_EVENT_BYTES;

  private static final byte[] OPEN = "{\"records\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

  private final long limit;
  private final List<byte[]> fallbacks = new ArrayList<>();
  private final List<byte[]> answers = new ArrayList<>();
  private long reserved;
  private long used;

  ResponseBudget(long limit, List<ObjectNode> fallbackAnswers) throws IOException {
    this.limit = limit;
    for (ObjectNode fallback : fallbackAnswers) {
      byte[] bytes = Json.writer().writeValueAsBytes(fallback);
      fallbacks.add(bytes);
      reserved += bytes.length;
    }
    used = OPEN.length + CLOSE.length + Math.max(0, fallbacks.size() - 1);
    if (used + reserved > limit) {
      throw new IllegalStateException("a Firehose response for these " + fallbacks.size()
          + " records cannot fit in " + limit + " bytes even if every record failed");
    }
  }

  /**
   * Adds record {@code index}'s answer (in order); false when it did not fit and its fallback was
   * added instead.
   */
  boolean add(int index, ObjectNode answer) throws IOException {
    if (index != answers.size()) {
      throw new IllegalStateException("records must be added in order");
    }
    byte[] fallback = fallbacks.get(index);
    reserved -= fallback.length;
    byte[] bytes = Json.writer().writeValueAsBytes(answer);
    boolean fits = used + bytes.length + reserved <= limit;
    byte[] chosen = fits ? bytes : fallback;
    answers.add(chosen);
    used += chosen.length;
    return fits;
  }

  /** The size of the response written so far and reserved for the rest. */
  long size() {
    return used + reserved;
  }

  void writeTo(OutputStream output) throws IOException {
    if (answers.size() != fallbacks.size()) {
      throw new IllegalStateException("not every record was answered");
    }
    output.write(OPEN);
    for (int i = 0; i < answers.size(); i++) {
      if (i > 0) {
        output.write(',');
      }
      output.write(answers.get(i));
    }
    output.write(CLOSE);
  }
}
