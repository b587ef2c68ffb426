package io.lambdaforge.runtime.internal.core;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

/**
 * What one source family contributes to an adapter: it claims the events of its sources and
 * answers them in their response format. {@link Dispatch} offers each event to its families in
 * order; the first that claims it answers.
 *
 * <p>Claiming and answering are one call on purpose: a family decodes the event once and answers
 * from that decoding, with no per-invocation state kept between a "recognise" and a "handle".
 * The other methods are only called on the error path, for an event no family claims.
 */
public interface EventHandler {
  /**
   * Answers the event {@code event[0, length)} if it is one of this family's sources the function
   * has a trigger for, writing the response to {@code output}; returns false, having written
   * nothing, otherwise. The array may be reused for the next invocation once this returns (see
   * {@link Dispatch}): nothing the family keeps or hands to the function may read it later, unless
   * the dispatch was composed with {@code eventOutlivesInvocation}.
   */
  boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException;

  /** The names of the sources this handler answers (e.g. {@code ALB}), for the refusal message. */
  Collection<String> sources();

  /**
   * How to name {@code event} when this family recognises its shape but the function has no
   * trigger for its source (e.g. {@code "a ALB event"}), or null. Error path only.
   */
  String recognise(byte[] event, int length) throws IOException;

  /** What this family's events are, e.g. {@code "an ALB, API Gateway REST or HTTP API request"}. */
  String kinds();
}
