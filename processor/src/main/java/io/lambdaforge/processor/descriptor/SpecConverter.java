package io.lambdaforge.processor.descriptor;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.model.CorsModel;
import io.lambdaforge.processor.model.EnvVar;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import io.lambdaforge.processor.model.TrafficModel;
import io.lambdaforge.processor.model.TriggerModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Converts a validated {@link FunctionModel} to the descriptor module's {@link FunctionSpec}. */
final class SpecConverter {
  private SpecConverter() {}

  /**
   * The function as the descriptor models it.
   *
   * @throws IllegalArgumentException if the descriptor model rejects a value the processor's
   *     validators let through
   */
  static FunctionSpec toSpec(FunctionModel model) {
    return toSpec(model, null, model.traffic().averageDurationMs());
  }

  /** {@link #toSpec(FunctionModel)} of a declaration, whose {@code site} a family may read its trigger's path from. */
  static FunctionSpec toSpec(FunctionModel model, FunctionSite site) {
    return toSpec(model, site, model.traffic().averageDurationMs());
  }

  /** The function with {@code averageDurationMs} in place of the declared one (a measured figure). */
  static FunctionSpec toSpec(FunctionModel model, long averageDurationMs) {
    return toSpec(model, null, averageDurationMs);
  }

  /** {@link #toSpec(FunctionModel, long)} of a declaration ({@code site} may be null). */
  static FunctionSpec toSpec(FunctionModel model, FunctionSite site, long averageDurationMs) {
    FunctionSpec.Builder spec =
        FunctionSpec.builder(model.functionName(), model.handler())
            .memoryMb(model.memory())
            .timeoutSeconds(model.timeout())
            .architecture(architecture(model.architecture()))
            .ephemeralStorageMb(model.ephemeralStorage())
            .description(model.description())
            .traffic(traffic(model.traffic(), averageDurationMs))
            .monthlyBudgetUsd(BigDecimal.valueOf(model.monthlyBudgetUsd()))
            .provisionedConcurrency(model.provisionedConcurrency())
            .snapStart(model.snapStart());
    for (EnvVar env : model.environment()) {
      spec.env(env.name(), env.value());
    }
    for (TriggerModel trigger : model.triggers()) {
      spec.trigger(
          new TriggerSpec(
              source(trigger.source()),
              trigger.method(),
              SourceFamilies.of(trigger.source()).triggerPath(model, trigger, site),
              trigger.priority(),
              trigger.multiValueHeaders(),
              new RouteAuth(trigger.authorizer(), trigger.scopes())));
    }
    List<String> errorNames = new ArrayList<>();
    for (SourceFamily family : SourceFamilies.applying(model)) {
      errorNames.addAll(family.errorNames(model));
    }
    spec.errorNames(errorNames);
    if (model.functionUrl() != null) {
      spec.functionUrl(
          new FunctionUrlSpec(model.functionUrl().auth(), model.functionUrl().behindCloudFront()));
    }
    if (model.cors() != null
        && model.triggers().stream().anyMatch(t -> source(t.source()).isHttp())) {
      CorsModel cors = model.cors();
      spec.cors(new CorsSpec(cors.allowOrigins(), cors.allowMethods(), cors.allowHeaders(),
          cors.exposeHeaders(), cors.maxAgeSeconds(), cors.allowCredentials()));
    }
    return spec.build();
  }

  static Architecture architecture(io.lambdaforge.annotations.Architecture architecture) {
    return switch (architecture) {
      case X86_64 -> Architecture.X86_64;
      case ARM64 -> Architecture.ARM64;
    };
  }

  /** The deployment model's source of {@code source}, as its family maps it. */
  static TriggerSource source(Source source) {
    return SourceFamilies.of(source).triggerSource(source);
  }

  /** Zero invocations means unknown traffic; the sizes keep their (default) values. */
  static TrafficSpec traffic(TrafficModel traffic, long averageDurationMs) {
    return new TrafficSpec(
        traffic.invocationsPerMonth(),
        averageDurationMs,
        traffic.averageRequestBytes(),
        traffic.averageResponseBytes());
  }
}
