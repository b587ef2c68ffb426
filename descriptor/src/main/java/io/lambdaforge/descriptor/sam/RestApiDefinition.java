package io.lambdaforge.descriptor.sam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.ArrayList;
import java.util.List;

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
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private RestApiDefinition() {}

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
      ObjectNode permission = NODES.objectNode()
          .put("Action", "lambda:InvokeFunction")
          .put("Principal", "apigateway.amazonaws.com");
      permission.set("FunctionName", SamTemplateWriter.getAtt(f.logicalId(), "Arn"));
      permission.set("SourceArn", SamTemplateWriter.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:"
          + "${AWS::AccountId}:${" + LOGICAL_ID + "}/*/*/*"));
      String base = f.logicalId().substring(0, f.logicalId().length() - "Function".length());
      resources.set(base + "RestApiPermission",
          NODES.objectNode().put("Type", "AWS::Lambda::Permission").set("Properties", permission));
    }
    ObjectNode api = NODES.objectNode().put("Type", "AWS::Serverless::Api");
    ObjectNode props = api.putObject("Properties");
    props.put("StageName", "Prod");
    props.set("DefinitionBody", definitionBody);
    resources.set(LOGICAL_ID, api);
    JsonNode outputs = template.get("Outputs");
    if (outputs instanceof ObjectNode o && o.has("RestApiUrl")) {
      ((ObjectNode) o.get("RestApiUrl")).set("Value", SamTemplateWriter.sub("https://${" + LOGICAL_ID
          + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/Prod"));
    }
  }
}
