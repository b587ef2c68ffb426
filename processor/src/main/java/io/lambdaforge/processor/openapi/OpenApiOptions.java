package io.lambdaforge.processor.openapi;

import io.lambdaforge.processor.descriptor.GlobalReport;
import io.lambdaforge.processor.diag.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI option: {@value #REST_DEFINITION} is {@code events} (default: SAM builds the REST API
 * from each function's {@code Api} events) or {@code openapi} (the REST API is defined by its
 * OpenAPI document in {@code DefinitionBody}, and API Gateway validates requests).
 */
public final class OpenApiOptions {
  public static final String REST_DEFINITION = "lambdaforge.restDefinition";
  public static final Set<String> NAMES = Set.of(REST_DEFINITION);

  private OpenApiOptions() {}

  /**
   * Whether the REST API is defined by its document; empty with an error report when the value is
   * not {@code events} or {@code openapi}.
   */
  public static Optional<Boolean> restDefinition(Map<String, String> options, List<GlobalReport> reports) {
    String value = options.get(REST_DEFINITION);
    if (value == null || value.equals("events")) {
      return Optional.of(false);
    }
    if (value.equals("openapi")) {
      return Optional.of(true);
    }
    reports.add(GlobalReport.error(Message.OPTION_VALUE, REST_DEFINITION, value,
        "write openapi (the REST API is defined by its OpenAPI document and API Gateway validates"
            + " requests) or events (default)"));
    return Optional.empty();
  }
}
