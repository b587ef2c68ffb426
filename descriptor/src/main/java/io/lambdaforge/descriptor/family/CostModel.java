package io.lambdaforge.descriptor.family;

import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.math.BigDecimal;

/**
 * The charges a family's triggers add to one application's cost, beyond Lambda's own. The
 * estimator asks for the family's billable quantities of each function, sums them over the
 * functions of a figure (so tiers apply to aggregates), and has the family price the sum.
 */
public interface CostModel {
  /** A family whose triggers cost nothing beyond the Lambda invocations (traffic only). */
  CostModel NONE = new CostModel() {
    @Override
    public FamilyUsage usage(FunctionSpec f, BigDecimal invocations, boolean withFixedShare) {
      return FamilyUsage.NONE;
    }

    @Override
    public FamilyUsage zero() {
      return FamilyUsage.NONE;
    }

    @Override
    public CostLines price(FamilyUsage sum, boolean totals) {
      return CostLines.ZERO;
    }
  };

  /**
   * The quantities {@code invocations} invocations of {@code f} bill to this family (traffic is
   * split evenly over the function's triggers, see {@link TrafficShare}).
   *
   * @param withFixedShare whether to add the function's share of the family's fixed monthly
   *     charges (per-function monthly figures; totals add the whole charge once instead)
   */
  FamilyUsage usage(FunctionSpec f, BigDecimal invocations, boolean withFixedShare);

  /** The quantities of no traffic: where sums start. */
  FamilyUsage zero();

  /**
   * The family's line items of {@code sum} (the other items zero).
   *
   * @param totals whether this is the account totals, which carry whole fixed charges once
   */
  CostLines price(FamilyUsage sum, boolean totals);
}
