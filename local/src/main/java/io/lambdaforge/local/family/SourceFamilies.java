package io.lambdaforge.local.family;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.family.firehose.FirehoseFamily;
import io.lambdaforge.local.family.cognito.CognitoFamily;
import io.lambdaforge.local.family.lex.LexFamily;
import io.lambdaforge.local.family.alexa.AlexaFamily;
import io.lambdaforge.local.family.http.HttpFamily;
import io.lambdaforge.local.family.s3batch.S3BatchFamily;
import io.lambdaforge.local.family.sdk.SdkFamily;
import io.lambdaforge.local.family.stepfunctions.StepFunctionsFamily;
import java.util.List;
import java.util.Optional;

/**
 * The source families the local module knows, one line each. Their order is the preference order:
 * when a function could be sampled or a path served by several sources, the earlier family's
 * (and, within it, the earlier source) wins; direct invoke stays last, as the fallback.
 */
public final class SourceFamilies {
  private static final List<SourceFamily> FAMILIES = List.of(
      new HttpFamily(),
      new FirehoseFamily(),
      new CognitoFamily(),
      new S3BatchFamily(),
      new StepFunctionsFamily(),
      new LexFamily(),
      new AlexaFamily(),
      new SdkFamily());

  private SourceFamilies() {}

  /** Every family, in preference order. */
  public static List<SourceFamily> all() {
    return FAMILIES;
  }

  /**
   * The family of {@code source}.
   *
   * @throws IllegalArgumentException when no registered family owns it
   */
  public static SourceFamily of(Source source) {
    for (SourceFamily family : FAMILIES) {
      if (family.sources().contains(source)) {
        return family;
      }
    }
    throw new IllegalArgumentException("no source family registered for " + source);
  }

  /** Every source of every family, in preference order. */
  public static List<Source> sources() {
    return FAMILIES.stream().flatMap(f -> f.sources().stream()).toList();
  }

  /** The front door {@code serve} emulates for {@code source}; empty when it has none. */
  public static Optional<FrontDoor> frontDoor(Source source) {
    return of(source).frontDoor(source);
  }

  /** The sources with a front door, in the order {@code serve} prefers them for a shared path. */
  public static List<Source> frontDoorSources() {
    return sources().stream().filter(s -> frontDoor(s).isPresent()).toList();
  }

  /** The source that invokes a function directly, without a trigger (the SDK's Invoke API). */
  public static Source directInvoke() {
    return Source.SDK;
  }

  /** The event a direct invoke with {@code payload} delivers ({@code {}} for an empty payload). */
  public static byte[] directInvokeEvent(byte[] payload) {
    return SdkFamily.event(payload);
  }

  /** The source whose events look like {@code event}; empty for a direct-invoke payload. */
  public static Optional<Source> recognize(JsonNode event) {
    for (SourceFamily family : FAMILIES) {
      Optional<Source> source = family.recognize(event);
      if (source.isPresent()) {
        return source;
      }
    }
    return Optional.empty();
  }
}
