package io.lambdaforge.examples.orders;

import io.lambdaforge.examples.orders.data.Order;
import java.util.List;

/** One page of a listing; {@code nextOffset} is null on the last page. */
public record OrderPage(List<Order> orders, Integer nextOffset) {}
