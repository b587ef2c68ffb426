package io.lambdaforge.examples.orders.data;

import java.math.BigDecimal;

/** One line of an order. */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {}
