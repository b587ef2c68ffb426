package io.lambdaforge.descriptor.pricing;

import java.math.BigDecimal;

/**
 * Amazon CloudFront prices for a distribution in front of a function URL: HTTPS requests and data
 * transfer out to the internet from edge locations in the United States, Mexico and Canada (first
 * tier, up to 10 TB a month), with the always-free allowance, read from
 * https://aws.amazon.com/cloudfront/pricing/ ("Included in Always Free Tier: 1 TB of data transfer
 * out to the internet per month, 10,000,000 HTTP or HTTPS Requests per month"). Origin fetches from
 * AWS origins (the function URL) are free.
 *
 * @param httpsRequestPricePer10k price of 10,000 HTTPS requests
 * @param dataTransferOutPricePerGb price of one GB out to the internet, first tier
 * @param freeRequestsPerMonth requests free each month
 * @param freeDataTransferOutGbPerMonth GB out to the internet free each month (1 TB = 1,024 GB)
 * @param source the page the prices were read from
 * @param readOn the date they were read, ISO-8601
 */
public record CloudFrontPrices(
    BigDecimal httpsRequestPricePer10k,
    BigDecimal dataTransferOutPricePerGb,
    long freeRequestsPerMonth,
    long freeDataTransferOutGbPerMonth,
    String source,
    String readOn) {

  public CloudFrontPrices {
    Catalogs.notNull(httpsRequestPricePer10k, "cloudFront.httpsRequestPricePer10k");
    Catalogs.notNull(dataTransferOutPricePerGb, "cloudFront.dataTransferOutPricePerGb");
    if (httpsRequestPricePer10k.signum() < 0 || dataTransferOutPricePerGb.signum() < 0
        || freeRequestsPerMonth < 0 || freeDataTransferOutGbPerMonth < 0) {
      throw new IllegalArgumentException("pricing catalog: cloudFront prices and allowances must not be negative");
    }
    Catalogs.notNull(source, "cloudFront.source");
    Catalogs.notNull(readOn, "cloudFront.readOn");
  }

  /**
   * The month's charge for {@code requests} HTTPS requests and {@code gbOut} GB out to the
   * internet, after the always-free allowance (the allowance is per account: this assumes the
   * distribution is the account's only CloudFront use).
   */
  public BigDecimal monthlyCost(long requests, BigDecimal gbOut) {
    BigDecimal paidRequests = BigDecimal.valueOf(Math.max(0, requests - freeRequestsPerMonth));
    BigDecimal paidGb = gbOut.subtract(BigDecimal.valueOf(freeDataTransferOutGbPerMonth)).max(BigDecimal.ZERO);
    return paidRequests.multiply(httpsRequestPricePer10k)
        .divide(BigDecimal.valueOf(10_000), java.math.MathContext.DECIMAL64)
        .add(paidGb.multiply(dataTransferOutPricePerGb));
  }
}
