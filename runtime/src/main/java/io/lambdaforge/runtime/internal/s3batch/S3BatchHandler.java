package io.lambdaforge.runtime.internal.s3batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.s3batch.S3BatchResult;
import io.lambdaforge.events.s3batch.S3BatchSchemaVersion;
import io.lambdaforge.events.s3batch.S3BatchTask;
import io.lambdaforge.events.s3batch.S3BatchTemporaryFailure;
import io.lambdaforge.runtime.internal.core.EventHandler;
import io.lambdaforge.runtime.internal.core.Log;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers S3 Batch Operations' "Invoke AWS Lambda function" invocations
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/services-s3-batch.html). It claims an event with
 * {@code invocationSchemaVersion}, {@code invocationId}, {@code job} and {@code tasks}, calls the
 * method once per task and writes {@code {invocationSchemaVersion, treatMissingKeysAs,
 * invocationId, results: [{taskId, resultCode, resultString}]}}:
 *
 * <ul>
 *   <li>{@code invocationSchemaVersion} is the one that arrived (1.0 or 2.0), {@code invocationId}
 *       and every {@code taskId} are copied back, one result per task in input order;
 *   <li>{@code treatMissingKeysAs} is {@code PermanentFailure}, as in AWS's examples: a task left
 *       unanswered is failed, never silently succeeded;
 *   <li>an {@link S3BatchTemporaryFailure} answers {@code TemporaryFailure} with its message; any
 *       other exception, a {@code null} result or a key that is not valid URL encoding fails that
 *       task only, {@code PermanentFailure} with a one-line bounded {@code resultString} ({@link
 *       ResultStrings}); the detail and stack trace go to the function's log.
 * </ul>
 *
 * An invocation of another schema version, or whose tasks lack {@code taskId}, {@code s3Key} or
 * the bucket of their schema, is refused as a function error: no answer is safer than one in a
 * schema S3 cannot read.
 */
final class S3BatchHandler implements EventHandler {
  /** What a task missing from the response counts as. */
  static final S3BatchResult.Code TREAT_MISSING_KEYS_AS = S3BatchResult.Code.PermanentFailure;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String function;
  private final S3BatchInvoker invoker;

  S3BatchHandler(String function, S3BatchInvoker invoker) {
    if (invoker == null) {
      throw new IllegalArgumentException("S3 Batch invoker must not be null");
    }
    this.function = function;
    this.invoker = invoker;
  }

