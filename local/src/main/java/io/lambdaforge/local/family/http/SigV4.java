package io.lambdaforge.local.family.http;

import io.lambdaforge.local.gateway.LocalRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies an AWS Signature Version 4 {@code Authorization} header the way a function URL with
 * {@code AuthType AWS_IAM} does, against one access key pair (the local environment's). Follows
 * "Create a signed AWS API request"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): the canonical
 * request (method, canonical URI, canonical query string, canonical headers, signed headers, payload
 * hash), the string to sign over the credential scope, and the HMAC-SHA256 key derivation.
 *
 * <p>The canonical URI is the path as the client sent it (already percent-encoded), normalised and
 * URI-encoded once more, since every service except S3 signs twice-encoded paths. The payload hash is
 * {@code x-amz-content-sha256} when sent (CloudFront's OAC sends it), else the SHA-256 of the body.
 */
final class SigV4 {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  /** AWS rejects requests whose X-Amz-Date is more than 15 minutes off. */
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {}

  /** Why a request was refused; {@code ok()} when it was not. */
  record Verdict(Optional<String> problem) {
    static final Verdict OK = new Verdict(Optional.empty());

    static Verdict refuse(String why) {
      return new Verdict(Optional.of(why));
    }

    boolean ok() {
      return problem.isEmpty();
    }
  }

  /**
   * Checks {@code request}'s signature for service {@code service}.
   *
   * @param env the environment: {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and, for
   *     temporary credentials, {@code AWS_SESSION_TOKEN}, which the request must then carry as
   *     {@code X-Amz-Security-Token}, in its signed headers or added after signing
   *     (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html)
   */
  static Verdict verify(LocalRequest request, String service, UnaryOperator<String> env, Instant now) {
    String accessKey = env.apply("AWS_ACCESS_KEY_ID");
    String secret = env.apply("AWS_SECRET_ACCESS_KEY");
    if (accessKey == null || accessKey.isEmpty() || secret == null || secret.isEmpty()) {
      return Verdict.refuse("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set in serve's environment,"
          + " so no signature can be checked");
    }
    String authorization = request.header("authorization");
    if (authorization == null) {
      return Verdict.refuse("no Authorization header: sign the request with SigV4 (e.g. awscurl --service "
          + service + ")");
    }
    Map<String, String> fields = authorizationFields(authorization);
    if (fields == null) {
      return Verdict.refuse("the Authorization header is not " + ALGORITHM
          + " Credential=..., SignedHeaders=..., Signature=...");
    }
    String[] scope = fields.get("Credential").split("/", -1);
    if (scope.length != 5 || !scope[4].equals("aws4_request")) {
      return Verdict.refuse("Credential is not <key>/<date>/<region>/<service>/aws4_request");
    }
    if (!scope[0].equals(accessKey)) {
      return Verdict.refuse("the request is signed with access key " + scope[0]
          + ", not the environment's AWS_ACCESS_KEY_ID");
    }
    String sessionToken = env.apply("AWS_SESSION_TOKEN");
    String token = request.header("x-amz-security-token");
    if (sessionToken != null && !sessionToken.isEmpty()) {
      if (token == null) {
        return Verdict.refuse("serve's credentials are temporary (AWS_SESSION_TOKEN is set): send the session"
            + " token as X-Amz-Security-Token");
      }
      if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
          sessionToken.getBytes(StandardCharsets.UTF_8))) {
        return Verdict.refuse("X-Amz-Security-Token is not the environment's AWS_SESSION_TOKEN");
      }
    } else if (token != null) {
      return Verdict.refuse("X-Amz-Security-Token was sent, but serve's AWS_ACCESS_KEY_ID is a long-term key"
          + " (no AWS_SESSION_TOKEN in its environment), and AWS refuses a session token that is not the key's");
    }
    if (!scope[3].equals(service)) {
      return Verdict.refuse("the request is signed for service '" + scope[3] + "', not '" + service + "'");
    }
    String amzDate = request.header("x-amz-date");
    if (amzDate == null) {
      return Verdict.refuse("no X-Amz-Date header");
    }
    Instant signedAt;
    try {
      signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return Verdict.refuse("X-Amz-Date '" + amzDate + "' is not yyyyMMdd'T'HHmmss'Z'");
    }
    if (!amzDate.startsWith(scope[1])) {
      return Verdict.refuse("the credential date " + scope[1] + " is not the date of X-Amz-Date " + amzDate);
    }
    if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
      return Verdict.refuse("the signature is expired or from the future (X-Amz-Date " + amzDate + ")");
    }
    List<String> signedHeaders = List.of(fields.get("SignedHeaders").split(";", -1));
    if (!signedHeaders.contains("host")) {
      return Verdict.refuse("SignedHeaders must include host");
    }
    String payloadHash = request.header("x-amz-content-sha256");
    if (payloadHash == null) {
      payloadHash = hex(sha256(request.body()));
    }
    String canonical = canonicalRequest(request.method(), request.rawPath(), request.rawQuery(),
        request.headers(), signedHeaders, payloadHash);
    String expected = signature(secret, scope[1], scope[2], scope[3], amzDate, canonical);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        fields.get("Signature").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.refuse("the signature does not match; canonical request was:\n" + canonical);
    }
    return Verdict.OK;
  }

  /** {@code Credential}, {@code SignedHeaders} and {@code Signature}, or null when one is missing. */
  static Map<String, String> authorizationFields(String header) {
    String h = header.strip();
    if (!h.startsWith(ALGORITHM + " ")) {
      return null;
    }
    Map<String, String> fields = new TreeMap<>();
    for (String part : h.substring(ALGORITHM.length() + 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    boolean complete = fields.containsKey("Credential") && fields.containsKey("SignedHeaders")
        && fields.containsKey("Signature");
    return complete ? fields : null;
  }

  /** The canonical request of the IAM user guide, over the headers named in {@code signedHeaders}. */
  static String canonicalRequest(String method, String rawPath, String rawQuery,
      List<Map.Entry<String, String>> headers, List<String> signedHeaders, String payloadHash) {
    StringBuilder out = new StringBuilder()
        .append(method).append('\n')
        .append(canonicalUri(rawPath)).append('\n')
        .append(canonicalQuery(rawQuery)).append('\n');
    for (String name : signedHeaders) {
      List<String> values = new ArrayList<>();
      for (Map.Entry<String, String> h : headers) {
        if (h.getKey().equalsIgnoreCase(name)) {
          values.add(h.getValue().strip().replaceAll(" +", " "));
        }
      }
      out.append(name).append(':').append(String.join(",", values)).append('\n');
    }
    return out.append('\n')
        .append(String.join(";", signedHeaders)).append('\n')
        .append(payloadHash)
        .toString();
  }

  /**
   * The path with empty and {@code .} segments removed and {@code ..} resolved (a trailing slash
   * kept), each segment URI-encoded as sent.
   */
  static String canonicalUri(String rawPath) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    Deque<String> segments = new ArrayDeque<>();
    String[] parts = path.split("/", -1);
    for (String part : parts) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(uriEncode(part));
      }
    }
    String last = parts[parts.length - 1];
    StringBuilder out = new StringBuilder("/").append(String.join("/", segments));
    if (path.endsWith("/") && !segments.isEmpty() && !last.equals("..")) {
      out.append('/');
    }
    return out.toString();
  }

  /** The query's names and values decoded, re-encoded, sorted by name then value. */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(new String[] {uriEncode(percentDecode(name)), uriEncode(percentDecode(value))});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    List<String> joined = new ArrayList<>();
    for (String[] p : pairs) {
      joined.add(p[0] + "=" + p[1]);
    }
    return String.join("&", joined);
  }

  /** RFC 3986 encoding of every byte but the unreserved {@code A-Z a-z 0-9 - _ . ~}, hex upper-case. */
  static String uriEncode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  /** {@code %XX} sequences decoded as UTF-8 bytes; everything else, {@code +} included, kept. */
  static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  /** The hex signature of {@code canonicalRequest} with the key derived from {@code secret}. */
  static String signature(String secret, String date, String region, String service, String amzDate,
      String canonicalRequest) {
    String scope = date + "/" + region + "/" + service + "/aws4_request";
    String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
        + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    return hex(hmac(key, stringToSign));
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }
}
