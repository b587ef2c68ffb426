package io.lambdaforge.runtime.internal.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaResponse;
import io.lambdaforge.events.alexa.OutputSpeech;
import java.util.Map;

/**
 * Writes an {@link AlexaResponse} as the response envelope
 * (https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html):
 * {@code version}, {@code sessionAttributes} (the request's, with the response's changes) and {@code
 * response} with {@code outputSpeech}, {@code card}, {@code reprompt}, {@code directives} and {@code
 * shouldEndSession}, each only when set.
 */
final class AlexaResponseWriter {
  /** "The total size of your response cannot exceed 24 kilobytes." */
  static final int MAX_BYTES = 24 * 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AlexaResponseWriter() {}

  static ObjectNode empty() {
    ObjectNode out = NODES.objectNode().put("version", "1.0");
    out.putObject("response");
    return out;
  }

  static ObjectNode write(AlexaResponse response, AlexaRequest request, ObjectMapper mapper) {
    ObjectNode out = NODES.objectNode().put("version", "1.0");
    ObjectNode attributes = out.putObject("sessionAttributes");
    if (request.session() != null && request.session().attributes() != null) {
      request.session().attributes().forEach((k, v) -> attributes.set(k, mapper.valueToTree(v)));
    }
    for (Map.Entry<String, Object> e : response.sessionAttributes().entrySet()) {
      if (e.getValue() == null) {
        attributes.remove(e.getKey());
      } else {
        attributes.set(e.getKey(), mapper.valueToTree(e.getValue()));
      }
    }
    ObjectNode body = out.putObject("response");
    if (response.speech() != null) {
      body.set("outputSpeech", speech(response.speech()));
    }
    if (response.card() != null) {
      body.set("card", mapper.valueToTree(response.card()));
    }
    if (response.reprompt() != null) {
      body.putObject("reprompt").set("outputSpeech", speech(response.reprompt()));
    }
    if (!response.directives().isEmpty()) {
      ArrayNode directives = body.putArray("directives");
      for (JsonNode directive : response.directives()) {
        directives.add(directive.deepCopy());
      }
    }
    if (response.shouldEndSession() != null) {
      body.put("shouldEndSession", response.shouldEndSession());
    }
    return out;
  }

  private static ObjectNode speech(OutputSpeech speech) {
    ObjectNode node = NODES.objectNode().put("type", speech.type());
    return speech.text() != null ? node.put("text", speech.text()) : node.put("ssml", speech.ssml());
  }
}
