package io.lambdaforge.descriptor.family.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.util.Map;

/** The HTTP family's template wiring: API Gateway routes as SAM events, ALB routes as resources. */
final class HttpWiring implements TemplateWiring {
  static final HttpWiring INSTANCE = new HttpWiring();

  private HttpWiring() {}

  @Override
  public void parameters(Application app, ObjectNode parameters) {
    AlbWiring.parameters(app, parameters);
  }

  @Override
  public void events(FunctionSpec f, ObjectNode events) {
    GatewayWiring.events(f, events);
  }

  @Override
  public void properties(FunctionSpec f, ObjectNode properties) {
    UrlWiring.properties(f, properties);
  }

  @Override
  public void resources(FunctionSpec f, ObjectNode resources) {
    AlbWiring.resources(f, resources);
    UrlWiring.resources(f, resources);
  }

  @Override
  public void outputs(Application app, ObjectNode outputs) {
    GatewayWiring.outputs(app, outputs);
    UrlWiring.outputs(app, outputs);
  }

  @Override
  public void define(ObjectNode template, Application app, Map<String, ObjectNode> bodies) {
    AuthWiring.define(template, app);
    RestApiDefinition.define(template, app, bodies);
    CorsWiring.define(template, app);
  }
}
