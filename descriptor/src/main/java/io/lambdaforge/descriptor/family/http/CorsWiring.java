package io.lambdaforge.descriptor.family.http;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code @Cors} in the SAM template, where each front door takes it:
 *
 * <ul>
 *   <li>HTTP API: {@code Globals.HttpApi.CorsConfiguration} (SAM's implicit {@code
 *       ServerlessHttpApi}), with which API Gateway answers preflight requests and adds the headers
 *       to responses (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html,
 *       https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-httpapi-httpapicorsconfiguration.html);
 *   <li>REST: {@code Globals.Api.Cors}, SAM's preflight {@code OPTIONS} mock integration on every
 *       path (its values are quoted strings, one {@code AllowOrigin}); the function adds the
 *       headers to its proxy responses
 *       (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-api-corsconfiguration.html);
 *   <li>function URL: {@code FunctionUrlConfig.Cors}
 *       (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-url-cors.html);
 *   <li>ALB: nothing; the function answers preflight requests and adds the headers.
 * </ul>
 *
 * The processor guarantees that the functions of one API agree ({@code LF_CORS_CONFLICT}), so the
 * first function with {@code @Cors} on an API gives its configuration.
 */
final class CorsWiring {
  private CorsWiring() {}

  /** Adds {@code Cors} to a function URL's {@code FunctionUrlConfig}. */
  static void urlConfig(FunctionSpec f, ObjectNode functionUrlConfig) {
    if (f.cors() != null) {
      functionUrlConfig.set("Cors", lists(f.cors()));
    }
  }

  /** Adds {@code Globals} for the REST API's and the HTTP API's CORS, before the resources. */
  static void define(ObjectNode template, Application app) {
    ObjectNode globals = NODES.objectNode();
    apiCors(app, TriggerSource.API_GATEWAY_HTTP)
        .ifPresent(c -> globals.putObject("HttpApi").set("CorsConfiguration", lists(c)));
    apiCors(app, TriggerSource.API_GATEWAY_REST)
        .ifPresent(c -> globals.putObject("Api").set("Cors", rest(c)));
    if (globals.isEmpty()) {
      return;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
      fields.add(it.next());
    }
    template.removeAll();
    for (Map.Entry<String, JsonNode> field : fields) {
      if (!template.has("Globals")
          && (field.getKey().equals("Parameters") || field.getKey().equals("Resources"))) {
        template.set("Globals", globals);
      }
      template.set(field.getKey(), field.getValue());
    }
  }

  /** The CORS of the first function with {@code @Cors} and a trigger of {@code source}. */
  static Optional<CorsSpec> apiCors(Application app, TriggerSource source) {
    return app.functions().stream()
        .filter(f -> f.cors() != null)
        .filter(f -> f.triggers().stream().anyMatch(t -> t.source() == source))
        .map(FunctionSpec::cors)
        .findFirst();
  }

  /** HTTP API and function URL shape: lists, booleans and integers. */
  private static ObjectNode lists(CorsSpec c) {
    ObjectNode node = NODES.objectNode();
    c.allowOrigins().forEach(node.putArray("AllowOrigins")::add);
    c.allowMethods().forEach(node.putArray("AllowMethods")::add);
    if (!c.allowHeaders().isEmpty()) {
      c.allowHeaders().forEach(node.putArray("AllowHeaders")::add);
    }
    if (!c.exposeHeaders().isEmpty()) {
      c.exposeHeaders().forEach(node.putArray("ExposeHeaders")::add);
    }
    if (c.maxAgeSeconds() > 0) {
      node.put("MaxAge", c.maxAgeSeconds());
    }
    if (c.allowCredentials()) {
      node.put("AllowCredentials", true);
    }
    return node;
  }

  /**
   * SAM's REST {@code Cors}: header values as quoted strings. {@code AllowMethods} {@code *} is
   * left out, so SAM lists each path's own methods.
   */
  private static ObjectNode rest(CorsSpec c) {
    ObjectNode node = NODES.objectNode();
    if (!c.allowMethods().contains("*")) {
      node.put("AllowMethods", quoted(c.methods()));
    }
    if (!c.allowHeaders().isEmpty()) {
      node.put("AllowHeaders", quoted(String.join(",", c.allowHeaders())));
    }
    node.put("AllowOrigin", quoted(c.allowOrigins().get(0)));
    if (c.maxAgeSeconds() > 0) {
      node.put("MaxAge", quoted(Integer.toString(c.maxAgeSeconds())));
    }
    if (c.allowCredentials()) {
      node.put("AllowCredentials", true);
    }
    return node;
  }

  private static String quoted(String value) {
    return "'" + value + "'";
  }
}
