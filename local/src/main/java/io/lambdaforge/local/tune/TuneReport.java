package io.lambdaforge.local.tune;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.measured.MeasuredFunction;
import io.lambdaforge.descriptor.measured.MeasuredSize;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.runtime.internal.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A whole {@code tune} run: every size's measurement and costs, the recommendations, and what
 * the figures can and cannot say (this machine's CPU, the throttle, the calibration).
 */
public final class TuneReport {
  /** Said in every output: the figures are this machine's. */
  public static final String CAVEAT = "Durations were measured on this machine; Lambda's CPUs differ"
      + " (model, clock, turbo, neighbours), so treat them as relative between sizes, and scale them with"
      + " --calibration <factor> once you know this machine's ratio to Lambda's.";

  private final FunctionSpec function;
  private final String cpuModel;
  private final CpuThrottle throttle;
  private final double calibration;
  private final Instant measuredAt;
  private final List<SizeResult> sizes;
  private final Map<Integer, Map<Architecture, TuneCosts.SizeCost>> costs = new LinkedHashMap<>();
  private final double weight;
  private final List<Recommendations.Pick> picks = new ArrayList<>();

  public TuneReport(FunctionSpec function, String cpuModel, CpuThrottle throttle, double calibration,
      Instant measuredAt, List<SizeResult> sizes, TuneCosts pricing, double weight) {
    this.function = function;
    this.cpuModel = cpuModel;
    this.throttle = throttle;
    this.calibration = calibration;
    this.measuredAt = measuredAt;
    this.sizes = List.copyOf(sizes);
    this.weight = weight;
    List<Recommendations.Candidate> candidates = new ArrayList<>();
    for (SizeResult size : sizes) {
      if (size.failure().isPresent() || size.durationsMs().isEmpty()) {
        continue;
      }
      Map<Architecture, TuneCosts.SizeCost> byArchitecture = new LinkedHashMap<>();
      for (Architecture a : Architecture.values()) {
        byArchitecture.put(a, pricing.cost(function, size.memoryMb(), size.billedP50Ms(), a));
      }
      costs.put(size.memoryMb(), byArchitecture);
      if (size.usable()) {
        candidates.add(new Recommendations.Candidate(size.memoryMb(), size.p50(),
            byArchitecture.get(function.architecture()).perInvocation()));
      }
    }
    Recommendations.cheapest(candidates).ifPresent(picks::add);
    Recommendations.fastest(candidates).ifPresent(picks::add);
    Recommendations.balanced(candidates, weight).ifPresent(picks::add);
  }

  public List<SizeResult> sizes() {
    return sizes;
  }

  public List<Recommendations.Pick> recommendations() {
    return picks;
  }

  public Optional<TuneCosts.SizeCost> cost(int memoryMb, Architecture architecture) {
    return Optional.ofNullable(costs.get(memoryMb)).map(m -> m.get(architecture));
  }

  /** The UTC date of the run. */
  public String date() {
    return measuredAt.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private String throttleLine() {
    return throttle.throttles()
        ? "CPU-throttled through " + throttle.description() + " to Lambda's vCPU share (memory / 1769 MB),"
            + " capped at this machine's " + Runtime.getRuntime().availableProcessors() + " cores"
        : throttle.description();
  }

  /** The terminal table. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("tune ").append(function.name()).append(" (declared ").append(function.memoryMb())
        .append(" MB, ").append(function.architecture().samName()).append(") on ").append(date()).append('\n');
    out.append("CPU: ").append(cpuModel).append('\n');
    out.append(throttleLine()).append('\n');
    if (calibration != 1) {
      out.append("durations multiplied by --calibration ").append(calibration).append('\n');
    }
    String arch = function.architecture().samName();
    out.append(String.format(Locale.ROOT, "%7s %6s %9s %9s %9s %9s %9s %7s %8s %14s %12s %12s %12s%n",
        "MB", "vCPU", "init ms", "first ms", "p50 ms", "p90 ms", "p99 ms", "billed", "peak MB",
        "$/invoke " + arch, "$/1M x86_64", "$/1M arm64", "$/month " + arch));
    for (SizeResult s : sizes) {
      if (s.failure().isPresent() || s.durationsMs().isEmpty()) {
        out.append(String.format(Locale.ROOT, "%7d  failed: %s%n", s.memoryMb(), s.failure().orElse("no durations")));
        continue;
      }
      Map<Architecture, TuneCosts.SizeCost> c = costs.get(s.memoryMb());
      TuneCosts.SizeCost own = c.get(function.architecture());
      out.append(String.format(Locale.ROOT, "%7d %6.3f %9.1f %9.2f %9.2f %9.2f %9.2f %7d %8s %14s %12s %12s %12s%s%n",
          s.memoryMb(), LambdaSizing.vcpuShare(s.memoryMb()), s.initMs(), s.firstMs(), s.p50(), s.p90(), s.p99(),
          s.billedP50Ms(), s.peakRssMb().map(p -> String.format(Locale.ROOT, "%.0f", p)).orElse("-"),
          usd(own.perInvocation(), 10), usd(c.get(Architecture.X86_64).perMillion(), 4),
          usd(c.get(Architecture.ARM64).perMillion(), 4), own.monthly().map(m -> usd(m, 2)).orElse("-"),
          notes(s)));
    }
    out.append('\n');
    if (picks.isEmpty()) {
      out.append("no recommendation: no size ran without errors within its memory\n");
    }
    for (Recommendations.Pick pick : picks) {
      out.append(describe(pick)).append('\n');
    }
    out.append('\n').append(CAVEAT).append('\n');
    return out.toString();
  }

  private String notes(SizeResult s) {
    List<String> notes = new ArrayList<>();
    if (s.errors() > 0) {
      notes.add(s.errors() + " errors: " + s.firstError().orElse(""));
    }
    if (s.exceedsMemory()) {
      notes.add("peak memory above the size: Lambda would stop it");
    }
    s.throttledPeriods().filter(p -> p > 0).ifPresent(p -> notes.add("throttled in " + p + " periods"));
    return notes.isEmpty() ? "" : "  " + String.join("; ", notes);
  }

  private String describe(Recommendations.Pick pick) {
    Recommendations.Candidate c = pick.candidate();
    String figures = String.format(Locale.ROOT, "%d MB: p50 %.2f ms, %s per invocation (%s)", c.memoryMb(),
        c.durationMs(), usd(c.cost(), 10), function.architecture().samName());
    return switch (pick.strategy()) {
      case "cheapest" -> "cheapest: " + figures;
      case "fastest" -> "fastest:  " + figures;
      default -> String.format(Locale.ROOT, "balanced (weight %.2f): %s, score %.4f", weight, figures,
          pick.score().orElse(0.0));
    };
  }

  private static String usd(BigDecimal amount, int scale) {
    return "$" + amount.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /** The report as a JSON tree. */
  public ObjectNode json() {
    JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    ObjectNode root = nodes.objectNode();
    root.put("function", function.name())
        .put("declaredMemoryMb", function.memoryMb())
        .put("architecture", function.architecture().samName())
        .put("measuredAt", measuredAt.toString())
        .put("cpuModel", cpuModel)
        .put("cpuThrottled", throttle.throttles())
        .put("throttle", throttle.description())
        .put("cores", Runtime.getRuntime().availableProcessors())
        .put("calibration", calibration)
        .put("caveat", CAVEAT);
    ArrayNode list = root.putArray("sizes");
    for (SizeResult s : sizes) {
      ObjectNode n = list.addObject().put("memoryMb", s.memoryMb())
          .put("vcpuShare", LambdaSizing.vcpuShare(s.memoryMb()))
          .put("quotaCores", s.quotaCores())
          .put("throttled", s.throttled());
      s.throttledPeriods().ifPresent(p -> n.put("throttledPeriods", p));
      if (s.failure().isPresent() || s.durationsMs().isEmpty()) {
        n.put("failure", s.failure().orElse("no durations"));
        continue;
      }
      n.put("initMs", s.initMs()).put("firstMs", s.firstMs()).put("invocations", s.durationsMs().size())
          .put("p50Ms", s.p50()).put("p90Ms", s.p90()).put("p99Ms", s.p99())
          .put("billedP50Ms", s.billedP50Ms()).put("errors", s.errors());
      s.firstError().ifPresent(e -> n.put("firstError", e));
      s.peakRssMb().ifPresent(p -> n.put("peakMemoryMb", p));
      n.put("exceedsMemory", s.exceedsMemory());
      ObjectNode c = n.putObject("cost");
      for (TuneCosts.SizeCost cost : costs.get(s.memoryMb()).values()) {
        ObjectNode a = c.putObject(cost.architecture().samName())
            .put("perInvocationUsd", cost.perInvocation())
            .put("perMillionUsd", cost.perMillion());
        cost.monthly().ifPresent(m -> a.put("monthlyUsd", m));
      }
    }
    ObjectNode rec = root.putObject("recommendations");
    for (Recommendations.Pick pick : picks) {
      ObjectNode p = rec.putObject(pick.strategy())
          .put("memoryMb", pick.candidate().memoryMb())
          .put("p50Ms", pick.candidate().durationMs())
          .put("perInvocationUsd", pick.candidate().cost());
      if (pick.strategy().equals("balanced")) {
        p.put("weight", weight);
        pick.score().ifPresent(s -> p.put("score", s));
      }
    }
    return root;
  }

  /** The JSON text. */
  public String jsonText() {
    try {
      return Json.writer().withDefaultPrettyPrinter().writeValueAsString(json()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The self-contained HTML page with its SVG chart. */
  public String html() {
    return TuneChart.page(this, function.name(), cpuModel, throttleLine(), date());
  }

  /** What {@code --write} stores: the usable sizes' p50 and p90. */
  public Optional<MeasuredFunction> measured() {
    List<MeasuredSize> usable = new ArrayList<>();
    for (SizeResult s : sizes) {
      if (s.usable()) {
        usable.add(new MeasuredSize(s.memoryMb(), decimal(s.p50()), decimal(s.p90()), s.durationsMs().size()));
      }
    }
    if (usable.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MeasuredFunction(function.name(), machineArchitecture(), date(), cpuModel,
        throttle.throttles(), throttle.description(), BigDecimal.valueOf(calibration).stripTrailingZeros(), usable));
  }

  FunctionSpec function() {
    return function;
  }

  private static BigDecimal decimal(double ms) {
    return BigDecimal.valueOf(ms).setScale(3, RoundingMode.HALF_UP);
  }

  /** The instruction set of this machine. */
  static Architecture machineArchitecture() {
    String arch = System.getProperty("os.arch", "");
    return arch.equals("aarch64") || arch.equals("arm64") ? Architecture.ARM64 : Architecture.X86_64;
  }
}
