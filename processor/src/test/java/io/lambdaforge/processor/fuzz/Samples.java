package io.lambdaforge.processor.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real request samples of {@code testdata/events} per source, parsed once, and a context. */
final class Samples {
  static final Path DIR = Path.of("..", "testdata", "events");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Samples() {}

  /** The parsed request samples of {@code source}, sorted by file name (never empty). */
  static List<ObjectNode> of(Source source) {
    String prefix = switch (source) {
      case ALB -> "alb-";
      case API_GATEWAY_REST -> "apigw-v1-";
      case API_GATEWAY_HTTP -> "apigw-v2-";
      default -> throw new IllegalArgumentException(source + " has no request samples");
    };
    try (Stream<Path> files = Files.list(DIR)) {
      List<ObjectNode> samples =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(prefix) && n.endsWith(".json") && !n.contains("-response-"))
              .sorted()
              .map(n -> (ObjectNode) read(DIR.resolve(n)))
              .toList();
      if (samples.size() < 4) {
        throw new IllegalStateException("expected the " + source + " samples in " + DIR.toAbsolutePath());
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
