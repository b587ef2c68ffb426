package io.lambdaforge.descriptor.cost;

import io.lambdaforge.descriptor.family.CostModel;
import io.lambdaforge.descriptor.family.FamilyUsage;
import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The source families' cost models for one application, in registry order: their quantities of
 * a function, sums of quantities, and the line items they price.
 */
final class FamilyCosts {
  private final List<CostModel> models;

  FamilyCosts(Application app, PricingCatalog catalog) {
    this.models = SourceFamilies.all().stream().map(f -> f.costModel(app, catalog)).toList();
  }

  /** Each family's quantities of {@code invocations} invocations of {@code f}. */
  List<FamilyUsage> usage(FunctionSpec f, BigDecimal invocations, boolean withFixedShare) {
    return models.stream().map(m -> m.usage(f, invocations, withFixedShare)).toList();
  }

  /** Each family's quantities summed over {@code usages}, from zero. */
  List<FamilyUsage> sum(List<Usage> usages) {
    List<FamilyUsage> sum = new ArrayList<>(models.stream().map(CostModel::zero).toList());
    for (Usage u : usages) {
      for (int i = 0; i < sum.size(); i++) {
        sum.set(i, sum.get(i).plus(u.families().get(i)));
      }
    }
    return sum;
  }

  /**
   * The families' line items of {@code sum}, added up; only the family items ({@code apiGateway},
   * {@code albCapacity}, {@code albFixed}) are taken.
   */
  CostLines price(List<FamilyUsage> sum, boolean totals) {
    BigDecimal apiGateway = BigDecimal.ZERO;
    BigDecimal albCapacity = BigDecimal.ZERO;
    BigDecimal albFixed = BigDecimal.ZERO;
    for (int i = 0; i < models.size(); i++) {
      CostLines lines = models.get(i).price(sum.get(i), totals);
      apiGateway = apiGateway.add(lines.apiGateway());
      albCapacity = albCapacity.add(lines.albCapacity());
      albFixed = albFixed.add(lines.albFixed());
    }
    return new CostLines(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        apiGateway, albCapacity, albFixed, BigDecimal.ZERO);
  }
}
