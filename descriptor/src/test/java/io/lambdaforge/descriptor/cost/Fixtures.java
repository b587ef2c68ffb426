package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Small builders for cost tests. */
final class Fixtures {
  private Fixtures() {}

  static FunctionSpec.Builder fn(String name, int memoryMb, long invocations, long durationMs) {
    return FunctionSpec.builder(name, "example.Handler::handleRequest")
        .memoryMb(memoryMb)
        .timeoutSeconds(900)
        .traffic(invocations == 0 ? TrafficSpec.UNKNOWN : TrafficSpec.of(invocations, durationMs));
  }

  static Application app(FunctionSpec.Builder... functions) {
    return Application.of(List.of(functions).stream().map(FunctionSpec.Builder::build).toList());
  }

  static FunctionSpec.Builder arm(FunctionSpec.Builder b) {
    return b.architecture(Architecture.ARM64);
  }

  static FunctionSpec.Builder http(FunctionSpec.Builder b, String path) {
    return b.trigger(TriggerSpec.httpApi("GET", path));
  }

  static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal usd(String value) {
    return new BigDecimal(value);
  }
}
