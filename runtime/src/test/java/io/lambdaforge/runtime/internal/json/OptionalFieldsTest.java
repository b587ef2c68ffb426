package io.lambdaforge.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Records with Optional fields, common in request and response types, read and write naturally. */
class OptionalFieldsTest {
  record Note(String id, Optional<String> text, OptionalInt priority) {}

  @Test
  void optionalFieldsAreTheirValueOrNull() throws Exception {
    assertEquals("{\"id\":\"a\",\"text\":\"hi\",\"priority\":3}",
        Json.writer().writeValueAsString(new Note("a", Optional.of("hi"), OptionalInt.of(3))));
    assertEquals("{\"id\":\"b\",\"text\":null,\"priority\":null}",
        Json.writer().writeValueAsString(new Note("b", Optional.empty(), OptionalInt.empty())));
  }

  @Test
  void absentAndNullFieldsReadAsEmpty() throws Exception {
    Note note = Json.copy().readValue("{\"id\":\"c\",\"text\":null}", Note.class);
    assertEquals(new Note("c", Optional.empty(), OptionalInt.empty()), note);
    assertEquals(Optional.of("x"), Json.readerFor(Note.class).<Note>readValue("{\"text\":\"x\"}").text());
  }
}
