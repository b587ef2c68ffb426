package io.lambdaforge.examples.orders;

import static io.lambdaforge.annotations.Architecture.ARM64;
import static io.lambdaforge.annotations.Source.API_GATEWAY_HTTP;
import static io.lambdaforge.annotations.Source.API_GATEWAY_REST;

import io.lambdaforge.annotations.Body;
import io.lambdaforge.annotations.Claim;
import io.lambdaforge.annotations.CognitoAuthorizer;
import io.lambdaforge.annotations.CookieParam;
import io.lambdaforge.annotations.Env;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.JwtAuthorizer;
import io.lambdaforge.annotations.PathParam;
import io.lambdaforge.annotations.QueryParam;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.examples.orders.data.InMemoryOrderStore;
import io.lambdaforge.examples.orders.data.Order;
import io.lambdaforge.examples.orders.data.OrderStatus;
import io.lambdaforge.examples.orders.data.OrderStore;
import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An orders API served by both an API Gateway HTTP API (payload 2.0) and a REST API (payload
 * 1.0). Every call is scoped to the caller's tenant, the {@code tenant} claim of its token: the HTTP
 * API's routes are protected by a JWT authorizer with scopes ({@code orders:read}, {@code
 * orders:write}), the REST API's by a Cognito user pool (ID tokens; a pre-token-generation trigger
 * adds the claim). Locally {@code token --sub alice --scope orders:read --claim tenant=acme} mints
 * a token {@code serve} accepts.
 */
@JwtAuthorizer(name = "OrdersJwt", issuer = OrdersApi.ISSUER, audience = "orders-api")
@CognitoAuthorizer(name = "OrdersPool", userPoolArn = OrdersApi.USER_POOL)
// Budgets cover the expected month; the worst case (every call running to its timeout) would mean
// an outage, which duration alarms catch long before the bill does. That risk is accepted here.
@SuppressWarnings("lambdaforge:budget-worst-case")
public class OrdersApi {
  /** The identity provider that issues the HTTP API's tokens. */
  public static final String ISSUER = "https://auth.example.com";
  /** The user pool that signs the REST API's callers in. */
  public static final String USER_POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Orders01";

  /** Largest page a caller may ask for. */
  static final int MAX_LIMIT = 100;

  // The functions below share orders through the store, never through a static of their own: each
  // runs in its own execution environments. Deployed, this would be a DynamoDB-backed OrderStore;
  // locally the in-memory one, shared because the local tools share its package on purpose.
  private static final OrderStore STORE = InMemoryOrderStore.shared();

  @Function(
      memory = 1024,
      timeout = 10,
      architecture = ARM64,
      description = "Lists a tenant's orders, filtered by status, paged",
      triggers = {
        @Trigger(source = API_GATEWAY_HTTP, method = "GET", path = "/orders", authorizer = "OrdersJwt",
            scopes = "orders:read"),
        @Trigger(source = API_GATEWAY_REST, method = "GET", path = "/orders", authorizer = "OrdersPool")
      },
      environment = @Env(name = "DEFAULT_PAGE_SIZE", value = "20"),
      traffic = @Traffic(invocationsPerMonth = 6_000_000, averageDurationMs = 28),
      monthlyBudgetUsd = 40)
  public OrderPage listOrders(
      @Claim("tenant") String tenant,
      @QueryParam("status") Optional<OrderStatus> status,
      @QueryParam("limit") Optional<Integer> limit,
      @QueryParam("offset") Optional<Integer> offset) {
    int size = limit.orElse(20);
    int from = offset.orElse(0);
    if (size < 1 || size > MAX_LIMIT) {
      throw new HttpException(400, "limit must be 1.." + MAX_LIMIT + ", got " + size);
    }
    if (from < 0) {
      throw new HttpException(400, "offset must be 0 or more, got " + from);
    }
    List<Order> all = STORE.list(tenant, status);
    List<Order> page = all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
    Integer next = from + size < all.size() ? from + size : null;
    return new OrderPage(page, next);
  }

  @Function(
      memory = 1024,
      timeout = 10,
      architecture = ARM64,
      description = "Creates an order",
      triggers = {
        @Trigger(source = API_GATEWAY_HTTP, method = "POST", path = "/orders", authorizer = "OrdersJwt",
            scopes = "orders:write"),
        @Trigger(source = API_GATEWAY_REST, method = "POST", path = "/orders", authorizer = "OrdersPool")
      },
      traffic = @Traffic(invocationsPerMonth = 1_500_000, averageDurationMs = 45, averageRequestBytes = 2048),
      monthlyBudgetUsd = 15)
  public HttpResponse<?> createOrder(@Claim("tenant") String tenant, @Body NewOrder order) {
    List<String> problems = order.problems();
    if (!problems.isEmpty()) {
      return HttpResponse.status(400, ValidationErrors.of(problems));
    }
    Order created = new Order(UUID.randomUUID(), tenant, order.customer(), List.copyOf(order.lines()),
        OrderStatus.OPEN, Instant.now());
    STORE.put(created);
    return HttpResponse.created(created).header("Location", "/orders/" + created.id());
  }

  @Function(
      memory = 512,
      timeout = 5,
      architecture = ARM64,
      description = "Reads one order",
      triggers = {
        @Trigger(source = API_GATEWAY_HTTP, method = "GET", path = "/orders/{id}", authorizer = "OrdersJwt",
            scopes = "orders:read"),
        @Trigger(source = API_GATEWAY_REST, method = "GET", path = "/orders/{id}", authorizer = "OrdersPool")
      },
      traffic = @Traffic(invocationsPerMonth = 12_000_000, averageDurationMs = 12),
      monthlyBudgetUsd = 60)
  public Optional<Order> getOrder(@Claim("tenant") String tenant, @PathParam("id") UUID id) {
    return STORE.find(tenant, id);
  }

