package io.lambdaforge.bench.app;

/** The JSON every benchmarked variant answers. */
public record OrderReceipt(String orderId, String sku, int quantity, long totalCents, String status) {}