  @Override
  public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
    JsonNode invocation = invocation(event, length);
    if (invocation == null) {
      return false;
    }
    String wire = invocation.get("invocationSchemaVersion").asText();
    S3BatchSchemaVersion version = S3BatchSchemaVersion.of(wire).orElseThrow(() -> malformed(
        "invocationSchemaVersion \"" + wire + "\"; the adapter answers 1.0 and 2.0"));
    String invocationId = invocation.get("invocationId").asText();
    JsonNode job = invocation.get("job");
    String jobId = job.path("id").asText("");
    Map<String, String> userArguments = userArguments(job.get("userArguments"));
    ObjectNode response = NODES.objectNode();
    response.put("invocationSchemaVersion", wire);
    response.put("treatMissingKeysAs", TREAT_MISSING_KEYS_AS.name());
    response.put("invocationId", invocationId);
    ArrayNode results = response.putArray("results");
    for (JsonNode task : invocation.get("tasks")) {
      String taskId = text(task, "taskId");
      String encodedKey = text(task, "s3Key");
      String bucketField = version == S3BatchSchemaVersion.V1_0 ? "s3BucketArn" : "s3Bucket";
      String bucketValue = text(task, bucketField);
      Optional<String> bucketArn = version == S3BatchSchemaVersion.V1_0 ? Optional.of(bucketValue) : Optional.empty();
      String bucket = version == S3BatchSchemaVersion.V1_0 ? bucketName(bucketValue) : bucketValue;
      JsonNode versionNode = task.get("s3VersionId");
      Optional<String> versionId = versionNode == null || versionNode.isNull()
          ? Optional.empty() : Optional.of(versionNode.asText());
      S3BatchResult result;
      String key = decode(encodedKey);
      if (key == null) {
        result = S3BatchResult.permanentFailure(ResultStrings.bounded(
            "s3Key is not valid URL encoding: " + encodedKey));
        log(context, "task " + taskId + " PermanentFailure: " + result.resultString(), null);
      } else {
        result = call(new S3BatchTask(version, invocationId, jobId, taskId, key, encodedKey, versionId,
            bucket, bucketArn, userArguments), context);
      }
      ObjectNode answer = results.addObject();
      answer.put("taskId", taskId);
      answer.put("resultCode", result.code().name());
      answer.put("resultString", result.resultString());
    }
    Json.writer().writeValue(output, response);
    return true;
  }

  private S3BatchResult call(S3BatchTask task, Context context) {
    try {
      S3BatchResult result = invoker.invoke(task, context);
      if (result == null) {
        log(context, "task " + task.taskId() + " PermanentFailure: the method returned null", null);
        return S3BatchResult.permanentFailure("the function returned no result for this task");
      }
      return result;
    } catch (S3BatchTemporaryFailure e) {
      log(context, "task " + task.taskId() + " TemporaryFailure", e);
      String message = e.getMessage();
      return S3BatchResult.temporaryFailure(ResultStrings.bounded(message == null ? "" : message));
    } catch (Exception | LinkageError | AssertionError e) {
      log(context, "task " + task.taskId() + " PermanentFailure", e);
      return S3BatchResult.permanentFailure(ResultStrings.of(e));
    }
  }

  /**
   * {@code encoded} percent-decoded as UTF-8, a {@code +} kept as a {@code +} (as AWS's example
   * functions decode it with {@code urllib.parse.unquote}); null when it is not valid encoding.
   */
  static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The bucket name of a 1.0 task's {@code s3BucketArn}: what follows its last {@code :}, as in
   * AWS's example function ({@code arn:aws:s3:::amzn-s3-demo-bucket} names {@code
   * amzn-s3-demo-bucket}).
   */
  static String bucketName(String arn) {
    return arn.substring(arn.lastIndexOf(':') + 1);
  }

  private Map<String, String> userArguments(JsonNode node) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw malformed("job.userArguments that is not an object");
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> arguments.put(field.getKey(), field.getValue().asText()));
    return arguments;
  }

  private String text(JsonNode task, String field) {
    JsonNode value = task.get(field);
    if (value == null || !value.isTextual()) {
      throw malformed("a task without a text " + field + ": " + task);
    }
    return value.asText();
  }

  private IllegalArgumentException malformed(String what) {
    return new IllegalArgumentException("Function '" + function + "' received an S3 Batch Operations invocation with " + what);
  }

  private void log(Context context, String message, Throwable failure) {
    StringBuilder line = new StringBuilder("Function '").append(function).append("': S3 Batch ").append(message);
    if (failure != null) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      line.append(": ").append(trace);
    }
    Log.line(context, line.toString());
  }

  /** The event as an S3 Batch invocation, or null when it is not shaped like one. */
  static JsonNode invocation(byte[] event, int length) throws IOException {
    JsonNode root;
    try {
      root = Json.reader().readTree(event, 0, length);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
    if (root == null || !root.isObject()
        || !root.path("invocationSchemaVersion").isTextual()
        || !root.path("invocationId").isTextual()
        || !root.path("job").isObject()
        || !root.path("tasks").isArray()) {
      return null;
    }
    for (JsonNode task : root.get("tasks")) {
      if (!task.isObject()) {
        return null;
      }
    }
    return root;
  }

  @Override
  public Collection<String> sources() {
    return List.of(Source.S3_BATCH.name());
  }

  @Override
  public String recognise(byte[] event, int length) throws IOException {
    return invocation(event, length) == null ? null : "an S3 Batch Operations invocation";
  }

  @Override
  public String kinds() {
    return "an S3 Batch Operations invocation";
  }
}