  @Function(
      memory = 1024,
      timeout = 10,
      architecture = ARM64,
      description = "Replaces an order's customer and lines",
      triggers = {
        @Trigger(source = API_GATEWAY_HTTP, method = "PUT", path = "/orders/{id}", authorizer = "OrdersJwt",
            scopes = "orders:write"),
        @Trigger(source = API_GATEWAY_REST, method = "PUT", path = "/orders/{id}", authorizer = "OrdersPool")
      },
      traffic = @Traffic(invocationsPerMonth = 400_000, averageDurationMs = 40, averageRequestBytes = 2048),
      monthlyBudgetUsd = 5)
  public HttpResponse<?> updateOrder(
      @Claim("tenant") String tenant, @PathParam("id") UUID id, @Body NewOrder change) {
    Order existing = STORE.find(tenant, id)
        .orElseThrow(() -> new HttpException(404, "order " + id + " not found"));
    if (existing.status() != OrderStatus.OPEN) {
      throw new HttpException(409, "order " + id + " is " + existing.status() + " and can no longer change");
    }
    List<String> problems = change.problems();
    if (!problems.isEmpty()) {
      return HttpResponse.status(400, ValidationErrors.of(problems));
    }
    Order updated = new Order(id, tenant, change.customer(), List.copyOf(change.lines()), existing.status(),
        existing.createdAt());
    STORE.put(updated);
    return HttpResponse.ok(updated);
  }

  @Function(
      memory = 512,
      timeout = 5,
      architecture = ARM64,
      description = "Deletes an order",
      triggers = {
        @Trigger(source = API_GATEWAY_HTTP, method = "DELETE", path = "/orders/{id}", authorizer = "OrdersJwt",
            scopes = "orders:write"),
        @Trigger(source = API_GATEWAY_REST, method = "DELETE", path = "/orders/{id}", authorizer = "OrdersPool")
      },
      traffic = @Traffic(invocationsPerMonth = 100_000, averageDurationMs = 15),
      monthlyBudgetUsd = 2)
  public void deleteOrder(@Claim("tenant") String tenant, @PathParam("id") UUID id) {
    if (!STORE.remove(tenant, id)) {
      throw new HttpException(404, "order " + id + " not found");
    }
  }

  @Function(
      memory = 1536,
      timeout = 20,
      description = "Downloads an order's invoice as CSV",
      triggers = {
        @Trigger(source = API_GATEWAY_HTTP, method = "GET", path = "/orders/{id}/invoice", authorizer = "OrdersJwt",
            scopes = "orders:read"),
        @Trigger(source = API_GATEWAY_REST, method = "GET", path = "/orders/{id}/invoice", authorizer = "OrdersPool")
      },
      traffic = @Traffic(invocationsPerMonth = 300_000, averageDurationMs = 180, averageResponseBytes = 16384),
      monthlyBudgetUsd = 5)
  public HttpResponse<byte[]> downloadInvoice(
      @Claim("tenant") String tenant, @PathParam("id") UUID id) {
    Order order = STORE.find(tenant, id)
        .orElseThrow(() -> new HttpException(404, "order " + id + " not found"));
    StringBuilder csv = new StringBuilder("sku,quantity,unit_price\n");
    order.lines().forEach(line ->
        csv.append(line.sku()).append(',').append(line.quantity()).append(',').append(line.unitPrice()).append('\n'));
    csv.append("total,,").append(order.total()).append('\n');
    return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"invoice-" + id + ".csv\"");
  }

  @Function(
      memory = 256,
      timeout = 3,
      architecture = ARM64,
      description = "Reads the caller's display preferences from cookies",
      triggers = @Trigger(source = API_GATEWAY_HTTP, method = "GET", path = "/preferences"),
      traffic = @Traffic(invocationsPerMonth = 2_000_000, averageDurationMs = 4),
      monthlyBudgetUsd = 3)
  public Preferences preferences(
      @CookieParam("currency") Optional<String> currency, @CookieParam("locale") Optional<String> locale) {
    return new Preferences(currency.orElse("USD"), locale.orElse("en-US"));
  }

  @Function(
      memory = 256,
      timeout = 3,
      architecture = ARM64,
      description = "Stores the caller's display preferences in cookies",
      triggers = @Trigger(source = API_GATEWAY_HTTP, method = "PUT", path = "/preferences"),
      traffic = @Traffic(invocationsPerMonth = 200_000, averageDurationMs = 4),
      monthlyBudgetUsd = 1)
  public HttpResponse<Preferences> savePreferences(@Body Preferences preferences) {
    if (preferences.currency() == null || !preferences.currency().matches("[A-Z]{3}")) {
      throw new HttpException(400, "currency must be an ISO 4217 code such as EUR");
    }
    String locale = preferences.locale() == null ? "en-US" : preferences.locale();
    if (!locale.matches("[a-z]{2}(-[A-Z]{2})?")) {
      throw new HttpException(400, "locale must look like en-US");
    }
    return HttpResponse.ok(new Preferences(preferences.currency(), locale))
        .cookie("currency=" + preferences.currency() + "; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax")
        .cookie("locale=" + locale + "; Path=/; Max-Age=31536000; Secure; HttpOnly; SameSite=Lax");
  }
}
