package io.lambdaforge.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md documents every code of the catalog, and the catalog's codes are unique. */
class DiagnosticsDocumentedTest {
  private static final Path DOC = Path.of("..", "docs", "diagnostics.md");

  @Test
  void everyCodeHasARowInTheDiagnosticsPage() throws IOException {
    String doc = Files.readString(DOC);
    List<String> undocumented = new ArrayList<>();
    for (Message message : Message.values()) {
      if (!doc.contains("| `" + message.code() + "` |")) {
        undocumented.add(message.code());
      }
    }
    assertEquals(List.of(), undocumented, "codes missing from " + DOC);
  }

  @Test
  void thePageDocumentsNoCodeThatDoesNotExist() throws IOException {
    Set<String> codes = new HashSet<>();
    for (Message message : Message.values()) {
      codes.add(message.code());
    }
    Matcher row = Pattern.compile("^\\| `(LF_[A-Z][A-Z0-9_]*)` \\|", Pattern.MULTILINE).matcher(Files.readString(DOC));
    List<String> stale = new ArrayList<>();
    while (row.find()) {
      if (!codes.contains(row.group(1))) {
        stale.add(row.group(1));
      }
    }
    assertEquals(List.of(), stale, "rows in " + DOC + " for codes the catalog does not have");
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Message message : Message.values()) {
      assertTrue(message.code().matches("LF_[A-Z][A-Z0-9_]*"), message.code());
      assertTrue(seen.add(message.code()), "duplicate code " + message.code());
      assertTrue(message.format(new Object[20]).startsWith("[" + message.code() + "] "), message.code());
    }
  }
}
