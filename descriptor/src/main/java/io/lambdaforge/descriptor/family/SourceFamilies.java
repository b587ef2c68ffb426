package io.lambdaforge.descriptor.family;

import io.lambdaforge.descriptor.family.firehose.FirehoseFamily;
import io.lambdaforge.descriptor.family.cognito.CognitoFamily;
import io.lambdaforge.descriptor.family.lex.LexFamily;
import io.lambdaforge.descriptor.family.alexa.AlexaFamily;
import io.lambdaforge.descriptor.family.http.HttpFamily;
import io.lambdaforge.descriptor.family.s3batch.S3BatchFamily;
import io.lambdaforge.descriptor.family.sdk.SdkFamily;
import io.lambdaforge.descriptor.family.stepfunctions.StepFunctionsFamily;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of source families: the only list of them, one line each. Registry order is the
 * order in which families add parameters, events, resources, outputs and report notes.
 */
public final class SourceFamilies {
  private static final List<SourceFamily> ALL = List.of(
      new HttpFamily(),
      new SdkFamily(),
      new FirehoseFamily(),
      new CognitoFamily(),
      new S3BatchFamily(),
      new StepFunctionsFamily(),
      new LexFamily(),
      new AlexaFamily());

  private static final Map<TriggerSource, SourceFamily> BY_SOURCE = index(ALL);

  private SourceFamilies() {}

  /** Every family, in registry order. */
  public static List<SourceFamily> all() {
    return ALL;
  }

  /**
   * The report notes of the families {@code app} uses (a function with a trigger of one of their
   * sources), in registry order: an application without an ALB, Firehose or S3 Batch function is
   * not told about their charges.
   */
  public static List<String> reportNotes(Application app) {
    Set<SourceFamily> used = new HashSet<>();
    for (FunctionSpec function : app.functions()) {
      for (TriggerSpec trigger : function.triggers()) {
        used.add(of(trigger.source()));
      }
    }
    List<String> notes = new ArrayList<>();
    for (SourceFamily family : ALL) {
      if (used.contains(family)) {
        notes.addAll(family.reportNotes());
      }
    }
    return List.copyOf(notes);
  }

  /** The family that owns {@code source}. */
  public static SourceFamily of(TriggerSource source) {
    return BY_SOURCE.get(source);
  }

  static Map<TriggerSource, SourceFamily> index(List<SourceFamily> families) {
    Map<TriggerSource, SourceFamily> bySource = new EnumMap<>(TriggerSource.class);
    for (SourceFamily family : families) {
      for (TriggerSource source : family.sources()) {
        SourceFamily previous = bySource.putIfAbsent(source, family);
        if (previous != null) {
          throw new IllegalStateException("source " + source + " is claimed by families "
              + previous.name() + " and " + family.name());
        }
      }
    }
    for (TriggerSource source : TriggerSource.values()) {
      if (!bySource.containsKey(source)) {
        throw new IllegalStateException("source " + source + " belongs to no family; register"
            + " its family in SourceFamilies");
      }
    }
    return bySource;
  }
}
