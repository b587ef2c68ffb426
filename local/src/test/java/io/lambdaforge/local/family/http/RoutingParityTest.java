package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing as the adapter and AWS route: one trailing slash ignored; ALB's generated path patterns. */
class RoutingParityTest {
  private static LocalLambda app;

  @BeforeAll
  static void load() {
    app = LocalLambda.builder().log(new PrintStream(new ByteArrayOutputStream())).build();
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void aTrailingSlashReachesTheRouteAsInTheAdapter() {
    HttpResult http = app.request(Source.API_GATEWAY_HTTP, Request.get("/echo/5/"));
    assertEquals(200, http.status());
    assertEquals("echo", http.function());
    assertEquals(200, app.request(Source.API_GATEWAY_REST, Request.get("/twin/5/")).status());
  }

  @Test
  void anAlbRouteMatchesTheListenerRulesPathPattern() {
    // The template's rule for /alb/{id} is /alb/*, which also forwards deeper paths.
    HttpResult deeper = app.request(Source.ALB, Request.get("/alb/3/extra"));
    assertEquals("echo", deeper.function());
    assertEquals(200, deeper.status());
    assertEquals(404, app.request(Source.ALB, Request.get("/albx/3")).status());
  }

  @Test
  void albPatternsAreGlobsOverTheWholePath() {
    assertEquals("/orders/*", AlbPathPattern.of("/orders/{id}"));
    assertEquals("/files/*", AlbPathPattern.of("/files/{path+}"));
    assertTrue(AlbPathPattern.matches("/orders/*", "/orders/42"));
    assertTrue(AlbPathPattern.matches("/orders/*", "/orders/"));
    assertTrue(AlbPathPattern.matches("/orders/*", "/orders/a/b"));
    assertTrue(AlbPathPattern.matches("/o?ders", "/orders"));
    assertFalse(AlbPathPattern.matches("/orders/*", "/orders"));
    assertFalse(AlbPathPattern.matches("/Orders/*", "/orders/1"), "case-sensitive");
    assertFalse(AlbPathPattern.matches("/docs", "/docs/"));
  }
}
