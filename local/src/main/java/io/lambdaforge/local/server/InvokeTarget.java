package io.lambdaforge.local.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function an Invoke API path names: {@code /2015-03-31/functions/{FunctionName}/invocations}
 * where the name may be a plain name, a partial ARN ({@code 123456789012:function:name}) or a full
 * ARN ({@code arn:aws:lambda:us-east-1:123456789012:function:name}), each optionally followed by
 * {@code :qualifier}. Locally every function runs as {@code $LATEST}, so the qualifier is ignored.
 */
final class InvokeTarget {
  private static final Pattern PATH = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations/?");
  private static final Pattern ARN =
      Pattern.compile("(?:arn:[^:]+:lambda:[^:]*:)?(?:\\d{12}:)?function:([^:]+)(?::[^:]+)?");

  private InvokeTarget() {}

  /** The function name in {@code rawPath}, or empty when it is not an Invoke path. */
  static Optional<String> functionName(String rawPath) {
    Matcher path = PATH.matcher(rawPath);
    if (!path.matches()) {
      return Optional.empty();
    }
    String name = URLDecoder.decode(path.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    Matcher arn = ARN.matcher(name);
    if (arn.matches()) {
      return Optional.of(arn.group(1));
    }
    int qualifier = name.indexOf(':');
    return Optional.of(qualifier < 0 ? name : name.substring(0, qualifier));
  }
}
