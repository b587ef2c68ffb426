package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.gateway.LocalRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * SigV4 against AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite, the vectors
 * of "Signature Version 4 test suite" in the AWS General Reference; every vector signs for
 * {@code AKIDEXAMPLE} / {@code wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY}, region us-east-1, service
 * {@code service}, at 20150830T123600Z, with {@code host:example.amazonaws.com}): the canonical
 * request, the signature, and {@link SigV4#verify} accepting the vector and refusing any change.
 */
class SigV4Test {
  static final String KEY = "AKIDEXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String DATE = "20150830T123600Z";
  static final Instant NOW = Instant.parse("2015-08-30T12:36:00Z");
  static final String EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", KEY, "AWS_SECRET_ACCESS_KEY", SECRET);

  /** Test name, method, path as the request line carries it, query, canonical URI, canonical query, signature. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "get-vanilla|GET|/||/||5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "get-vanilla-empty-query-key|GET|/|Param1=value1|/|Param1=value1|a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb",
      "get-vanilla-query-order-key|GET|/|Param1=value2&Param1=Value1|/|Param1=Value1&Param1=value2|eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1",
      "get-vanilla-query-order-key-case|GET|/|Param2=value2&Param1=value1|/|Param1=value1&Param2=value2|b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
      "get-vanilla-query-order-value|GET|/|Param1=value2&Param1=value1|/|Param1=value1&Param1=value2|5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694",
      "get-vanilla-query-unreserved|GET|/|-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|/|-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197",
      "get-vanilla-utf8-query|GET|/|ሴ=bar|/|%E1%88%B4=bar|2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04",
      "get-utf8|GET|/ሴ||/%E1%88%B4||8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85",
      "normalize-path/get-relative|GET|/example/..||/||5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "normalize-path/get-relative-relative|GET|/example1/example2/../..||/||5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "normalize-path/get-slash|GET|//||/||5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "normalize-path/get-slash-dot-slash|GET|/./||/||5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
      "normalize-path/get-slash-pointless-dot|GET|/./example||/example||ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5",
      "normalize-path/get-slashes|GET|//example//||/example/||9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84",
      "normalize-path/get-space|GET|/example space/||/example%20space/||652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741",
      "post-vanilla|POST|/||/||5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
  })
  void theSuiteVectors(String name, String method, String path, String query, String canonicalUri,
      String canonicalQuery, String signature) {
    String q = query == null ? "" : query;
    String cq = canonicalQuery == null ? "" : canonicalQuery;
    List<Map.Entry<String, String>> headers = List.of(
        Map.entry("Host", "example.amazonaws.com"), Map.entry("X-Amz-Date", DATE));
    String canonical = SigV4.canonicalRequest(method, path, q, headers, List.of("host", "x-amz-date"), EMPTY_SHA);
    assertEquals(method + "\n" + canonicalUri + "\n" + cq + "\nhost:example.amazonaws.com\nx-amz-date:" + DATE
        + "\n\nhost;x-amz-date\n" + EMPTY_SHA, canonical);
    assertEquals(signature, SigV4.signature(SECRET, "20150830", "us-east-1", "service", DATE, canonical));

    LocalRequest signed = request(method, path, q, authorization("host;x-amz-date", signature), List.of());
    assertTrue(SigV4.verify(signed, "service", ENV::get, NOW).ok(), () -> name + ": "
        + SigV4.verify(signed, "service", ENV::get, NOW).problem());
  }

  /** post-header-key-sort: a third signed header, and its value is part of the signature. */
  @Test
  void anExtraSignedHeader() {
    String signature = "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c";
    LocalRequest signed = request("POST", "/", "", authorization("host;my-header1;x-amz-date", signature),
        List.of(Map.entry("My-Header1", "value1")));
    assertTrue(SigV4.verify(signed, "service", ENV::get, NOW).ok());
    LocalRequest changed = request("POST", "/", "", authorization("host;my-header1;x-amz-date", signature),
        List.of(Map.entry("My-Header1", "VALUE1")));
    assertFalse(SigV4.verify(changed, "service", ENV::get, NOW).ok());
  }

  @Test
  void everyChangeIsRefusedWithItsReason() {
    String good = authorization("host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    assertTrue(SigV4.verify(request("GET", "/", "", good, List.of()), "service", ENV::get, NOW).ok());
    assertRefused(request("GET", "/other", "", good, List.of()), ENV, NOW, "does not match");
    assertRefused(request("GET", "/", "a=b", good, List.of()), ENV, NOW, "does not match");
    assertRefused(request("GET", "/", "", null, List.of()), ENV, NOW, "no Authorization header");
    assertRefused(request("GET", "/", "", "Bearer x", List.of()), ENV, NOW, "is not AWS4-HMAC-SHA256");
    assertRefused(request("GET", "/", "", good, List.of()),
        Map.of("AWS_ACCESS_KEY_ID", "AKIDOTHER", "AWS_SECRET_ACCESS_KEY", SECRET), NOW, "not the environment's");
    assertRefused(request("GET", "/", "", good, List.of()), Map.of(), NOW, "are not set");
    assertRefused(request("GET", "/", "", good, List.of()), ENV, NOW.plusSeconds(16 * 60), "expired");
    assertFalse(SigV4.verify(request("GET", "/", "", good, List.of()), "lambda", ENV::get, NOW).ok());
  }

  /** The test suite's session token (post-sts-token), temporary credentials. */
  static final String TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXm"
      + "xfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXD"
      + "vp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FD";

  /**
   * post-sts-header-after: the token added after signing, so the signature is post-vanilla's; and the
   * token signed (post-sts-header-before's request; its signature worked out independently with
   * Python's hmac/hashlib from the same inputs). Temporary credentials need the token, long-term
   * ones refuse it.
   */
  @Test
  void sessionTokensOfTemporaryCredentials() {
    Map<String, String> temporary = Map.of("AWS_ACCESS_KEY_ID", KEY, "AWS_SECRET_ACCESS_KEY", SECRET,
        "AWS_SESSION_TOKEN", TOKEN);
    String after = authorization("host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    LocalRequest tokenAfter = request("POST", "/", "", after, List.of(Map.entry("X-Amz-Security-Token", TOKEN)));
    assertTrue(SigV4.verify(tokenAfter, "service", temporary::get, NOW).ok(),
        () -> SigV4.verify(tokenAfter, "service", temporary::get, NOW).problem().toString());
    String before = authorization("host;x-amz-date;x-amz-security-token",
        "89e0fd75082a85a2219dce13bc454e9e8dd0d5b5a6288a64ead5d662d622d850");
    LocalRequest tokenSigned = request("POST", "/", "", before, List.of(Map.entry("X-Amz-Security-Token", TOKEN)));
    assertTrue(SigV4.verify(tokenSigned, "service", temporary::get, NOW).ok(),
        () -> SigV4.verify(tokenSigned, "service", temporary::get, NOW).problem().toString());
    // a signed token cannot be swapped: the signature covers it
    Map<String, String> otherToken = Map.of("AWS_ACCESS_KEY_ID", KEY, "AWS_SECRET_ACCESS_KEY", SECRET,
        "AWS_SESSION_TOKEN", TOKEN + "x");
    LocalRequest swapped = request("POST", "/", "", before, List.of(Map.entry("X-Amz-Security-Token", TOKEN + "x")));
    assertRefused(swapped, otherToken, NOW, "does not match");
    assertRefused(request("POST", "/", "", after, List.of()), temporary, NOW, "AWS_SESSION_TOKEN is set");
    assertRefused(tokenAfter, otherToken, NOW, "is not the environment's AWS_SESSION_TOKEN");
    assertRefused(tokenAfter, ENV, NOW, "long-term key");
  }

  /** A function URL path as sent (/a%20b) is encoded once more: the SDKs sign non-S3 paths twice-encoded. */
  @Test
  void aPercentEncodedPathIsEncodedAgain() {
    assertEquals("/capture/space%2520value", SigV4.canonicalUri("/capture/space%20value"));
    assertEquals("a%20b=c%2Bd", SigV4.canonicalQuery("a%20b=c%2Bd"));
  }

  private static void assertRefused(LocalRequest request, Map<String, String> env, Instant now, String reason) {
    SigV4.Verdict verdict = SigV4.verify(request, "service", env::get, now);
    assertFalse(verdict.ok());
    assertTrue(verdict.problem().get().contains(reason), verdict.problem().get());
  }

  static String authorization(String signedHeaders, String signature) {
    return SigV4.ALGORITHM + " Credential=" + KEY + "/20150830/us-east-1/service/aws4_request, SignedHeaders="
        + signedHeaders + ", Signature=" + signature;
  }

  static LocalRequest request(String method, String path, String query, String authorization,
      List<Map.Entry<String, String>> extra) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("Host", "example.amazonaws.com"));
    headers.addAll(extra);
    headers.add(Map.entry("X-Amz-Date", DATE));
    if (authorization != null) {
      headers.add(Map.entry("Authorization", authorization));
    }
    return new LocalRequest(method, path, query, headers, new byte[0], "127.0.0.1");
  }
}
