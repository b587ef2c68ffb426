package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameterless fast path answers exactly as routing by segments, or leaves the decision to it. */
class RouterTest {
  private static Route route(String method, String path) {
    return new Route(Source.API_GATEWAY_REST, method, PathTemplate.parse(path), false, (r, c) -> null);
  }

  private static final List<Route> ROUTES = List.of(
      route("GET", "/orders/open"), route("POST", "/{kind}/open"), route("ANY", "/orders/{id}"),
      route("GET", "/"), route("DELETE", "/orders/open"), route("GET", "/caf%C3%A9/menu"),
      route("PUT", "/files/{rest+}"), route("GET", "/files/readme"), route("ANY", "/health"));

  @Test
  void theFastPathAgreesWithRoutingBySegments() {
    Router router = new Router(ROUTES);
    List<String> paths = List.of("/orders/open", "/orders/open/", "/orders/open//", "orders/open", "/orders//open",
        "/", "", "/health", "/health/", "/café/menu", "/caf%C3%A9/menu", "/files/readme", "/files/readme/x",
        "/orders/7", "/things/open", "/nothing", "/Orders/open");
    int fast = 0;
    for (String method : List.of("GET", "POST", "DELETE", "PUT", "PATCH")) {
      for (String path : paths) {
        List<String> segments = new ArrayList<>(PathTemplate.split(path));
        segments.replaceAll(UrlCodec::decodePath);
        Router.Result slow = router.route(Source.API_GATEWAY_REST, method, segments);
        Router.Result quick = router.routeLiteral(Source.API_GATEWAY_REST, method, path);
        if (quick != null) {
          fast++;
          assertSame(slow.route(), quick.route(), method + " " + path);
          assertEquals(slow.params(), quick.params(), method + " " + path);
          assertNull(quick.allow());
        }
      }
    }
    assertTrue(fast >= 10, "the fast path answered only " + fast + " requests");
    // not for the fast path: escapes, a method only another route takes, other sources
    assertNull(router.routeLiteral(Source.API_GATEWAY_REST, "GET", "/caf%C3%A9/menu"));
    assertNull(router.routeLiteral(Source.API_GATEWAY_REST, "POST", "/orders/open"));
    assertNull(router.routeLiteral(Source.ALB, "GET", "/orders/open"));
  }
}
