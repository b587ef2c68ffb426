package io.lambdaforge.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lazily set-up java.time support reads and writes exactly what JavaTimeModule does. */
class LazyJavaTimeModuleTest {
  record Times(
      Instant instant, LocalDate date, LocalDateTime dateTime, LocalTime time, OffsetDateTime offsetDateTime,
      OffsetTime offsetTime, ZonedDateTime zoned, Duration duration, Period period, Year year,
      YearMonth yearMonth, MonthDay monthDay, ZoneId zone, ZoneOffset offset, Month month, DayOfWeek day,
      Map<LocalDate, Instant> byDate) {}

  private static final Times SAMPLE = new Times(
      Instant.parse("2026-11-26T10:15:30.123456789Z"), LocalDate.of(2026, 2, 28),
      LocalDateTime.of(2026, 11, 26, 10, 15, 30), LocalTime.of(23, 59, 1),
      OffsetDateTime.parse("2026-11-26T10:15:30+02:00"), OffsetTime.parse("10:15:30-05:00"),
      ZonedDateTime.parse("2026-11-26T10:15:30+01:00[Europe/Paris]"), Duration.ofMinutes(90),
      Period.of(1, 2, 3), Year.of(2026), YearMonth.of(2026, 11), MonthDay.of(2, 29), ZoneId.of("Asia/Tokyo"),
      ZoneOffset.ofHours(-3), Month.MARCH, DayOfWeek.FRIDAY,
      Map.of(LocalDate.of(2026, 1, 1), Instant.EPOCH));

  private static final ObjectMapper EAGER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  @Test
  void writesWhatJavaTimeModuleWrites() throws Exception {
    assertEquals(EAGER.writeValueAsString(SAMPLE), Json.writer().writeValueAsString(SAMPLE));
  }

  @Test
  void readsWhatJavaTimeModuleReads() throws Exception {
    String json = EAGER.writeValueAsString(SAMPLE);
    Times lazy = Json.readerFor(Times.class).readValue(json);
    assertEquals(EAGER.readValue(json, Times.class), lazy);
    assertEquals(SAMPLE.instant(), lazy.instant());
    assertEquals(SAMPLE.byDate(), lazy.byDate());
  }

  @Test
  void readsTheLenientFormsJavaTimeModuleReads() throws Exception {
    String numbers = "{\"instant\":1700000000.5,\"date\":[2026,2,28],\"duration\":5400}";
    assertEquals(
        EAGER.readValue(numbers, Times.class), Json.readerFor(Times.class).readValue(numbers));
    TypeReference<Map<Instant, String>> keyed = new TypeReference<>() {};
    String keys = "{\"2026-11-26T10:15:30Z\":\"a\"}";
    assertEquals(EAGER.readValue(keys, keyed), Json.readerFor(keyed).readValue(keys));
  }
}
