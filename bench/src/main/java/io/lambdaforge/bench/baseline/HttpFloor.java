package io.lambdaforge.bench.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lambdaforge.bench.app.OrderReceipt;
import io.lambdaforge.bench.app.OrderRequest;
import io.lambdaforge.bench.app.Orders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Baseline (a), the practical floor: what a careful engineer writes by hand for one HTTP source
 * when the gateway already did the routing. One streaming pass over the event straight from the
 * input stream (no copy), keeping only {@code body} and {@code isBase64Encoded} and skipping every
 * other field; the body read with a reader resolved once; the answer written with a streaming
 * generator straight to the output stream. A body that is missing or not an order is a 400 JSON.
 */
final class HttpFloor {
  private static final JsonFactory FACTORY = UserJson.MAPPER.getFactory();

  private HttpFloor() {}

  /** Handles one event; {@code alb} adds the {@code statusDescription} ALB requires. */
  static void handle(InputStream input, OutputStream output, boolean alb) throws IOException {
    String body = null;
    boolean base64 = false;
    try (JsonParser p = FACTORY.createParser(input)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("the event is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("body")) {
          body = value == JsonToken.VALUE_STRING ? p.getText() : null;
        } else if (name.equals("isBase64Encoded")) {
          base64 = value == JsonToken.VALUE_TRUE;
        } else {
          p.skipChildren();
        }
      }
    }
    if (body == null || body.isEmpty()) {
      write(output, alb, 400, "{\"message\":\"a JSON order body is required\"}");
      return;
    }
    OrderRequest order;
    try {
      order = base64
          ? UserJson.ORDER.readValue(Base64.getDecoder().decode(body))
          : UserJson.ORDER.readValue(body);
    } catch (IOException | IllegalArgumentException e) {
      write(output, alb, 400, "{\"message\":\"the body is not an order\"}");
      return;
    }
    OrderReceipt receipt = Orders.place(order);
    write(output, alb, 200, UserJson.RECEIPT.writeValueAsString(receipt));
  }

  private static void write(OutputStream output, boolean alb, int status, String json) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(output)) {
      g.writeStartObject();
      g.writeNumberField("statusCode", status);
      if (alb) {
        g.writeStringField("statusDescription", status == 200 ? "200 OK" : "400 Bad Request");
      }
      g.writeObjectFieldStart("headers");
      g.writeStringField("Content-Type", "application/json");
      g.writeEndObject();
      g.writeStringField("body", json);
      g.writeBooleanField("isBase64Encoded", false);
      g.writeEndObject();
    }
  }
}
