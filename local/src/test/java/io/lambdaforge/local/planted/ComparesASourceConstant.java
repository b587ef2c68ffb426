package io.lambdaforge.local.planted;

import io.lambdaforge.annotations.Source;

/**
 * A planted violation for {@code LocalArchitectureTest}: core code (outside a family package) that
 * compares to and switches on source constants. Never used.
 */
public final class ComparesASourceConstant {
  private ComparesASourceConstant() {}

  public static boolean isDirect(Source source) {
    return source == Source.SDK;
  }

  public static String api(Source source) {
    return switch (source) {
      case API_GATEWAY_HTTP -> "http";
      default -> "other";
    };
  }
}
