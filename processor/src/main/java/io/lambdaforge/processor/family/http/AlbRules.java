package io.lambdaforge.processor.family.http;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import java.util.List;
import java.util.Optional;

/**
 * Wildcard ALB rules that shadow literal ones. A listener evaluates its rules from the lowest
 * priority number up and the first match wins; in a path pattern {@code *} matches zero or more
 * characters (slashes included) and {@code ?} exactly one, case-sensitively
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html#path-conditions,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html).
 * So a wildcard rule with a lower number than a literal rule whose path it matches, for a method
 * both accept, answers the literal rule's requests.
 */
final class AlbRules {
  private AlbRules() {}

  /** A wildcard rule evaluated before a literal rule it matches. */
  record Shadow(AlbRule wildcard, AlbRule literal) {
    Report report(Position position) {
      return Report.warning(
          Message.ALB_WILDCARD_SHADOWS,
          position,
          wildcard.method(),
          wildcard.path(),
          wildcard.owner().qualifiedMethod(),
          wildcard.pattern(),
          wildcard.priority(),
          literal.method(),
          literal.path(),
          literal.owner().qualifiedMethod(),
          literal.priority(),
          wildcard.priority());
    }
  }

  /** The first earlier rule that {@code rule} shadows or is shadowed by, unless suppressed. */
  static Optional<Shadow> shadowing(AlbRule rule, List<AlbRule> earlier) {
    for (AlbRule other : earlier) {
      Optional<Shadow> shadow = shadow(rule, other).or(() -> shadow(other, rule));
      if (shadow.isPresent()) {
        return shadow;
      }
    }
    return Optional.empty();
  }

  private static Optional<Shadow> shadow(AlbRule wildcard, AlbRule literal) {
    boolean shadows =
        wildcard.isWildcard()
            && literal.isLiteral()
            && wildcard.priority() < literal.priority()
            && wildcard.methodsOverlap(literal)
            && matches(wildcard.pattern(), literal.path())
            && !suppressed(wildcard.owner())
            && !suppressed(literal.owner());
    return shadows ? Optional.of(new Shadow(wildcard, literal)) : Optional.empty();
  }

  private static boolean suppressed(FunctionModel model) {
    return model.suppresses(FunctionModel.SUPPRESS_ALB_WILDCARD_SHADOWS);
  }

  /** ALB path-pattern matching: {@code *} any run of characters, {@code ?} one character. */
  static boolean matches(String pattern, String path) {
    return matches(pattern, 0, path, 0);
  }

  private static boolean matches(String pattern, int p, String path, int s) {
    if (p == pattern.length()) {
      return s == path.length();
    }
    char c = pattern.charAt(p);
    if (c == '*') {
      for (int k = s; k <= path.length(); k++) {
        if (matches(pattern, p + 1, path, k)) {
          return true;
        }
      }
      return false;
    }
    return s < path.length()
        && (c == '?' || c == path.charAt(s))
        && matches(pattern, p + 1, path, s + 1);
  }
}
