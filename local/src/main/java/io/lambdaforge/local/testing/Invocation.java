package io.lambdaforge.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.invoke.ErrorDocument;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.Report;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One invocation with an event: what the function returned (or its error) and, for an HTTP
 * event, the response its gateway would send.
 */
public final class Invocation {
  private final String function;
  private final InvocationResult result;
  private final Optional<Source> source;
  private final LocalGateway gateway;
  private final Optional<Report> report;

  Invocation(String function, InvocationResult result, Optional<Source> source, LocalGateway gateway,
      Optional<Report> report) {
    this.function = function;
    this.result = result;
    this.source = source;
    this.gateway = gateway;
    this.report = report;
  }

  /** Whether Lambda would have throttled the invocation: every environment busy at the limit. */
  public boolean throttled() {
    return result instanceof InvocationResult.Throttled;
  }

  /**
   * The invocation's REPORT figures, as its {@code REPORT} line shows them; empty when it was
   * throttled (it did not run).
   */
  public Optional<Report> report() {
    return report;
  }

  /** Whether the function returned normally (no exception, no timeout). */
  public boolean succeeded() {
    return result instanceof InvocationResult.Success;
  }

  public boolean timedOut() {
    return result instanceof InvocationResult.Timeout;
  }

  /**
   * How long the invocation took, wall clock in whole milliseconds: the same figure as the {@code
   * REPORT} line of the {@code invoke} command and of {@code serve}'s Invoke API log tail. Lambda
   * bills duration rounded up to 1 ms
   * (https://aws.amazon.com/lambda/pricing/). It is this machine's speed at full CPU; {@code tune}
   * measures at Lambda's CPU share per memory size.
   */
  public long durationMs() {
    return result.millis();
  }

  /** The source the event came from, judged by its shape; empty for a direct-invoke payload. */
  public Optional<Source> source() {
    return source;
  }

  /** What the function wrote, as UTF-8 text. */
  public String output() {
    return new String(success().output(), StandardCharsets.UTF_8);
  }

  /** What the function wrote, parsed as JSON. */
  public JsonNode json() {
    try {
      return Json.reader().readTree(success().output());
    } catch (IOException e) {
      throw new UncheckedIOException("the function's output is not JSON: " + output(), e);
    }
  }

  /** The Lambda error document of a failed or timed-out invocation. */
  public JsonNode error() {
    JsonNode error = ErrorDocument.of(result);
    if (error == null) {
      throw new IllegalStateException("the invocation succeeded: " + output());
    }
    return error;
  }

  public String errorType() {
    return error().path("errorType").asText();
  }

  public String errorMessage() {
    return error().path("errorMessage").asText();
  }

  /**
   * The response the event's gateway sends its client: the function's response decoded, or the
   * gateway's own answer to a malformed response, an error or a timeout.
   *
   * @throws IllegalStateException for a direct-invoke payload, or an event of a source without a
   *     front door (there is no gateway)
   */
  public HttpResult http() {
    Source from = source.orElseThrow(() -> new IllegalStateException(
        "the event is a direct-invoke payload, not an ALB, REST or HTTP API event; use output() or json()"));
    if (SourceFamilies.frontDoor(from).isEmpty()) {
      throw new IllegalStateException("a " + from + " event has no gateway in front of it; use output() or json()");
    }
    return new HttpResult(gateway.answer(from, result), function);
  }

  /** The raw result. */
  public InvocationResult result() {
    return result;
  }

  private InvocationResult.Success success() {
    if (result instanceof InvocationResult.Success success) {
      return success;
    }
    throw new IllegalStateException("the invocation failed: " + ErrorDocument.of(result));
  }

  @Override
  public String toString() {
    return succeeded() ? output() : String.valueOf(ErrorDocument.of(result));
  }
}
