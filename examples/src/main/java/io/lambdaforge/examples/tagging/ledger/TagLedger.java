package io.lambdaforge.examples.tagging.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the tagger writes each object's tags. A deployment writes them with S3's
 * PutObjectTagging (AWS SDK); this example keeps them in memory so that it runs anywhere and its
 * tests can read what was written.
 */
public final class TagLedger {
  private static final Map<String, Map<String, String>> TAGS = new ConcurrentHashMap<>();

  private TagLedger() {}

  /** Records the tags written for the object. */
  public static void put(String bucket, String key, Optional<String> versionId, Map<String, String> tags) {
    TAGS.put(id(bucket, key, versionId), Map.copyOf(tags));
  }

  /** The tags written for the object, if any. */
  public static Optional<Map<String, String>> tags(String bucket, String key, Optional<String> versionId) {
    return Optional.ofNullable(TAGS.get(id(bucket, key, versionId)));
  }

  private static String id(String bucket, String key, Optional<String> versionId) {
    return bucket + "/" + key + versionId.map(v -> "?versionId=" + v).orElse("");
  }
}
