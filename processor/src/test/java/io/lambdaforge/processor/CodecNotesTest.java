package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * A body or result type the codecs cannot reproduce exactly compiles, is left to databind, and gets
 * an {@code LF_CODEC_DATABIND} note naming the type, the function and the reason.
 */
class CodecNotesTest {
  private static Compilation compile(String... members) {
    String[] lines = new String[members.length + 6];
    lines[0] = "package com.acme;";
    lines[1] = "import com.fasterxml.jackson.annotation.*;";
    lines[2] = "import io.lambdaforge.annotations.*;";
    lines[3] = "import java.time.*;";
    lines[4] = "public class Events {";
    System.arraycopy(members, 0, lines, 5, members.length);
    lines[lines.length - 1] = "}";
    return Compilations.compile(Compilations.source("com.acme.Events", lines));
  }

  @Test
  void jsonFormatIsLeftToDatabind() {
    Compilation compilation = compile(
        "  public record Event(@JsonFormat(pattern = \"yyyy\") LocalDate day) {}",
        "  @Function public Event echo(Event event) { return event; }");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining(
        "[LF_CODEC_DATABIND] com.acme.Events.Event of echo is read and written by databind, not a generated codec: @JsonFormat on day is left to databind");
    assertThat(compilation).generatedSourceFile("com.acme.Events_EchoHandler");
  }

  @Test
  void anInterfaceIsLeftToDatabind() {
    Compilation compilation = compile(
        "  public interface Shape {}",
        "  @Function public String area(Shape shape) { return \"\"; }");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining(
        "com.acme.Events.Shape is an interface; databind picks its implementation at run time");
  }

  @Test
  void anUnsupportedJavaTimeTypeIsLeftToDatabind() {
    Compilation compilation = compile(
        "  public record Window(Duration length) {}",
        "  @Function public Window window(Window window) { return window; }");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[LF_CODEC_DATABIND] com.acme.Events.Window of window");
    assertThat(compilation).hadNoteContaining("java.time.Duration is not generated");
  }
}
