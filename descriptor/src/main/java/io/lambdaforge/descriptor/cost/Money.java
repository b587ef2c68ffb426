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
    // Grouping by hand: String.format is costly on the processor's path (thousands of amounts).
    String plain = cents.abs().toPlainString();
    int point = plain.length() - 3;
    StringBuilder out = new StringBuilder(plain.length() + point / 3 + 2);
    out.append(cents.signum() < 0 ? "-$" : "$");
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, point, plain.length()).toString();
  }
}
