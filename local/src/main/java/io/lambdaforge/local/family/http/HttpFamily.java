package io.lambdaforge.local.family.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamily;
import io.lambdaforge.local.gateway.SampleRequests;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP family: HTTP API before REST before ALB, each with its front door, and function URLs,
 * whose door is a host of their own.
 */
public final class HttpFamily implements SourceFamily {
  private static final List<Source> SOURCES =
      List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB, Source.FUNCTION_URL);
  private final Map<Source, FrontDoor> doors = Map.of(
      Source.API_GATEWAY_HTTP, new HttpFrontDoor(Source.API_GATEWAY_HTTP),
      Source.API_GATEWAY_REST, new HttpFrontDoor(Source.API_GATEWAY_REST),
      Source.ALB, new HttpFrontDoor(Source.ALB),
      Source.FUNCTION_URL, new FunctionUrlFrontDoor());

  @Override
  public List<Source> sources() {
    return SOURCES;
  }

  @Override
  public Optional<FrontDoor> frontDoor(Source source) {
    return Optional.ofNullable(doors.get(source));
  }

  @Override
  public boolean sampledFromTrigger(Source source) {
    return true;
  }

  /** A request on the trigger's route with every path parameter filled, as {@code source} sends it. */
  @Override
  public ObjectNode sampleEvent(Source source, Optional<TriggerSpec> trigger) {
    TriggerSpec t = trigger.orElseThrow(() -> new IllegalArgumentException(source + " samples need a route"));
    EventFactory.Route route = new EventFactory.Route(t.method(), t.path(), SampleRequests.pathParameters(t.path()));
    return EventFactory.event(source, route, t.albMultiValueHeaders(), SampleRequests.request(t), SampleRequests.HOST);
  }

  @Override
  public String describe(TriggerSpec trigger) {
    return trigger.source() + " " + trigger.method() + " " + trigger.path();
  }

  /** By shape (see each source's event format): an ALB's has {@code requestContext.elb}, and so on. */
  @Override
  public Optional<Source> recognize(JsonNode event) {
    if (event.path("requestContext").has("elb")) {
      return Optional.of(Source.ALB);
    }
    if ("2.0".equals(event.path("version").asText()) && event.has("rawPath")) {
      // a function URL's domain is <url-id>.lambda-url.<region>.on.aws
      String domain = event.path("requestContext").path("domainName").asText("");
      return Optional.of(domain.contains(".lambda-url.") && domain.endsWith(".on.aws")
          ? Source.FUNCTION_URL : Source.API_GATEWAY_HTTP);
    }
    if (event.has("httpMethod") && event.has("requestContext")) {
      return Optional.of(Source.API_GATEWAY_REST);
    }
    return Optional.empty();
  }

  /** A catch-all route ({@code ANY /}), enough for the source's own per-request charges. */
  @Override
  public Optional<TriggerSpec> whatIfTrigger(Source source) {
    return Optional.of(switch (source) {
      case API_GATEWAY_HTTP -> TriggerSpec.httpApi("ANY", "/");
      case API_GATEWAY_REST -> TriggerSpec.restApi("ANY", "/");
      case ALB -> TriggerSpec.alb("ANY", "/", 1, false);
      case FUNCTION_URL -> TriggerSpec.functionUrl("ANY", "/");
      default -> throw new IllegalArgumentException(source + " is not an HTTP source");
    });
  }
}
