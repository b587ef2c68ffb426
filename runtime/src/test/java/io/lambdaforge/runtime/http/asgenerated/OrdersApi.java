package io.lambdaforge.runtime.http.asgenerated;

import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A user class as a Lambdaforge user would write it (annotations omitted: runtime tests only). */
public class OrdersApi {
  public enum Status { OPEN, SHIPPED }

  public record CreateOrder(String item, int quantity) {}

  public record Order(UUID id, int limit, String tenant, List<String> tags, Status status,
      LocalDate since, boolean express, String session) {}

  public record Hello(String message) {}

  /** GET /orders/{id}. */
  public Order getOrder(UUID id, int limit, Optional<String> tenant, List<String> tags,
      Optional<Status> status, LocalDate since, boolean express, Optional<String> session) {
    return new Order(id, limit, tenant.orElse(null), tags, status.orElse(null), since, express, session.orElse(null));
  }

  /** POST /orders: required JSON body, explicit 201. */
  public HttpResponse<Order> createOrder(CreateOrder body, String tenant) {
    if (body.quantity() <= 0) {
      throw new HttpException(422, "quantity must be positive");
    }
    Order order = new Order(UUID.nameUUIDFromBytes(body.item().getBytes()), body.quantity(), tenant, List.of(),
        Status.OPEN, null, false, null);
    return HttpResponse.created(order).header("Location", "/orders/" + order.id());
  }

  /** DELETE /orders/{id}: void. */
  public void deleteOrder(UUID id) {
    if (id.getLeastSignificantBits() == 0) {
      throw new HttpException(409, "order " + id + " cannot be deleted");
    }
  }

  /** GET /orders/{id}/receipt: explicit response with cookies. */
  public HttpResponse<byte[]> receipt(UUID id) {
    return HttpResponse.ok(("receipt " + id).getBytes())
        .contentType("application/pdf")
        .header("Cache-Control", "no-store")
        .header("X-Trace", "a")
        .header("X-Trace", "b")
        .cookie("seen=1; Path=/")
        .cookie("last=" + id + "; HttpOnly");
  }

  /** GET /lookup/{key}: Optional. */
  public Optional<Hello> lookup(String key) {
    return key.equals("known") ? Optional.of(new Hello("found " + key)) : Optional.empty();
  }

  /** Injected request view. */
  public Map<String, Object> whoami(HttpRequest request) {
    return Map.of("source", request.source().name(), "claims", request.claims(),
        "remote", String.valueOf(request.remoteAddress()));
  }

  /** SDK: direct invoke. */
  public Hello hello(Hello in) {
    return new Hello("hello " + in.message());
  }
}
