package io.lambdaforge.examples.partners;

import static io.lambdaforge.annotations.Architecture.ARM64;
import static io.lambdaforge.annotations.Source.API_GATEWAY_HTTP;
import static io.lambdaforge.annotations.Source.API_GATEWAY_REST;

import io.lambdaforge.annotations.AuthContext;
import io.lambdaforge.annotations.Function;
import io.lambdaforge.annotations.LambdaAuthorizer;
import io.lambdaforge.annotations.PathParam;
import io.lambdaforge.annotations.QueryParam;
import io.lambdaforge.annotations.Traffic;
import io.lambdaforge.annotations.Trigger;
import io.lambdaforge.events.auth.Auth;
import io.lambdaforge.events.auth.AuthDecision;
import io.lambdaforge.examples.orders.OrderPage;
import io.lambdaforge.examples.orders.data.InMemoryOrderStore;
import io.lambdaforge.examples.orders.data.OrderStatus;
import io.lambdaforge.examples.orders.data.OrderStore;
import java.util.Map;
import java.util.Optional;

/**
 * Two other ways in to the orders: partners call a REST route with an API key, which a generated
 * Lambda authorizer ({@code TOKEN}, cached for five minutes per key) turns into their tenant; support
 * staff call an HTTP API route signed with IAM (SigV4), for any tenant.
 */
@SuppressWarnings("lambdaforge:budget-worst-case")
public class PartnerApi {
  /** The partners' keys and their tenants; deployed, a secret store would hold them. */
  static final Map<String, String> KEYS = Map.of("pk-acme-0001", "acme", "pk-globex-0002", "globex");

  private static final OrderStore STORE = InMemoryOrderStore.shared();

  /** The API-key authorizer: a known key allows its tenant, any other is denied. */
  @LambdaAuthorizer(name = "PartnerKeys", identitySource = "$request.header.x-api-key",
      type = LambdaAuthorizer.Type.TOKEN, resultTtlSeconds = 300)
  public AuthDecision checkKey(String key) {
    String tenant = KEYS.get(key);
    return tenant == null ? AuthDecision.deny("unknown-key")
        : AuthDecision.allow("partner-" + tenant).with("tenant", tenant);
  }

  @Function(
      memory = 512,
      timeout = 5,
      architecture = ARM64,
      description = "Lists a partner's orders in one status (API key)",
      triggers = @Trigger(source = API_GATEWAY_REST, method = "GET", path = "/partner/orders",
          authorizer = "PartnerKeys"),
      traffic = @Traffic(invocationsPerMonth = 500_000, averageDurationMs = 20),
      monthlyBudgetUsd = 5)
  public OrderPage partnerOrders(@AuthContext("tenant") String tenant, @QueryParam("status") OrderStatus status) {
    return new OrderPage(STORE.list(tenant, Optional.of(status)), null);
  }

  @Function(
      memory = 512,
      timeout = 5,
      architecture = ARM64,
      description = "Lists any tenant's orders for support staff (IAM)",
      triggers = @Trigger(source = API_GATEWAY_HTTP, method = "GET", path = "/support/orders/{tenant}",
          authorizer = "AWS_IAM"),
      traffic = @Traffic(invocationsPerMonth = 20_000, averageDurationMs = 20),
      monthlyBudgetUsd = 1)
  public OrderPage supportOrders(@PathParam("tenant") String tenant, Auth caller) {
    System.out.println("support read of " + tenant + " by " + caller.iam().userArn());
    return new OrderPage(STORE.list(tenant, Optional.empty()), null);
  }
}
