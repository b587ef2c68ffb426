package io.lambdaforge.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed route template such as {@code /orders/{id}/lines/{path+}}: literal segments, {@code
 * {param}} segments and an optional greedy {@code {param+}} last segment. The root {@code /} has no
 * segments.
 *
 * @param path the template as written
 * @param segments the segments between slashes, in order
 */
public record RouteTemplate(String path, List<Segment> segments) {
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  /** One segment between slashes. */
  public record Segment(Kind kind, String value) {
    /** The segment kinds. */
    public enum Kind {
      /** Literal text, matched exactly. */
      LITERAL,
      /** {@code {name}}: exactly one segment. */
      PARAM,
      /** {@code {name+}}: the rest of the path, one or more segments; always last. */
      GREEDY
    }
  }

  public RouteTemplate {
    segments = List.copyOf(segments);
  }

  /**
   * Parses a valid template.
   *
   * @throws IllegalArgumentException with {@link #problem(String)}'s text if it is invalid
   */
  public static RouteTemplate parse(String path) {
    Optional<String> problem = problem(path);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    List<Segment> segments = new ArrayList<>();
    if (!path.equals("/")) {
      for (String raw : path.substring(1).split("/", -1)) {
        segments.add(segment(raw));
      }
    }
    return new RouteTemplate(path, segments);
  }

  /** What is wrong with a template, or empty if it is valid. */
  public static Optional<String> problem(String path) {
    if (path.isEmpty()) {
      return Optional.of("the path is empty");
    }
    if (!path.startsWith("/")) {
      return Optional.of("the path must start with '/'");
    }
    if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
      return Optional.of("the path must not contain a query string or fragment");
    }
    if (path.equals("/")) {
      return Optional.empty();
    }
    String[] raws = path.substring(1).split("/", -1);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < raws.length; i++) {
      String raw = raws[i];
      if (raw.isEmpty()) {
        return Optional.of("the path has an empty segment (\"//\" or a trailing '/')");
      }
      boolean opens = raw.startsWith("{");
      boolean closes = raw.endsWith("}");
      if (!opens && !closes && raw.indexOf('{') < 0 && raw.indexOf('}') < 0) {
        continue;
      }
      if (!opens || !closes || raw.length() < 3) {
        return Optional.of("segment \"" + raw + "\" must be literal text or exactly one {name}");
      }
      Segment segment = segment(raw);
      if (!PARAM_NAME.matcher(segment.value()).matches()) {
        return Optional.of("parameter name \"" + segment.value() + "\" must match [A-Za-z0-9_.-]+");
      }
      if (segment.kind() == Segment.Kind.GREEDY && i != raws.length - 1) {
        return Optional.of("greedy parameter {" + segment.value() + "+} must be the last segment");
      }
      if (!names.add(segment.value())) {
        return Optional.of("parameter {" + segment.value() + "} appears twice");
      }
    }
    return Optional.empty();
  }

  private static Segment segment(String raw) {
    if (!raw.startsWith("{")) {
      return new Segment(Segment.Kind.LITERAL, raw);
    }
    String inner = raw.substring(1, raw.length() - 1);
    return inner.endsWith("+")
        ? new Segment(Segment.Kind.GREEDY, inner.substring(0, inner.length() - 1))
        : new Segment(Segment.Kind.PARAM, inner);
  }

  /** The parameter names, in path order. */
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    for (Segment segment : segments) {
      if (segment.kind() != Segment.Kind.LITERAL) {
        names.add(segment.value());
      }
    }
    return names;
  }

  /**
   * The template with parameter names erased ({@code /a/{}} and {@code /files/{+}}): two routes
   * with the same key match the same requests, e.g. {@code /a/{id}} and {@code /a/{key}}.
   */
  public String conflictKey() {
    StringBuilder key = new StringBuilder();
    for (Segment segment : segments) {
      key.append('/');
      switch (segment.kind()) {
        case LITERAL:
          key.append(segment.value());
          break;
        case PARAM:
          key.append("{}");
          break;
        case GREEDY:
          key.append("{+}");
          break;
      }
    }
    return key.length() == 0 ? "/" : key.toString();
  }
}
