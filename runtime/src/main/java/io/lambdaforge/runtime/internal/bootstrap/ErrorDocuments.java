package io.lambdaforge.runtime.internal.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.nio.charset.StandardCharsets;

/**
 * Builds the Runtime API error body {@code {"errorMessage","errorType","stackTrace":[...]}} the way
 * AWS's Java runtime does: message = {@link Throwable#getLocalizedMessage()} (the class name when
 * null), type = the class's binary name, one {@link StackTraceElement#toString()} per frame.
 */
final class ErrorDocuments {
  private ErrorDocuments() {}

  static byte[] of(Throwable error) {
    String message = error.getLocalizedMessage();
    return write(
        message != null ? message : error.getClass().getName(),
        error.getClass().getName(),
        error.getStackTrace());
  }

  static byte[] of(String errorMessage, String errorType, StackTraceElement[] stackTrace) {
    return write(errorMessage, errorType, stackTrace);
  }

  private static byte[] write(String message, String type, StackTraceElement[] frames) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("errorMessage", message);
    document.put("errorType", type);
    ArrayNode trace = document.putArray("stackTrace");
    for (StackTraceElement frame : frames) {
      trace.add(frame.toString());
    }
    try {
      return Json.writer().writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      // A tree of plain strings always serializes; keep a valid document if it ever does not.
      return ("{\"errorMessage\":\"error document could not be written\",\"errorType\":\""
              + e.getClass().getName()
              + "\",\"stackTrace\":[]}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
