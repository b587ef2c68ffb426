package io.lambdaforge.descriptor.json;

import static io.lambdaforge.descriptor.json.DescriptorTree.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.cost.ArchitectureHint;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.cost.CostTotals;
import io.lambdaforge.descriptor.cost.FrontDoorCosts;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.cost.Money;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the cost part of {@code functions.json}. Line items of a function omit the free tier
 * (always zero there) and call the ALB hourly part {@code albFixedShare}; unknown figures are
 * {@code null}.
 */
final class CostTree {
  static final String TOTALS_BASIS = "Account totals over functions with known traffic: Lambda "
      + "free tier (1M requests, 400,000 GB-s) applied once, duration tiers priced over the "
      + "aggregate GB-s per architecture, API Gateway tiers over aggregate requests, one ALB "
      + "hourly charge. Per-function figures are gross.";

  private CostTree() {}

  static ObjectNode writePricing(CostEstimate cost) {
    return NODES.objectNode()
        .put("region", cost.region())
        .put("effectiveDate", cost.catalogEffectiveDate())
        .put("currency", cost.currency())
        .put("durationRoundingMs", cost.durationRoundingMs());
  }

  static ObjectNode writeFunction(FunctionCost c) {
    ObjectNode node = NODES.objectNode();
    node.set("monthly", c.monthly().map(l -> lines(l, true)).orElse(null));
    node.set("perMillion", c.perMillion().map(l -> lines(l, true)).orElse(null));
    node.set("worstCasePerMillion", lines(c.worstCasePerMillion(), true));
    node.set("worstCaseMonthly", c.worstCaseMonthly().map(l -> lines(l, true)).orElse(null));
    node.put("budgetStatus", c.budgetCheck().status().name());
    ObjectNode hint = node.putObject("architectureHint")
        .put("alternative", c.architectureHint().alternative().samName());
    hint.set("monthlyDelta", c.architectureHint().monthlyDelta()
        .map(d -> NODES.numberNode(Money.forFile(d))).orElse(null));
    hint.put("worstCasePerMillionDelta",
        Money.forFile(c.architectureHint().worstCasePerMillionDelta()));
    node.put("vcpuShare", c.vcpuShare());
    c.frontDoors().ifPresent(doors -> {
      ObjectNode d = node.putObject("frontDoors");
      d.put("httpInvocations",
          doors.httpInvocations().setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
      ArrayNode options = d.putArray("options");
      for (FrontDoorCosts.Option o : doors.options()) {
        ObjectNode option = options.addObject()
            .put("frontDoor", o.door().name())
            .put("monthlyUsd", Money.forFile(o.monthlyUsd()))
            .put("inUse", o.inUse());
        if (!o.servesSameFeatures()) {
          option.put("unavailable", o.unavailable());
        }
      }
    });
    return node;
  }

  private static Optional<FrontDoorCosts> readFrontDoors(Fields c) {
    return c.optionalObject("frontDoors").map(d -> {
      List<FrontDoorCosts.Option> options = new ArrayList<>();
      for (Fields o : d.array("options")) {
        options.add(new FrontDoorCosts.Option(FrontDoorCosts.Door.valueOf(o.text("frontDoor")),
            o.decimal("monthlyUsd"), o.bool("inUse"),
            o.node().has("unavailable") ? o.text("unavailable") : ""));
      }
      return new FrontDoorCosts(BigDecimal.valueOf(d.longValue("httpInvocations")), options);
    });
  }

  static ObjectNode writeTotals(CostTotals totals) {
    ObjectNode node = NODES.objectNode().put("basis", TOTALS_BASIS);
    node.set("monthly", totals.monthly().map(l -> lines(l, false)).orElse(null));
    node.set("worstCaseMonthly", totals.worstCaseMonthly().map(l -> lines(l, false)).orElse(null));
    ArrayNode unknown = node.putArray("unknownTrafficFunctions");
    totals.unknownTrafficFunctions().forEach(unknown::add);
    return node;
  }

  private static ObjectNode lines(CostLines lines, boolean perFunction) {
    ObjectNode node = NODES.objectNode();
    for (CostLines.LineItem item : perFunction ? lines.functionItems() : lines.items()) {
      node.put(item.key(), Money.forFile(item.usd()));
    }
    node.put("total", Money.forFile(lines.total()));
    return node;
  }

  private static CostLines readLines(Fields f, boolean perFunction) {
    List<BigDecimal> values = new ArrayList<>();
    for (CostLines.LineItem item
        : perFunction ? CostLines.ZERO.functionItems() : CostLines.ZERO.items()) {
      values.add(f.decimal(item.key()));
    }
    if (perFunction) {
      values.add(BigDecimal.ZERO.setScale(Money.FILE_SCALE)); // the free tier, last of items()
    }
    return CostLines.of(values);
  }

  static FunctionCost readFunction(Fields c, FunctionSpec f) {
    Fields hint = c.object("architectureHint");
    return new FunctionCost(f.name(), f.architecture(), f.memoryMb(),
        c.optionalObject("monthly").map(l -> readLines(l, true)),
        c.optionalObject("perMillion").map(l -> readLines(l, true)),
        readLines(c.object("worstCasePerMillion"), true),
        c.optionalObject("worstCaseMonthly").map(l -> readLines(l, true)),
        new ArchitectureHint(Architecture.parse(hint.text("alternative")),
            hint.optionalDecimal("monthlyDelta"), hint.decimal("worstCasePerMillionDelta")),
        c.decimal("vcpuShare"), f.monthlyBudgetUsd(), readFrontDoors(c));
  }

  static CostTotals readTotals(Fields t) {
    Optional<CostLines> monthly = t.optionalObject("monthly").map(l -> readLines(l, false));
    Optional<CostLines> worst =
        t.optionalObject("worstCaseMonthly").map(l -> readLines(l, false));
    return new CostTotals(monthly, worst, t.strings("unknownTrafficFunctions"));
  }
}
