package io.lambdaforge.examples.alb;

import static io.lambdaforge.annotations.Source.ALB;

import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.HeaderParam;
import io.lambdaforge.annotations.QueryParam;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import java.util.List;

/** A small service behind an Application Load Balancer: a health check and a multi-value route. */
public final class StatusService {
  private StatusService() {}

  /** What the health check answers. */
  public record Health(String status, String service) {}

  /** What the inspection route saw. */
  public record Inspection(List<String> accept, List<String> tags, List<String> forwardedFor) {}

  @Function(
      memory = 128,
      timeout = 3,
      description = "Health check for the load balancer's target group",
      triggers = @Trigger(source = ALB, method = "GET", path = "/health", priority = 10),
      traffic = @Traffic(invocationsPerMonth = 260_000, averageDurationMs = 2, averageRequestBytes = 300,
          averageResponseBytes = 200),
      monthlyBudgetUsd = 20)
  public static Health health() {
    return new Health("ok", "status-service");
  }

  @Function(
      memory = 256,
      timeout = 5,
      description = "Echoes repeated headers and query parameters (multi-value target group)",
      triggers = @Trigger(source = ALB, method = "GET", path = "/inspect", priority = 20,
          multiValueHeaders = true),
      traffic = @Traffic(invocationsPerMonth = 50_000, averageDurationMs = 5),
      monthlyBudgetUsd = 20)
  public static Inspection inspect(
      @HeaderParam("accept") List<String> accept,
      @QueryParam("tag") List<String> tags,
      @HeaderParam("x-forwarded-for") List<String> forwardedFor) {
    return new Inspection(accept, tags, forwardedFor);
  }
}
