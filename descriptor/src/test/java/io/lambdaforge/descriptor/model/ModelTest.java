package io.lambdaforge.descriptor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  private static FunctionSpec.Builder fn(String name) {
    return FunctionSpec.builder(name, "a.B::handleRequest");
  }

  private static void rejects(String fragment, Runnable r) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  @Test
  void logicalIdIsDerivedFromTheName() {
    assertEquals("GetOrderFunction", fn("getOrder").build().logicalId());
    assertEquals("ListOrdersV2Function", fn("list-orders_v2").build().logicalId());
    assertEquals("AFunction", fn("a").build().logicalId());
  }

  @Test
  void functionLimitsAreValidated() {
    rejects("memoryMb must be 128..10240, got 100", () -> fn("f").memoryMb(100).build());
    rejects("timeoutSeconds must be 1..900, got 901", () -> fn("f").timeoutSeconds(901).build());
    rejects("ephemeralStorageMb", () -> fn("f").ephemeralStorageMb(256).build());
    rejects("[A-Za-z0-9_-]", () -> fn("bad name").build());
    rejects("without whitespace", () -> FunctionSpec.builder("f", "a b").build());
    rejects("environment variable name '1X'", () -> fn("f").env("1X", "v").build());
    rejects("exceeds the timeout", () -> fn("f").timeoutSeconds(1)
        .traffic(TrafficSpec.of(10, 1500)).build());
    rejects("write averageDurationMs >= 1", () -> TrafficSpec.of(10, 0));
  }

  /** https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html: no provisioned concurrency, /tmp at most 512 MB. */
  @Test
  void snapStartExcludesWhatAwsDoesNotSupport() {
    rejects("SnapStart does not support provisioned concurrency",
        () -> fn("a").snapStart(true).provisionedConcurrency(1).build());
    rejects("SnapStart does not support ephemeral storage above 512 MB, got 513",
        () -> fn("a").snapStart(true).ephemeralStorageMb(513).build());
    FunctionSpec snap = fn("a").snapStart(true).architecture(Architecture.ARM64).build();
    assertTrue(snap.hasAlias());
    assertFalse(snap.isProvisioned());
    assertTrue(fn("b").provisionedConcurrency(2).build().hasAlias());
    assertFalse(fn("c").build().hasAlias());
  }

  @Test
  void triggersAreValidatedAndNormalised() {
    rejects("must start with '/'", () -> TriggerSpec.httpApi("GET", "orders"));
    rejects("must be the last segment", () -> TriggerSpec.httpApi("GET", "/{a+}/b"));
    rejects("not supported", () -> TriggerSpec.restApi("FETCH", "/a"));
    rejects("priority must be 1..50000", () -> TriggerSpec.alb("GET", "/a", 0, false));
    assertEquals("GET", TriggerSpec.httpApi("get", "/a").method());
    TriggerSpec sdk = new TriggerSpec(TriggerSource.SDK, "POST", "/x", 7, true);
    assertEquals(TriggerSpec.sdk(), sdk);
    assertEquals(0, new TriggerSpec(TriggerSource.API_GATEWAY_HTTP, "GET", "/a", 5, true)
        .albPriority());
    assertEquals("/files/*/x/*", TriggerSpec.alb("GET", "/files/{id}/x/{rest+}", 1, false)
        .albPathPattern());
  }

  @Test
  void orderIsDeterministic() {
    FunctionSpec f = fn("f").trigger(TriggerSpec.sdk()).trigger(TriggerSpec.httpApi("GET", "/b"))
        .trigger(TriggerSpec.httpApi("GET", "/a")).trigger(TriggerSpec.alb("GET", "/c", 3, false))
        .build();
    assertEquals(List.of(TriggerSource.ALB, TriggerSource.API_GATEWAY_HTTP,
        TriggerSource.API_GATEWAY_HTTP, TriggerSource.SDK),
        f.triggers().stream().map(TriggerSpec::source).toList());
    assertEquals("/a", f.triggers().get(1).path());
    Application app = Application.of(List.of(fn("zeta").build(), fn("alpha").build()));
    assertEquals(List.of("alpha", "zeta"), app.functions().stream().map(FunctionSpec::name).toList());
    assertEquals(Application.of(List.of(fn("alpha").build(), fn("zeta").build())), app);
  }

  @Test
  void applicationRejectsCollisions() {
    rejects("duplicate function name", () ->
        Application.of(List.of(fn("a").build(), fn("a").build())));
    rejects("both map to logical ID ABFunction", () ->
        Application.of(List.of(fn("a-b").build(), fn("a_b").build())));
    rejects("ALB priority 4", () -> Application.of(List.of(
        fn("a").trigger(TriggerSpec.alb("GET", "/a", 4, false)).build(),
        fn("b").trigger(TriggerSpec.alb("GET", "/b", 4, false)).build())));
    rejects("route API_GATEWAY_HTTP GET /a", () -> Application.of(List.of(
        fn("a").trigger(TriggerSpec.httpApi("GET", "/a")).build(),
        fn("b").trigger(TriggerSpec.httpApi("GET", "/a")).build())));
    rejects("runtime 'java11'", () -> new Application("java11", ".", "us-east-1", List.of()));
    Application defaults = new Application(null, null, null, List.of());
    assertEquals("java25", defaults.runtime());
    assertEquals(".", defaults.codeUri());
  }
}
