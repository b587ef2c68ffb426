package io.lambdaforge.descriptor.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed formatting of USD amounts, so that equal estimates give byte-identical files. */
public final class Money {
  /** Decimal places of amounts written to descriptor files (1/100 of a cent). */
  public static final int FILE_SCALE = 4;

  private Money() {}

  /** The amount rounded half-up to {@link #FILE_SCALE} places, for descriptor files. */
  public static BigDecimal forFile(BigDecimal usd) {
    BigDecimal rounded = usd.setScale(FILE_SCALE, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO.setScale(FILE_SCALE) : rounded;
  }

  /** The amount as {@code $1,234.57} (half-up to cents; {@code -$0.20} for credits). */
  public static String display(BigDecimal usd) {
    BigDecimal cents = usd.setScale(2, RoundingMode.HALF_UP);
    String digits = String.format(java.util.Locale.ROOT, "%,.2f", cents.abs());
    return (cents.signum() < 0 ? "-$" : "$") + digits;
  }
}
