package io.lambdaforge.descriptor.family;

/** A family's billable quantities of one function or scenario; added up before pricing. */
public interface FamilyUsage {
  /** No quantities. */
  FamilyUsage NONE = other -> other;

  /** The sum of these quantities and {@code other}'s, which come from the same family. */
  FamilyUsage plus(FamilyUsage other);
}
