package io.lambdaforge.examples.logs;

import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.PartitionKey;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Amazon Data Firehose transformation: Apache access-log lines (Common Log Format) in, one
 * JSON object per line out, partitioned in S3 by day and status class through dynamic partitioning
 * ({@code !{partitionKeyFromLambda:day}}/{@code !{partitionKeyFromLambda:status}}). Health checks
 * are dropped; a line that is not in the format fails alone and lands in Firehose's error output.
 */
public class AccessLogTransformer {
  private static final Pattern CLF = Pattern.compile(
      "^(\\S+) \\S+ (\\S+) \\[([^\\]]+)\\] \"(\\S+) (\\S+) [^\"]*\" (\\d{3}) (\\d+|-)\\s*$");
  private static final DateTimeFormatter CLF_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

  /** One parsed request; {@code day} and {@code status} name the S3 prefix. */
  public record Access(
      String client,
      String user,
      OffsetDateTime time,
      String method,
      String path,
      int statusCode,
      long bytes) {

    @PartitionKey("day")
    public String day() {
      return LocalDate.from(time).toString();
    }

    @PartitionKey("status")
    public String statusClass() {
      return (statusCode / 100) + "xx";
    }
  }

  @Function(name = "accessLogs", memory = 512, timeout = 120,
      description = "Firehose transformation: access-log lines to JSON, partitioned by day and status",
      traffic = @Traffic(invocationsPerMonth = 2_600_000, averageDurationMs = 150),
      triggers = @Trigger(source = Source.FIREHOSE))
  public Optional<Access> transform(String line) {
    Matcher m = CLF.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Common Log Format line: " + line);
    }
    if (m.group(5).equals("/health")) {
      return Optional.empty();
    }
    return Optional.of(new Access(
        m.group(1),
        m.group(2).equals("-") ? null : m.group(2),
        OffsetDateTime.parse(m.group(3), CLF_TIME),
        m.group(4),
        m.group(5),
        Integer.parseInt(m.group(6)),
        m.group(7).equals("-") ? 0 : Long.parseLong(m.group(7))));
  }
}
