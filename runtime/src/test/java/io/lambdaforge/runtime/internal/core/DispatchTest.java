package io.lambdaforge.runtime.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core composition on its own, with a family that shares nothing with HTTP: a Cognito-trigger
 * shaped handler (recognises {@code triggerSource} and {@code userPoolId}, answers the echoed
 * event, https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html)
 * composed with the core alone, to show a new family plugs in without the HTTP or SDK families.
 */
class DispatchTest {
  private static final byte[] COGNITO = ("{\"version\":\"1\",\"triggerSource\":\"PreSignUp_SignUp\","
      + "\"region\":\"us-east-1\",\"userPoolId\":\"us-east-1_abc\",\"userName\":\"u\","
      + "\"callerContext\":{},\"request\":{},\"response\":{}}").getBytes(StandardCharsets.UTF_8);

  /** Echoes a Cognito trigger event with {@code response.autoConfirmUser} set. */
  static class EchoTrigger implements EventHandler {
    int claimed;

    @Override
    public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
      JsonNode node = Json.reader().readTree(event, 0, length);
      if (!node.isObject() || !node.hasNonNull("triggerSource") || !node.hasNonNull("userPoolId")) {
        return false;
      }
      claimed++;
      ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("response")).put("autoConfirmUser", true);
      output.write(Json.writer().writeValueAsBytes(node));
      return true;
    }

    @Override
    public Collection<String> sources() {
      return List.of("COGNITO");
    }

    @Override
    public String recognise(byte[] event, int length) {
      return null;
    }

    @Override
    public String kinds() {
      return "a Cognito user pool trigger";
    }
  }

  @Test
  void aFamilyOfItsOwnAnswersItsEvents() throws IOException {
    EchoTrigger cognito = new EchoTrigger();
    Dispatch dispatch = Dispatch.of("preSignUp", List.of(cognito), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(COGNITO), out, null);
    JsonNode answer = Json.reader().readTree(out.toByteArray());
    assertEquals("PreSignUp_SignUp", answer.get("triggerSource").asText());
    assertTrue(answer.get("response").get("autoConfirmUser").asBoolean());
    assertEquals(1, cognito.claimed);
  }

  @Test
  void anUnclaimedEventGoesToTheCatchAllUnchanged() throws IOException {
    EchoTrigger cognito = new EchoTrigger();
    byte[] payload = "{\"orderId\":7}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Dispatch dispatch = Dispatch.of("preSignUp", List.of(cognito),
        Families.directInvoke((in, o, c) -> in.transferTo(o)));
    assertTrue(dispatch.hasCatchAll());
    dispatch.handle(new ByteArrayInputStream(payload), out, null);
    assertEquals("{\"orderId\":7}", out.toString(StandardCharsets.UTF_8));
    assertEquals(0, cognito.claimed);
  }

  @Test
  void anUnclaimedEventWithoutCatchAllIsRefusedNamingWhatTheFunctionAccepts() {
    Dispatch dispatch = Dispatch.of("preSignUp", List.of(new EchoTrigger()), null);
    assertFalse(dispatch.hasCatchAll());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dispatch.handle(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
            new ByteArrayOutputStream(), null));
    assertEquals("Function 'preSignUp' received an event that is not a Cognito user pool trigger; it accepts "
        + "only [COGNITO] events. Add a @Trigger for that source (Source.SDK for direct invocation)", e.getMessage());
  }

  @Test
  void aCheckedExceptionOfTheCatchAllPropagatesUnchanged() {
    Exception checked = new Exception("declined");
    Dispatch dispatch = Dispatch.of("f", List.of(), Families.directInvoke((in, o, c) -> {
      throw checked;
    }));
    Exception thrown = assertThrows(Exception.class,
        () -> dispatch.handle(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), null));
    assertEquals(checked, thrown);
  }

  @Test
  void aDispatchNeedsANameAndSomethingToAnswer() {
    assertThrows(IllegalArgumentException.class, () -> Dispatch.of("", List.of(new EchoTrigger()), null));
    assertThrows(IllegalArgumentException.class, () -> Dispatch.of("f", List.of(), null));
  }

  @Test
  void theEventIsReadWholeAndBounded() throws IOException {
    byte[] event = new byte[20_000];
    java.util.Arrays.fill(event, (byte) ' ');
    // a stream that announces nothing, so the buffer grows from its first size
    ByteArrayInputStream quiet = new ByteArrayInputStream(event) {
      @Override
      public synchronized int available() {
        return 0;
      }
    };
    assertEquals(20_000, EventBytes.read(quiet, "f").length);
    assertEquals(6 * 1024 * 1024, EventBytes.MAX_EVENT_BYTES);
  }

  @Test
  void theEventBufferIsKeptBetweenInvocationsUnlessTheEventMayOutliveThem() throws IOException {
    List<byte[]> seen = new java.util.ArrayList<>();
    EventHandler recording = recording(seen);
    byte[] shorter = new String(COGNITO, StandardCharsets.UTF_8).replace("\"u\"", "\"\"")
        .getBytes(StandardCharsets.UTF_8);
    Dispatch reusing = Dispatch.of("f", List.of(recording), null);
    assertTrue(reusing.reusesEventBuffer());
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    reusing.handle(new ByteArrayInputStream(COGNITO), first, null);
    reusing.handle(new ByteArrayInputStream(shorter), second, null);
    assertSame(seen.get(0), seen.get(1), "the second event is read into the first one's buffer");
    // the longer first event's tail is still in the buffer: the family read only [0, length)
    assertEquals("", Json.reader().readTree(second.toByteArray()).get("userName").asText());

    seen.clear();
    Dispatch owning = Dispatch.of("f", List.of(recording), null, true);
    assertFalse(owning.reusesEventBuffer());
    owning.handle(new ByteArrayInputStream(COGNITO), new ByteArrayOutputStream(), null);
    owning.handle(new ByteArrayInputStream(COGNITO), new ByteArrayOutputStream(), null);
    assertNotSame(seen.get(0), seen.get(1), "each event gets an array of its own");
    assertEquals(COGNITO.length, seen.get(0).length);
  }

  @Test
  void aLargeEventIsNotKeptForTheNextInvocation() throws IOException {
    List<byte[]> seen = new java.util.ArrayList<>();
    EventHandler recording = recording(seen);
    String padding = " ".repeat(Dispatch.MAX_KEPT_BYTES);
    byte[] large = (new String(COGNITO, StandardCharsets.UTF_8) + padding).getBytes(StandardCharsets.UTF_8);
    Dispatch dispatch = Dispatch.of("f", List.of(recording), null);
    dispatch.handle(new ByteArrayInputStream(large), new ByteArrayOutputStream(), null);
    dispatch.handle(new ByteArrayInputStream(COGNITO), new ByteArrayOutputStream(), null);
    dispatch.handle(new ByteArrayInputStream(COGNITO), new ByteArrayOutputStream(), null);
    assertNotSame(seen.get(0), seen.get(1), "the large event's buffer was let go");
    assertSame(seen.get(1), seen.get(2));
    assertTrue(seen.get(1).length <= Dispatch.MAX_KEPT_BYTES);
  }

  /** An {@link EchoTrigger} that records the array each event was handed over in. */
  private static EventHandler recording(List<byte[]> seen) {
    return new EchoTrigger() {
      @Override
      public boolean handle(byte[] event, int length, OutputStream output, Context context) throws IOException {
        seen.add(event);
        return super.handle(event, length, output, context);
      }
    };
  }
}
