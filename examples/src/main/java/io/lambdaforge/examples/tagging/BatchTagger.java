package io.lambdaforge.examples.tagging;

import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.events.s3batch.S3BatchResult;
import io.lambdaforge.events.s3batch.S3BatchTask;
import io.lambdaforge.events.s3batch.S3BatchTemporaryFailure;
import io.lambdaforge.examples.tagging.ledger.TagLedger;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * An S3 Batch Operations job that tags every object of its manifest: a {@code media} tag from the
 * key's extension, a {@code storage} tag for directory buckets, and, for a job created with
 * invocation schema 2.0, one tag per user argument. Create the job with the template's {@code
 * TagObjectsS3BatchFunctionArn} output as its {@code LambdaInvoke} function (docs/deploying.md).
 */
public class BatchTagger {
  /** S3 allows up to 10 tags per object (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html). */
  static final int MAX_TAGS = 10;
  static final Map<String, String> MEDIA = Map.of(
      "jpg", "image", "jpeg", "image", "png", "image", "gif", "image",
      "mp4", "video", "mov", "video", "pdf", "document", "txt", "document", "csv", "data", "json", "data");

  /**
   * Tags one object. An object still being uploaded ({@code .part}) is retried later; a key the
   * rules cannot classify fails that task only, with the reason in the completion report.
   */
  @Function(
      name = "tagObjects",
      memory = 256,
      timeout = 30,
      triggers = @Trigger(source = Source.S3_BATCH),
      traffic = @Traffic(invocationsPerMonth = 5_000_000, averageDurationMs = 25))
  public S3BatchResult tag(S3BatchTask task) {
    String name = task.key().substring(task.key().lastIndexOf('/') + 1);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (extension.equals("part")) {
      throw new S3BatchTemporaryFailure("upload of " + task.key() + " not finished yet");
    }
    String media = MEDIA.get(extension);
    if (media == null) {
      throw new IllegalArgumentException("no media type for extension '" + extension + "' of " + task.key());
    }
    Map<String, String> tags = new TreeMap<>(task.userArguments());
    tags.put("media", media);
    if (task.directoryBucket()) {
      tags.put("storage", "EXPRESS_ONEZONE");
    }
    if (tags.size() > MAX_TAGS) {
      return S3BatchResult.permanentFailure(tags.size() + " tags, but S3 allows " + MAX_TAGS + " per object");
    }
    TagLedger.put(task.bucket(), task.key(), task.versionId(), tags);
    StringJoiner written = new StringJoiner("&");
    tags.forEach((k, v) -> written.add(k + "=" + v));
    return S3BatchResult.succeeded(written.toString());
  }
}
