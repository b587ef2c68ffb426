package io.lambdaforge.local.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The REPORT line's figures and request ids, written without {@code String.format} on the hot path. */
class ReportFormatTest {
  @Test
  void millisecondsHaveTwoDecimalsRoundedHalfUpLikeFormat() {
    long[] samples = {0, 1, 4_999, 5_000, 9_999, 10_000, 3_210_000, 3_214_999, 3_215_000, 3_215_001, 312_550_000,
        999_995_000, 1_234_567_891L, 86_400_000_000_000L};
    for (long nanos : samples) {
      assertEquals(String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0),
          Report.appendMillis(new StringBuilder(), nanos).toString(), "nanos " + nanos);
    }
    assertEquals("3.21", Report.appendMillis(new StringBuilder(), 3_210_000).toString());
    assertEquals("0.05", Report.appendMillis(new StringBuilder(), 45_000).toString());
    assertEquals("312.55", Report.appendMillis(new StringBuilder(), 312_550_000).toString());
  }

  @Test
  void endAndReportAreTwoLines() {
    Report report = new Report("r", 3_210_000, -1, 512, -1, -1);
    assertEquals(report.endLine() + System.lineSeparator() + report.reportLine(), report.endAndReportLines());
  }

  @Test
  void requestIdsAreRandomVersion4Uuids() {
    String first = RequestIds.next();
    assertTrue(first.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), first);
    UUID parsed = UUID.fromString(first);
    assertEquals(4, parsed.version());
    assertEquals(2, parsed.variant());
    assertNotEquals(first, RequestIds.next());
  }
}
