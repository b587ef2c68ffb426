package io.lambdaforge.local.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Path parameters as each gateway delivers them: REST keeps them encoded as sent, an HTTP API
 * decodes the path first (live captures published by hotsock/voker; API Gateway developer guide,
 * "Working with AWS Lambda proxy integrations for HTTP APIs").
 */
class LocalRouteTest {
  private static LocalRoute route(Source source, String template) {
    return new LocalRoute(source, "GET", template, false, null);
  }

  @Test
  void restDeliversPathParametersEncodedHttpApiDecoded() {
    assertEquals(Optional.of(Map.of("id", "space%20value")),
        route(Source.API_GATEWAY_REST, "/capture/{id}").match("/capture/space%20value"));
    assertEquals(Optional.of(Map.of("id", "space value")),
        route(Source.API_GATEWAY_HTTP, "/capture/{id}").match("/capture/space%20value"));
    assertEquals(Optional.of(Map.of("proxy", "capture/space%20value")),
        route(Source.API_GATEWAY_REST, "/{proxy+}").match("/capture/space%20value"));
  }

  @Test
  void anHttpApiTurnsAnEncodedSlashIntoASeparator() {
    assertTrue(route(Source.API_GATEWAY_HTTP, "/files/{name}").match("/files/a%2Fb").isEmpty());
    assertEquals(Optional.of(Map.of("name", "a%2Fb")),
        route(Source.API_GATEWAY_REST, "/files/{name}").match("/files/a%2Fb"));
  }

  @Test
  void aLiteralWithAnEncodedCharacterMatchesOnEverySource() {
    for (Source source : new Source[] {Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP, Source.ALB}) {
      assertEquals(Optional.of(Map.of()), route(source, "/caf%C3%A9/menu").match("/caf%C3%A9/menu"), source.name());
      assertEquals(Optional.of(Map.of()), route(source, "/a%20b").match("/a%20b"), source.name());
    }
  }
}
