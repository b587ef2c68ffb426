package io.lambdaforge.processor.family.http;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.CorsModel;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A function's {@code @Cors} against the front doors its HTTP triggers use:
 *
 * <ul>
 *   <li>{@code @Cors} on a method without an HTTP trigger configures nothing (on a class it applies
 *       to the class's HTTP functions only);
 *   <li>each origin is {@code *} or a serialised origin, {@code scheme://host[:port]}, lower case,
 *       without path, query or trailing slash: the form browsers send in {@code Origin} and compare
 *       byte for byte (https://fetch.spec.whatwg.org/#http-origin);
 *   <li>{@code allowCredentials} with origin {@code *}: a browser rejects a credentialed response
 *       whose {@code Access-Control-Allow-Origin} is {@code *}
 *       (https://fetch.spec.whatwg.org/#cors-protocol-and-credentials);
 *   <li>service limits: {@code maxAgeSeconds} not negative; a function URL's {@code Cors}
 *       accepts {@code MaxAge} 0..86400, at most 6 {@code AllowMethods} of GET, PUT, HEAD, POST,
 *       PATCH, DELETE and {@code *}, and at most 100 origins of at most 253 characters
 *       (https://docs.aws.amazon.com/lambda/latest/api/API_Cors.html); SAM's REST API {@code Cors}
 *       has one {@code AllowOrigin} string, so a REST API allows one origin or {@code *}
 *       (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-corsconfiguration.html).
 * </ul>
 */
final class CorsRules {
  /** A serialised origin: scheme, host (name, IPv4 or bracketed IPv6), optional port. */
  private static final Pattern ORIGIN =
      Pattern.compile("[a-z][a-z0-9+.-]*://([a-z0-9-]+(\\.[a-z0-9-]+)*|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?");

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** The largest {@code MaxAge} of a function URL's {@code Cors} (API_Cors.html). */
  static final int FUNCTION_URL_MAX_AGE = 86_400;

  private static final Set<String> FUNCTION_URL_METHODS =
      Set.of("GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*");

  private CorsRules() {}

  static void check(FunctionModel model, FunctionSite site, List<Report> reports) {
    CorsModel cors = model.cors();
    if (cors == null) {
      return;
    }
    String fn = model.qualifiedMethod();
    if (!HttpFamily.hasHttpTrigger(model)) {
      if (site.corsOnMethod()) {
        reports.add(Report.error(Message.CORS_WITHOUT_HTTP, site.cors(null), fn));
      }
      return;
    }
    if (cors.allowOrigins().isEmpty()) {
      reports.add(Report.error(Message.CORS_ORIGIN, site.cors("allowOrigins"), fn, "no origin",
          "allowOrigins is empty"));
    }
    for (String origin : cors.allowOrigins()) {
      String problem = originProblem(origin);
      if (problem != null) {
        reports.add(Report.error(Message.CORS_ORIGIN, site.cors("allowOrigins"), fn,
            "\"" + origin + "\"", problem));
      }
    }
    if (cors.allowCredentials() && cors.allowOrigins().contains("*")) {
      reports.add(Report.error(Message.CORS_CREDENTIALS_WILDCARD, site.cors("allowCredentials"), fn));
    }
    for (String method : cors.allowMethods()) {
      if (!method.equals("*") && !TOKEN.matcher(method).matches()) {
        limit(reports, site, "allowMethods", fn, "method \"" + method + "\" is not an HTTP method",
            "write methods such as \"GET\", \"POST\", or \"*\"");
      }
    }
    for (String header : concat(cors.allowHeaders(), cors.exposeHeaders())) {
      if (!header.equals("*") && !TOKEN.matcher(header).matches()) {
        limit(reports, site, cors.allowHeaders().contains(header) ? "allowHeaders" : "exposeHeaders",
            fn, "header \"" + header + "\" is not a header name",
            "write header names such as \"Content-Type\"");
      }
    }
    if (cors.maxAgeSeconds() < 0) {
      limit(reports, site, "maxAgeSeconds", fn, "maxAgeSeconds must not be negative, got "
          + cors.maxAgeSeconds(), "write maxAgeSeconds = 0 (no caching) or more");
    }
    if (uses(model, Source.FUNCTION_URL)) {
      functionUrlLimits(cors, site, fn, reports);
    }
    if (uses(model, Source.API_GATEWAY_REST) && cors.allowOrigins().size() > 1) {
      limit(reports, site, "allowOrigins", fn, "a REST API's CORS configuration (SAM's Cors"
          + " AllowOrigin) holds one origin, got " + cors.allowOrigins().size(),
          "write one origin, or \"*\", or move the routes to an HTTP API, which takes a list"
              + " (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-corsconfiguration.html)");
    }
  }

  private static void functionUrlLimits(
      CorsModel cors, FunctionSite site, String fn, List<Report> reports) {
    String doc = "https://docs.aws.amazon.com/lambda/latest/api/API_Cors.html";
    if (cors.maxAgeSeconds() > FUNCTION_URL_MAX_AGE) {
      limit(reports, site, "maxAgeSeconds", fn, "a function URL accepts MaxAge 0.."
          + FUNCTION_URL_MAX_AGE + " seconds, got " + cors.maxAgeSeconds(),
          "write maxAgeSeconds = " + FUNCTION_URL_MAX_AGE + " or less (" + doc + ")");
    }
    for (String method : cors.allowMethods()) {
      if (!FUNCTION_URL_METHODS.contains(method)) {
        limit(reports, site, "allowMethods", fn, "a function URL's AllowMethods accepts GET, PUT,"
            + " HEAD, POST, PATCH, DELETE and *, got \"" + method + "\"",
            "remove it (Lambda answers OPTIONS preflight requests itself) (" + doc + ")");
      }
    }
    if (cors.allowMethods().size() > 6) {
      limit(reports, site, "allowMethods", fn, "a function URL accepts at most 6 AllowMethods, got "
          + cors.allowMethods().size(), "write \"*\" or at most 6 methods (" + doc + ")");
    }
    if (cors.allowOrigins().size() > 100) {
      limit(reports, site, "allowOrigins", fn, "a function URL accepts at most 100 AllowOrigins, got "
          + cors.allowOrigins().size(), "write at most 100 origins (" + doc + ")");
    }
    for (String origin : cors.allowOrigins()) {
      if (origin.length() > 253) {
        limit(reports, site, "allowOrigins", fn, "a function URL accepts origins of at most 253"
            + " characters, got " + origin.length(), "write a shorter origin (" + doc + ")");
      }
    }
  }

  /** Why {@code origin} is not {@code *} or a serialised origin, or {@code null}. */
  static String originProblem(String origin) {
    if (origin.equals("*")) {
      return null;
    }
    if (!origin.equals(origin.toLowerCase(Locale.ROOT))) {
      return "browsers send the scheme and host in lower case";
    }
    if (origin.endsWith("/")) {
      return "it ends with a slash";
    }
    int scheme = origin.indexOf("://");
    if (scheme < 0) {
      return "it has no scheme";
    }
    if (origin.indexOf('/', scheme + 3) >= 0 || origin.contains("?") || origin.contains("#")) {
      return "it has a path, query or fragment";
    }
    if (origin.contains("*")) {
      return "wildcards are allowed only as the whole origin \"*\"";
    }
    if (!ORIGIN.matcher(origin).matches()) {
      return "it is not scheme://host[:port]";
    }
    return null;
  }

  private static boolean uses(FunctionModel model, Source source) {
    return model.triggers().stream().anyMatch(t -> t.source() == source);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static void limit(List<Report> reports, FunctionSite site, String attribute, String fn,
      String what, String fix) {
    reports.add(Report.error(Message.CORS_LIMIT, site.cors(attribute), fn, what, fix));
  }
}
