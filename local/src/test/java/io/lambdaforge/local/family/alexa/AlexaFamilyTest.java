package io.lambdaforge.local.family.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaResponse;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.runtime.internal.alexa.AlexaAdapter;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Alexa sample requests: recognised, for the function's skill, and bound completely by the runtime's handler. */
class AlexaFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SKILL = "amzn1.ask.skill.facts";

  private static JsonNode run(ObjectNode event, AlexaRequest[] seen) throws Exception {
    Dispatch dispatch = AlexaAdapter.dispatch("facts", SKILL, List.of(), (request, context) -> {
      seen[0] = request;
      return AlexaResponse.tell("ok");
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
    return JSON.readTree(out.toByteArray());
  }

  @Test
  void theSampleIsALaunchForTheFunctionsSkill() throws Exception {
    ObjectNode sample = SourceFamilies.of(Source.ALEXA_SKILL).sampleEvent(Source.ALEXA_SKILL,
        Optional.of(io.lambdaforge.descriptor.family.alexa.AlexaFamily.trigger(SKILL)));
    assertEquals(Optional.of(Source.ALEXA_SKILL), SourceFamilies.recognize(sample));
    AlexaRequest[] seen = new AlexaRequest[1];
    assertEquals("ok", run(sample, seen).at("/response/outputSpeech/text").asText());
    assertEquals("LaunchRequest", seen[0].type());
    assertEquals(Boolean.TRUE, seen[0].session().isNew());
    assertEquals(SKILL, seen[0].applicationId());
  }

  @Test
  void intentAndSessionEndedRequestsBind() throws Exception {
    AlexaRequest[] seen = new AlexaRequest[1];
    run(AlexaEvents.intent(SKILL, "GetNewFactIntent", Map.of("Topic", "space"), Map.of("told", 2)), seen);
    assertEquals("GetNewFactIntent", seen[0].intentName());
    assertEquals("space", seen[0].request().intent().slots().get("Topic").value());
    assertEquals(2, seen[0].sessionAttribute("told"));
    seen[0] = null;
    assertEquals(JSON.readTree("{\"version\":\"1.0\",\"response\":{}}"),
        run(AlexaEvents.sessionEnded(SKILL, "USER_INITIATED"), seen));
    assertEquals(null, seen[0], "no method runs for the end of a session");
  }

  @Test
  void theRealSamplesAreRecognised() throws Exception {
    for (String name : new String[] {"alexa-intent-getnewfact-samcli.json", "alexa-intent-mycoloris-samcli.json"}) {
      JsonNode event = JSON.readTree(Files.readAllBytes(Path.of("..", "testdata", "events", name)));
      assertEquals(Optional.of(Source.ALEXA_SKILL), SourceFamilies.recognize(event), name);
    }
  }
}
