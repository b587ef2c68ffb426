package io.lambdaforge.processor.descriptor;

import io.lambdaforge.descriptor.cost.FrontDoorCosts;
import io.lambdaforge.descriptor.cost.FrontDoorCosts.Door;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.cost.Money;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.validate.CompilationValidator.Entry;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * One NOTE per HTTP function when a cheaper front door would serve the same routes and features
 * ({@link FrontDoorCosts#saving()}). "Same features" adds, to what the deployment model shows (gateway
 * timeouts, the ALB's 1 MB, CORS a door cannot hold, CloudFront in use, authorization a door cannot
 * carry), the REST-only feature the processor knows: request validation, when the REST API is
 * defined by its OpenAPI document ({@code -Alambdaforge.restDefinition=openapi}); a REST function
 * then gets no note.
 */
final class FrontDoorDiagnostics {
  private FrontDoorDiagnostics() {}

  static Optional<Report> of(Entry entry, FunctionCost cost, boolean restDefinition) {
    Optional<FrontDoorCosts.Saving> saving = cost.frontDoors().flatMap(FrontDoorCosts::saving);
    if (saving.isEmpty()
        || (restDefinition && saving.get().current().door() == Door.REST_API)) {
      return Optional.empty();
    }
    FrontDoorCosts.Saving s = saving.get();
    return Optional.of(
        Report.note(
            Message.FRONT_DOOR_CHEAPER,
            entry.site().annotation(),
            entry.model().functionName(),
            Money.display(s.current().monthlyUsd()),
            s.current().door().label(),
            String.format(Locale.ROOT, "%,d",
                cost.frontDoors().orElseThrow().httpInvocations().setScale(0, RoundingMode.HALF_UP).longValue()),
            s.cheaper().door().label(),
            Money.display(s.cheaper().monthlyUsd()),
            Money.display(s.monthlySaving()),
            source(s.cheaper().door()),
            s.current().door().label()));
  }

  /** How to write the cheaper door. */
  private static String source(Door door) {
    return switch (door) {
      case HTTP_API -> "source = Source.API_GATEWAY_HTTP";
      case REST_API -> "source = Source.API_GATEWAY_REST";
      case ALB -> "source = Source.ALB (and a priority)";
      case FUNCTION_URL -> "source = Source.FUNCTION_URL";
      case FUNCTION_URL_CLOUDFRONT ->
          "source = Source.FUNCTION_URL and @FunctionUrl(behindCloudFront = true)";
    };
  }
}
