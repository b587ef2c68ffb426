package io.lambdaforge.local.family.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signs a request with SigV4 as the AWS SDKs do ("Create a signed AWS API request",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html), over the {@code host}
 * and {@code x-amz-date} headers and the body's SHA-256: what tests need to call an {@code AWS_IAM}
 * route or function URL. The verifier is {@link SigV4}.
 */
public final class SigV4Signer {
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SigV4Signer() {}

  /**
   * The headers to add ({@code X-Amz-Date}, {@code Authorization}) to a request with these
   * {@code headers} (which must include {@code Host}), path and query as sent, and body.
   */
  public static List<Map.Entry<String, String>> sign(String method, String rawPath, String rawQuery,
      List<Map.Entry<String, String>> headers, byte[] body, String accessKeyId, String secretAccessKey,
      String region, String service, Instant now) {
    String amzDate = AMZ_DATE.format(now);
    List<Map.Entry<String, String>> all = new ArrayList<>(headers);
    all.add(Map.entry("X-Amz-Date", amzDate));
    String canonical = SigV4.canonicalRequest(method, rawPath, rawQuery, all, List.of("host", "x-amz-date"),
        SigV4.hex(SigV4.sha256(body)));
    String date = amzDate.substring(0, 8);
    String signature = SigV4.signature(secretAccessKey, date, region, service, amzDate, canonical);
    return List.of(Map.entry("X-Amz-Date", amzDate), Map.entry("Authorization", SigV4.ALGORITHM + " Credential="
        + accessKeyId + "/" + date + "/" + region + "/" + service + "/aws4_request, SignedHeaders=host;x-amz-date,"
        + " Signature=" + signature));
  }
}
