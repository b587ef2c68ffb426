package io.lambdaforge.bench.app;

/** The JSON body every benchmarked variant reads (about 110 bytes on the wire). */
public record OrderRequest(String customerId, String sku, int quantity, boolean giftWrap, String note) {}
