package io.lambdaforge.runtime.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Where a Jackson failure happened, in words: the shared part of every payload and body error. */
public final class JsonProblems {
  private JsonProblems() {}

  /** The first line of Jackson's message, or {@code fallback} when there is none. */
  public static String firstLine(String message, String fallback) {
    if (message == null || message.isEmpty()) {
      return fallback;
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** {@code " at $.lines[0].sku"} for a mapping failure with a path, else the empty string. */
  public static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "";
    }
    StringBuilder path = new StringBuilder(" at $");
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** {@code " (line 1, column 27)"} when the location is known, else the empty string. */
  public static String location(JsonProcessingException e) {
    return location(e.getLocation());
  }

  /** {@code " (line 1, column 27)"} when {@code location} is known, else the empty string. */
  public static String location(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
