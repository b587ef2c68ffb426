package io.lambdaforge.examples.quotes;

import static io.lambdaforge.annotations.Source.ALB;
import static io.lambdaforge.annotations.Source.API_GATEWAY_HTTP;
import static io.lambdaforge.annotations.Source.FUNCTION_URL;
import static io.lambdaforge.annotations.Source.SDK;

import io.lambdaforge.annotations.Body;
import io.lambdaforge.annotations.Cors;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.FunctionUrl;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.runtime.http.HttpException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One function, three front doors: an ALB for the internal network, an HTTP API for partners,
 * and direct SDK invocation from other services. Its one adapter answers each in its own format.
 * The same pricing also runs as {@code quoteUrl}, a function with its own Lambda function URL behind
 * CloudFront (the cheapest synchronous HTTP front door: no gateway charge).
 */
@SuppressWarnings("lambdaforge:budget-worst-case") // see OrdersApi: the expected month is budgeted
public final class QuoteService {
  private QuoteService() {}

  /** What a caller asks a quote for. */
  public record QuoteRequest(String sku, int quantity) {}

  /** The quote. */
  public record Quote(String sku, int quantity, BigDecimal unitPrice, BigDecimal total) {}

  @Function(
      memory = 512,
      timeout = 8,
      description = "Prices a quantity of one SKU with volume discounts",
      triggers = {
        @Trigger(source = ALB, method = "POST", path = "/quotes", priority = 30),
        @Trigger(source = API_GATEWAY_HTTP, method = "POST", path = "/quotes"),
        @Trigger(source = SDK)
      },
      traffic = @Traffic(invocationsPerMonth = 3_000_000, averageDurationMs = 20),
      monthlyBudgetUsd = 30)
  public static Quote quote(@Body QuoteRequest request) {
    return price(request);
  }

  /**
   * The quote behind CloudFront: a function URL (AWS_IAM, signed by CloudFront's origin access
   * control) whose routes the adapter serves itself; any other path gets 404, another method 405.
   * The shop's pages call it from the browser: Lambda answers their CORS preflight from the URL's
   * CORS configuration (a POST through CloudFront also sends {@code x-amz-content-sha256}).
   */
  @Function(
      name = "quoteUrl",
      memory = 512,
      timeout = 8,
      description = "Prices a quantity of one SKU, through a function URL behind CloudFront",
      triggers = @Trigger(source = FUNCTION_URL, method = "POST", path = "/quotes"),
      traffic = @Traffic(invocationsPerMonth = 1_000_000, averageDurationMs = 20),
      monthlyBudgetUsd = 10)
  @FunctionUrl(behindCloudFront = true)
  @Cors(allowOrigins = "https://shop.example.com", allowMethods = "POST",
      allowHeaders = {"Content-Type", "X-Amz-Content-Sha256"}, maxAgeSeconds = 3600)
  public static Quote quoteUrl(@Body QuoteRequest request) {
    return price(request);
  }

  private static Quote price(QuoteRequest request) {
    if (request == null || request.sku() == null || request.sku().isBlank()) {
      throw new HttpException(400, "sku is required");
    }
    if (request.quantity() < 1 || request.quantity() > 10_000) {
      throw new HttpException(400, "quantity must be 1..10000, got " + request.quantity());
    }
    BigDecimal base = new BigDecimal(4 + Math.floorMod(request.sku().hashCode(), 20)).add(new BigDecimal("0.99"));
    BigDecimal discount = request.quantity() >= 1000 ? new BigDecimal("0.85")
        : request.quantity() >= 100 ? new BigDecimal("0.93") : BigDecimal.ONE;
    BigDecimal unit = base.multiply(discount).setScale(2, RoundingMode.HALF_EVEN);
    return new Quote(request.sku(), request.quantity(), unit, unit.multiply(BigDecimal.valueOf(request.quantity())));
  }
}
