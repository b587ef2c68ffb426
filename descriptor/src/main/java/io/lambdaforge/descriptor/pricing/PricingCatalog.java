package io.lambdaforge.descriptor.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prices the cost estimator uses, loaded from the bundled JSON catalog
 * ({@code io/lambdaforge/descriptor/pricing/us-east-1.json}) and optionally patched by an override
 * file of the same schema. The override may be partial: objects are merged field by field, any
 * other value given (numbers, strings, arrays such as a tier list) replaces the default.
 *
 * @param effectiveDate date the prices were read, ISO-8601
 * @param region region code, e.g. {@code us-east-1}
 * @param regionName human-readable region name
 * @param currency ISO currency code of every price ({@code USD})
 * @param sources where the prices come from
 * @param lambda AWS Lambda prices
 * @param apiGateway Amazon API Gateway prices
 * @param alb Application Load Balancer prices
 * @param cloudFront Amazon CloudFront prices (a distribution in front of a function URL)
 */
public record PricingCatalog(
    String effectiveDate,
    String region,
    String regionName,
    String currency,
    List<String> sources,
    LambdaPrices lambda,
    ApiGatewayPrices apiGateway,
    AlbPrices alb,
    CloudFrontPrices cloudFront) {

  private static final String DEFAULT_RESOURCE = "us-east-1.json";
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public PricingCatalog {
    Catalogs.notNull(effectiveDate, "effectiveDate");
    Catalogs.notNull(region, "region");
    regionName = regionName == null ? region : regionName;
    Catalogs.notNull(currency, "currency");
    sources = sources == null ? List.of() : List.copyOf(sources);
    Catalogs.notNull(lambda, "lambda");
    Catalogs.notNull(apiGateway, "apiGateway");
    Catalogs.notNull(alb, "alb");
    Catalogs.notNull(cloudFront, "cloudFront");
  }

  /** The bundled us-east-1 catalog. */
  public static PricingCatalog defaults() {
    return load(Optional.empty());
  }

  /**
   * The bundled catalog, patched by {@code override} when present.
   *
   * @throws UncheckedIOException when the override cannot be read
   * @throws IllegalArgumentException when the override is not valid JSON or breaks the schema
   */
  public static PricingCatalog load(Optional<Path> override) {
    JsonNode base = readDefaults();
    if (override.isPresent()) {
      Path path = override.get();
      JsonNode patch;
      try (InputStream in = Files.newInputStream(path)) {
        patch = MAPPER.readTree(in);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            "pricing override " + path + " is not valid JSON: " + e.getOriginalMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read pricing override " + path, e);
      }
      if (!patch.isObject()) {
        throw new IllegalArgumentException(
            "pricing override " + path + " must be a JSON object like the bundled catalog");
      }
      merge((ObjectNode) base, (ObjectNode) patch);
      return convert(base, "pricing override " + path);
    }
    return convert(base, "bundled pricing catalog");
  }

  private static JsonNode readDefaults() {
    try (InputStream in = PricingCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled pricing catalog", e);
    }
  }

  private static PricingCatalog convert(JsonNode tree, String what) {
    try {
      return MAPPER.treeToValue(tree, PricingCatalog.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw new IllegalArgumentException(what + " is invalid: " + message, e);
    }
  }

  private static void merge(ObjectNode target, ObjectNode patch) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = target.get(field.getKey());
      if (existing != null && existing.isObject() && field.getValue().isObject()) {
        merge((ObjectNode) existing, (ObjectNode) field.getValue());
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }
}
