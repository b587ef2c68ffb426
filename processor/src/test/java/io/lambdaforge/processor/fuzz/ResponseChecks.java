package io.lambdaforge.processor.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.annotations.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The oracle: is an adapter's output a well-formed response of its source (event-formats.md
 * §1.2, §2.3, §3.3), with safe headers and a body that gives nothing away?
 */
final class ResponseChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> REST = Set.of("statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded");
  private static final Set<String> HTTP = Set.of("statusCode", "headers", "cookies", "body", "isBase64Encoded");
  private static final Set<String> ALB_SINGLE = Set.of("statusCode", "statusDescription", "headers", "body", "isBase64Encoded");
  private static final Set<String> ALB_MULTI =
      Set.of("statusCode", "statusDescription", "multiValueHeaders", "body", "isBase64Encoded");

  /** A stack frame, an exception class name or this app's internals. */
  private static final Pattern LEAK =
      Pattern.compile(
          "(\\bat [\\w$]+(\\.[\\w$]+)+\\([^)]*\\))"
              + "|([a-z]\\w*(\\.\\w+)+\\.\\w*(Exception|Error)\\b)"
              + "|(\\b\\w+(Exception|Error):)"
              + "|(\\bfz\\.Fz\\b)|(Fz\\$)|(secret)|(io\\.lambdaforge)|(com\\.fasterxml)");

  private ResponseChecks() {}

  /** The source whose format {@code output} has; throws {@link AssertionError} naming every flaw. */
  static Source check(byte[] output, Source expected, Set<String> requestEchoes) {
    List<String> flaws = new ArrayList<>();
    JsonNode response;
    try {
      response = JSON.readTree(output);
    } catch (IOException e) {
      throw new AssertionError("output is not JSON: " + e.getMessage() + " in " + shorten(output));
    }
    if (response == null || !response.isObject()) {
      throw new AssertionError("output is not a JSON object: " + shorten(output));
    }
    Set<String> keys = new TreeSet<>();
    response.fieldNames().forEachRemaining(keys::add);
    Source format =
        keys.equals(REST) ? Source.API_GATEWAY_REST
            : keys.equals(HTTP) ? Source.API_GATEWAY_HTTP
            : keys.equals(ALB_SINGLE) || keys.equals(ALB_MULTI) ? Source.ALB
            : null;
    if (format == null) {
      throw new AssertionError("fields " + keys + " are no source's response format: " + shorten(output));
    }
    if (expected != null && format != expected) {
      flaws.add("answered in the " + format + " format to a " + expected + " event");
    }
    int limit = format == Source.ALB ? 1024 * 1024 : 6 * 1024 * 1024;
    if (output.length > limit) {
      flaws.add("response of " + output.length + " bytes exceeds the " + format + " limit " + limit);
    }
    JsonNode status = response.get("statusCode");
    if (!status.isInt() || status.asInt() < 100 || status.asInt() > 599) {
      flaws.add("statusCode " + status + " is not an integer 100..599");
    }
    if (!response.get("isBase64Encoded").isBoolean()) {
      flaws.add("isBase64Encoded is not a boolean");
    }
    if (!response.get("body").isTextual()) {
      flaws.add("body is not a string");
    }
    if (format == Source.ALB) {
      JsonNode description = response.get("statusDescription");
      if (!description.isTextual() || !description.asText().startsWith(status.asText())) {
        flaws.add("statusDescription " + description + " does not start with the status");
      }
    }
    checkHeaders(response.get("headers"), false, flaws);
    checkHeaders(response.get("multiValueHeaders"), true, flaws);
    if (response.has("cookies")) {
      JsonNode cookies = response.get("cookies");
      if (!cookies.isArray()) {
        flaws.add("cookies is not an array");
      } else {
        cookies.forEach(c -> checkCookie(c, flaws));
      }
    }
    if (flaws.isEmpty()) {
      checkBody(response, requestEchoes, flaws);
    }
    if (!flaws.isEmpty()) {
      throw new AssertionError(String.join("; ", flaws) + " in " + shorten(output));
    }
    return format;
  }

  private static void checkHeaders(JsonNode headers, boolean multi, List<String> flaws) {
    if (headers == null) {
      return;
    }
    if (!headers.isObject()) {
      flaws.add("headers map is not an object");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> header = it.next();
      if (!isToken(header.getKey())) {
        flaws.add("header name " + JSON.valueToTree(header.getKey()) + " is not a token");
      }
      if (multi) {
        if (!header.getValue().isArray() || header.getValue().isEmpty()) {
          flaws.add("multi-value header " + header.getKey() + " is not a non-empty array");
          continue;
        }
        header.getValue().forEach(v -> checkValue(header.getKey(), v, flaws));
      } else {
        checkValue(header.getKey(), header.getValue(), flaws);
      }
      if (header.getKey().equalsIgnoreCase("set-cookie")) {
        (multi ? header.getValue() : JSON.createArrayNode().add(header.getValue())).forEach(c -> checkCookie(c, flaws));
      }
    }
  }

  private static void checkValue(String name, JsonNode value, List<String> flaws) {
    if (!value.isTextual()) {
      flaws.add("header " + name + " value " + value + " is not a string");
    } else if (!isValue(value.asText())) {
      flaws.add("header " + name + " value " + value + " has control characters (injection)");
    }
  }

  private static void checkCookie(JsonNode cookie, List<String> flaws) {
    String text = cookie.asText();
    int eq = text.indexOf('=');
    if (!cookie.isTextual() || eq <= 0 || !isToken(text.substring(0, eq).trim()) || !isValue(text)) {
      flaws.add("Set-Cookie " + cookie + " is not name=value with a token name and no control characters");
    }
  }

  private static void checkBody(JsonNode response, Set<String> echoes, List<String> flaws) {
    int status = response.get("statusCode").asInt();
    String body = response.get("body").asText();
    String text;
    if (response.get("isBase64Encoded").asBoolean()) {
      try {
        text = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        flaws.add("body is marked base64 but is not");
        return;
      }
    } else {
      text = body;
    }
    if (status >= 400) {
      // errors are always the framework's own JSON, never an echo of an exception
      JsonNode error;
      try {
        error = JSON.readTree(text);
      } catch (IOException e) {
        flaws.add("error body is not JSON: " + text);
        return;
      }
      if (error == null || !error.isObject() || !error.path("message").isTextual()) {
        flaws.add("error body has no message: " + text);
        return;
      }
      // the caller's own values may come back (shortened); the app's HttpException message is its own
      error.path("errors").forEach(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("value"));
      if (error.path("message").asText().startsWith("failed ")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) error).put("message", "failed");
      }
      StringBuilder texts = new StringBuilder();
      collectTexts(error, texts);
      String scrubbed = texts.toString();
      for (String echo : echoes) {
        if (!echo.isEmpty()) {
          scrubbed = scrubbed.replace(echo, "");
        }
      }
      if (LEAK.matcher(scrubbed).find()) {
        flaws.add("error body leaks internals: " + shorten(text.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  private static void collectTexts(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      out.append(node.asText()).append('\n');
    }
    node.forEach(child -> collectTexts(child, out));
  }

  static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (char c : name.toCharArray()) {
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean isValue(String value) {
    for (char c : value.toCharArray()) {
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  static String shorten(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.length() > 600 ? text.substring(0, 600) + "...(" + bytes.length + " bytes)" : text;
  }
}
