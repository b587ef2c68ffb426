package io.lambdaforge.processor.family;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.family.firehose.FirehoseFamily;
import io.lambdaforge.processor.family.cognito.CognitoFamily;
import io.lambdaforge.processor.family.lex.LexFamily;
import io.lambdaforge.processor.family.alexa.AlexaFamily;
import io.lambdaforge.processor.family.http.HttpFamily;
import io.lambdaforge.processor.family.s3batch.S3BatchFamily;
import io.lambdaforge.processor.family.sdk.SdkFamily;
import io.lambdaforge.processor.family.stepfunctions.StepFunctionsFamily;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every source family of the processor, one line each, and the lookups the core asks. The order
 * matters once: the first family that applies to a function writes its adapter, the others enter
 * it as guests.
 */
public final class SourceFamilies {
  /**
   * The source a trigger is read as when javac gives no value for it (a malformed {@code @Trigger},
   * which javac reports itself): direct invoke, which asks nothing of the method.
   */
  public static final Source UNREADABLE_SOURCE = Source.SDK;

  private static final List<SourceFamily> ALL =
      List.of(
          new HttpFamily(),
          new SdkFamily(),
          new FirehoseFamily(),
          new CognitoFamily(),
          new S3BatchFamily(),
          new StepFunctionsFamily(),
          new LexFamily(),
          new AlexaFamily());

  private static final Map<Source, SourceFamily> BY_SOURCE = bySource();

  private SourceFamilies() {}

  /** Every family, in registry order. */
  public static List<SourceFamily> all() {
    return ALL;
  }

  /** The family owning {@code source}. */
  public static SourceFamily of(Source source) {
    return BY_SOURCE.get(source);
  }

  /** The families that apply to {@code model}, in registry order. */
  public static List<SourceFamily> applying(FunctionModel model) {
    List<SourceFamily> applying = new ArrayList<>();
    for (SourceFamily family : ALL) {
      if (family.appliesTo(model)) {
        applying.add(family);
      }
    }
    return applying;
  }

  /** Whether some family lets callers invoke the function directly with a JSON payload. */
  public static boolean invokedDirectly(FunctionModel model) {
    return ALL.stream().anyMatch(family -> family.invokedDirectly(model));
  }

  /**
   * The adapter of {@code model}: written by the first family that applies, with the entries of
   * the others; empty when no family applies or one of them cannot enter the host's adapter.
   */
  public static Optional<AdapterGenerator> adapter(FunctionModel model) {
    return adapter(model, null);
  }

  /**
   * {@link #adapter(FunctionModel)} with the declaration's {@code site}, for the families whose
   * generator reads facts the model does not carry; null when only the shape is asked.
   */
  public static Optional<AdapterGenerator> adapter(FunctionModel model, FunctionSite site) {
    List<SourceFamily> applying = applying(model);
    if (applying.isEmpty()) {
      return Optional.empty();
    }
    List<AdapterEntry> guests = new ArrayList<>();
    for (SourceFamily guest : applying.subList(1, applying.size())) {
      Optional<AdapterEntry> entry = guest.entry(model);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      guests.add(entry.get());
    }
    return site == null
        ? applying.get(0).adapter(model, guests)
        : applying.get(0).adapter(model, guests, site);
  }

  /** Every API documented with OpenAPI, in registry order. */
  public static List<DocumentedApi> documentedApis() {
    List<DocumentedApi> apis = new ArrayList<>();
    ALL.forEach(family -> apis.addAll(family.documentedApis()));
    return apis;
  }

  private static Map<Source, SourceFamily> bySource() {
    Map<Source, SourceFamily> map = new EnumMap<>(Source.class);
    for (Source source : Source.values()) {
      for (SourceFamily family : ALL) {
        if (family.owns(source) && map.putIfAbsent(source, family) != null) {
          throw new IllegalStateException(source + " belongs to two families");
        }
      }
      if (!map.containsKey(source)) {
        throw new IllegalStateException(source + " belongs to no family");
      }
    }
    return map;
  }
}
