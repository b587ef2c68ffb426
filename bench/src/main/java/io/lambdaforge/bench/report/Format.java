package io.lambdaforge.bench.report;

import java.util.Locale;

/** Number formatting shared by the result tables. */
public final class Format {
  private Format() {}

  public static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** A ratio as {@code 1.07x}. */
  public static String ratio(double value) {
    return fixed(value, 2) + "x";
  }

  /** A whole number with thousands separators, e.g. {@code 12,345}. */
  public static String whole(double value) {
    return String.format(Locale.ROOT, "%,d", Math.round(value));
  }

  /** {@code PASS} or {@code MISS} against a target. */
  public static String verdict(boolean met) {
    return met ? "PASS" : "MISS";
  }
}
