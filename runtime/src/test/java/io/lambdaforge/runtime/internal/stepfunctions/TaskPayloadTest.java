package io.lambdaforge.runtime.internal.stepfunctions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import Lambdaforge.ResultTooLarge;
import Lambdaforge.TaskTokenMissing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The waiting task's envelope and the result limit: 262,144 bytes per state input or output
 * (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html).
 */
class TaskPayloadTest {
  @Test
  void envelopeGivesTheStateInputAndTheToken() throws IOException {
    TaskInput task = TaskInput.read("reserve",
        stream("{\"Input\":{\"orderId\":\"o-1\",\"lines\":[1,2]},\"TaskToken\":\"AQB8AAAAKgAAAAMAAAAA\"}"));
    assertEquals("{\"orderId\":\"o-1\",\"lines\":[1,2]}", new String(task.input().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals("AQB8AAAAKgAAAAMAAAAA", task.token().value());
    assertEquals("TaskToken[20 characters]", task.token().toString(), "the token is never printed");
  }

  @Test
  void eventWithoutTheEnvelopeIsANamedErrorSayingWhatToPass() {
    TaskTokenMissing plain = assertThrows(TaskTokenMissing.class,
        () -> TaskInput.read("reserve", stream("{\"orderId\":\"o-1\"}")));
    assertEquals("Lambdaforge.TaskTokenMissing", plain.getClass().getName());
    assertTrue(plain.getMessage().contains("no string field \"TaskToken\""), plain.getMessage());
    assertTrue(plain.getMessage().contains("\"TaskToken.$\": \"$$.Task.Token\""), plain.getMessage());
    assertThrows(TaskTokenMissing.class, () -> TaskInput.read("f", stream("[1]")));
    assertThrows(TaskTokenMissing.class, () -> TaskInput.read("f", stream("")));
    assertThrows(TaskTokenMissing.class, () -> TaskInput.read("f", stream("{\"TaskToken\":\"t\"}")));
    assertThrows(TaskTokenMissing.class, () -> TaskInput.read("f", stream("{\"Input\":1,\"TaskToken\":\"\"}")));
    assertThrows(TaskTokenMissing.class,
        () -> TaskInput.read("f", stream("{\"Input\":1,\"TaskToken\":\"" + "t".repeat(2049) + "\"}")));
  }

  @Test
  void resultAtTheLimitPassesOneByteMoreFails() throws IOException {
    byte[] atLimit = jsonString(TaskResult.MAX_BYTES);
    TaskResult ok = new TaskResult("reserve");
    ok.write(atLimit);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ok.deliver(out);
    assertArrayEquals(atLimit, out.toByteArray());

    TaskResult over = new TaskResult("reserve");
    over.write(jsonString(TaskResult.MAX_BYTES + 1));
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    ResultTooLarge e = assertThrows(ResultTooLarge.class, () -> over.deliver(nothing));
    assertEquals("Lambdaforge.ResultTooLarge", e.getClass().getName());
    assertTrue(e.getMessage().contains("262145 bytes") && e.getMessage().contains("262144 bytes"), e.getMessage());
    assertEquals(0, nothing.size(), "nothing of an over-limit result is written");
  }

  @Test
  void unknownErrorNameThrowsTheCauseItself() {
    IllegalStateException cause = new IllegalStateException("out of stock");
    NamedErrors errors = NamedErrors.of(TaskPayloadTest.class);
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> errors.named("NoSuchName", cause));
    assertEquals(cause, thrown);
  }

  private static byte[] jsonString(int bytes) {
    byte[] json = new byte[bytes];
    Arrays.fill(json, (byte) 'x');
    json[0] = '"';
    json[bytes - 1] = '"';
    return json;
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
