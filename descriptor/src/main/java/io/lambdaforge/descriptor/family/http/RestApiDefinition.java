package io.lambdaforge.descriptor.family.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.openapi.OpenApiFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Switches a template's REST API from SAM's implicit API (built from {@code Api} events) to an
 * explicit {@code AWS::Serverless::Api} named {@value #LOGICAL_ID} whose {@code DefinitionBody} is
 * the OpenAPI document with API Gateway's integrations and request validators. The functions lose
 * their {@code Api} events (SAM would add a second integration for each) and gain an {@code
 * AWS::Lambda::Permission} for API Gateway, scoped to this API; the {@code RestApiUrl} output
 * points at it. Stage {@code Prod}, as SAM's implicit API.
 */
final class RestApiDefinition {
  static final String LOGICAL_ID = "RestApi";

  private RestApiDefinition() {}

  /** Applies the REST API's body in {@code bodies} (keyed {@link OpenApiFiles#REST}), if any. */
  static void define(ObjectNode template, Application app, Map<String, ObjectNode> bodies) {
    ObjectNode body = bodies.get(OpenApiFiles.REST);
    if (body != null) {
      apply(template, app, body);
    }
  }

  static void apply(ObjectNode template, Application app, ObjectNode definitionBody) {
    ObjectNode resources = (ObjectNode) template.get("Resources");
    for (FunctionSpec f : app.functions()) {
      if (f.triggers().stream().noneMatch(t -> t.source() == TriggerSource.API_GATEWAY_REST)) {
        continue;
      }
      ObjectNode props = (ObjectNode) resources.get(f.logicalId()).get("Properties");
      ObjectNode events = (ObjectNode) props.get("Events");
      List<String> rest = new ArrayList<>();
      events.fields().forEachRemaining(e -> {
        if (e.getValue().path("Type").asText().equals("Api")) {
          rest.add(e.getKey());
        }
      });
      events.remove(rest);
      if (events.isEmpty()) {
        props.remove("Events");
      }
      ObjectNode permission = Cfn.NODES.objectNode()
          .put("Action", "lambda:InvokeFunction")
          .put("Principal", "apigateway.amazonaws.com");
      permission.set("FunctionName", Cfn.getAtt(f.logicalId(), "Arn"));
      permission.set("SourceArn", Cfn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:"
          + "${AWS::AccountId}:${" + LOGICAL_ID + "}/*/*/*"));
      String base = Cfn.stem(f);
      resources.set(base + "RestApiPermission",
          Cfn.NODES.objectNode().put("Type", "AWS::Lambda::Permission").set("Properties", permission));
    }
    ObjectNode api = Cfn.NODES.objectNode().put("Type", "AWS::Serverless::Api");
    ObjectNode props = api.putObject("Properties");
    props.put("StageName", "Prod");
    props.set("DefinitionBody", definitionBody);
    resources.set(LOGICAL_ID, api);
    JsonNode outputs = template.get("Outputs");
    if (outputs instanceof ObjectNode o && o.has("RestApiUrl")) {
      ((ObjectNode) o.get("RestApiUrl")).set("Value", Cfn.sub("https://${" + LOGICAL_ID
          + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/Prod"));
    }
  }
}
