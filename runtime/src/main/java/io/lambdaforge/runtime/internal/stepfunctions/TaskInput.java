package io.lambdaforge.runtime.internal.stepfunctions;

import Lambdaforge.TaskTokenMissing;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.events.stepfunctions.TaskToken;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The event of a task that waits for its callback token: the envelope {@code {"Input": <state
 * input>, "TaskToken": "<token>"}} the generated state's {@code Parameters} build (the state input
 * alone reaches a function that takes no token, unchanged). Step Functions puts the token in the
 * payload only where the state's {@code Parameters} ask for {@code $$.Task.Token}
 * (https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token).
 */
public final class TaskInput {
  /** The envelope's field holding the state input. */
  public static final String INPUT = "Input";
  /** The envelope's field holding the task token. */
  public static final String TOKEN = "TaskToken";

  private final byte[] input;
  private final TaskToken token;

  private TaskInput(byte[] input, TaskToken token) {
    this.input = input;
    this.token = token;
  }

  /**
   * Reads the envelope of {@code functionName}'s event.
   *
   * @throws TaskTokenMissing when the event is not the envelope or its token is not a valid one
   */
  public static TaskInput read(String functionName, InputStream event) throws IOException {
    JsonNode node = Json.reader().readTree(event);
    if (node == null || !node.isObject()) {
      throw new TaskTokenMissing(functionName, "the event is " + kind(node) + ", not an object");
    }
    JsonNode token = node.get(TOKEN);
    if (token == null || !token.isTextual()) {
      throw new TaskTokenMissing(functionName, "the event has no string field \"" + TOKEN + "\"");
    }
    if (token.asText().isEmpty() || token.asText().length() > TaskToken.MAX_LENGTH) {
      throw new TaskTokenMissing(functionName, "its \"" + TOKEN + "\" has " + token.asText().length()
          + " characters, not 1.." + TaskToken.MAX_LENGTH);
    }
    if (!node.has(INPUT)) {
      throw new TaskTokenMissing(functionName, "the event has no field \"" + INPUT + "\"");
    }
    return new TaskInput(Json.writer().writeValueAsBytes(node.get(INPUT)), new TaskToken(token.asText()));
  }

  private static String kind(JsonNode node) {
    return node == null || node.isMissingNode() ? "empty" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The state input, as JSON. */
  public InputStream input() {
    return new ByteArrayInputStream(input);
  }

  /** The callback token. */
  public TaskToken token() {
    return token;
  }
}
