package io.lambdaforge.descriptor.sam;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an AWS SAM {@code template.yaml}: one {@code AWS::Serverless::Function} per function with
 * {@code Api} (REST) and {@code HttpApi} events; ALB triggers become a target group, a listener
 * rule on the listener given by the {@code AlbListenerArn} parameter, and an invoke permission.
 * Each function's cost estimate goes into its {@code Metadata}, the totals into the template's.
 * Output is deterministic: equal input gives identical bytes.
 */
public final class SamTemplateWriter {
  /** The template parameter naming the ALB listener that ALB routes are added to. */
  public static final String LISTENER_PARAMETER = "AlbListenerArn";
  /** The alias SAM publishes for a function with provisioned concurrency. */
  public static final String ALIAS = "live";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .stringQuotingChecker(new DateQuotingChecker()).build())
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private SamTemplateWriter() {}

  /** The template as YAML text. */
  public static String render(Application app, CostEstimate cost) {
    return render(app, cost, Map.of());
  }

  /**
   * The template as YAML text; the functions in {@code measured} were estimated at a measured
   * duration, which their {@code Metadata.Lambdaforge.Duration} labels.
   */
  public static String render(Application app, CostEstimate cost, Map<String, MeasuredDuration> measured) {
    return render(app, cost, measured, Optional.empty());
  }

  /**
   * The template as YAML text: the functions in {@code measured} were estimated at a measured
   * duration, which their {@code Metadata.Lambdaforge.Duration} labels; the REST API is defined by
   * {@code restDefinitionBody} (an explicit {@code AWS::Serverless::Api}, see {@link
   * RestApiDefinition}) when given.
   */
  public static String render(Application app, CostEstimate cost,
      Map<String, MeasuredDuration> measured, Optional<ObjectNode> restDefinitionBody) {
    ObjectNode template = template(app, cost, measured);
    restDefinitionBody.ifPresent(body -> RestApiDefinition.apply(template, app, body));
    try {
      return YAML.writeValueAsString(template);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write SAM template", e);
    }
  }

  /** Writes the template as UTF-8 YAML. */
  public static void write(Application app, CostEstimate cost, OutputStream out) {
    try {
      out.write(render(app, cost).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write SAM template", e);
    }
  }

  static ObjectNode template(Application app, CostEstimate cost) {
    return template(app, cost, Map.of());
  }

  static ObjectNode template(Application app, CostEstimate cost, Map<String, MeasuredDuration> measured) {
    ObjectNode root = NODES.objectNode();
    root.put("AWSTemplateFormatVersion", "2010-09-09");
    root.put("Transform", "AWS::Serverless-2016-10-31");
    root.put("Description", "Lambdaforge application (generated; do not edit)");
    root.set("Metadata", NODES.objectNode().set("Lambdaforge", CostMetadata.summary(cost)));
    boolean hasAlb = app.albFunctionCount() > 0;
    if (hasAlb) {
      ObjectNode parameter = NODES.objectNode()
          .put("Type", "String")
          .put("Description", "ARN of the ALB listener that routes requests to the functions");
      root.set("Parameters", NODES.objectNode().set(LISTENER_PARAMETER, parameter));
    }
    ObjectNode resources = root.putObject("Resources");
    ObjectNode outputs = NODES.objectNode();
    boolean hasRest = false;
    boolean hasHttp = false;
    Map<String, FunctionCost> costs = cost.byName();
    for (FunctionSpec f : app.functions()) {
      FunctionCost fc = Optional.ofNullable(costs.get(f.name())).orElseThrow(() ->
          new IllegalArgumentException("cost estimate lacks function '" + f.name() + "'"));
      resources.set(f.logicalId(), function(app, f, fc, Optional.ofNullable(measured.get(f.name()))));
      addAlbResources(f, resources);
      hasRest |= f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.API_GATEWAY_REST);
      hasHttp |= f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.API_GATEWAY_HTTP);
      outputs.set(f.logicalId() + "Arn", NODES.objectNode()
          .put("Description", "ARN of function " + f.name())
          .set("Value", getAtt(f.logicalId(), "Arn")));
      if (f.isProvisioned()) {
        outputs.set(f.logicalId() + "AliasArn", NODES.objectNode()
            .put("Description", "ARN of alias " + ALIAS + " of function " + f.name()
                + ", which has the provisioned concurrency; invoke it directly with this qualifier")
            .set("Value", ref(aliasOf(f))));
      }
    }
    if (hasRest) {
      outputs.set("RestApiUrl", NODES.objectNode()
          .put("Description", "Base URL of the REST API (stage Prod)")
          .set("Value", sub("https://${ServerlessRestApi}.execute-api.${AWS::Region}"
              + ".${AWS::URLSuffix}/Prod")));
    }
    if (hasHttp) {
      outputs.set("HttpApiUrl", NODES.objectNode()
          .put("Description", "Base URL of the HTTP API")
          .set("Value", sub("https://${ServerlessHttpApi}.execute-api.${AWS::Region}"
              + ".${AWS::URLSuffix}")));
    }
    root.set("Outputs", outputs);
    return root;
  }

  private static ObjectNode function(Application app, FunctionSpec f, FunctionCost cost,
      Optional<MeasuredDuration> measured) {
    ObjectNode resource = NODES.objectNode().put("Type", "AWS::Serverless::Function");
    ObjectNode props = resource.putObject("Properties");
    props.put("Handler", f.handler());
    props.put("Runtime", app.runtime());
    props.put("CodeUri", app.codeUri());
    props.put("MemorySize", f.memoryMb());
    props.put("Timeout", f.timeoutSeconds());
    props.putArray("Architectures").add(f.architecture().samName());
    props.putObject("EphemeralStorage").put("Size", f.ephemeralStorageMb());
    if (!f.description().isEmpty()) {
      props.put("Description", f.description());
    }
    if (!f.environment().isEmpty()) {
      ObjectNode variables = props.putObject("Environment").putObject("Variables");
      f.environment().forEach(variables::put);
    }
    if (f.isProvisioned()) {
      // SAM publishes a version and the alias on every change; events target the alias.
      // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
      props.put("AutoPublishAlias", ALIAS);
      props.putObject("ProvisionedConcurrencyConfig")
          .put("ProvisionedConcurrentExecutions", f.provisionedConcurrency());
    }
    ObjectNode events = NODES.objectNode();
    int rest = 0;
    int http = 0;
    for (TriggerSpec t : f.triggers()) {
      if (t.source() == TriggerSource.API_GATEWAY_REST) {
        events.set("RestApi" + ++rest, apiEvent("Api", t));
      } else if (t.source() == TriggerSource.API_GATEWAY_HTTP) {
        events.set("HttpApi" + ++http, apiEvent("HttpApi", t));
      }
    }
    if (!events.isEmpty()) {
      props.set("Events", events);
    }
    ObjectNode lambdaforge = NODES.objectNode();
    lambdaforge.set("Cost", CostMetadata.function(cost));
    measured.ifPresent(m -> lambdaforge.set("Duration", CostMetadata.measured(m)));
    resource.set("Metadata", NODES.objectNode().set("Lambdaforge", lambdaforge));
    return resource;
  }

  private static ObjectNode apiEvent(String type, TriggerSpec t) {
    ObjectNode event = NODES.objectNode().put("Type", type);
    event.putObject("Properties")
        .put("Path", t.path())
        .put("Method", t.method().toLowerCase(Locale.ROOT));
    return event;
  }

  private static void addAlbResources(FunctionSpec f, ObjectNode resources) {
    List<TriggerSpec> albs = f.triggers().stream()
        .filter(t -> t.source() == TriggerSource.ALB).toList();
    if (albs.isEmpty()) {
      return;
    }
    String base = f.logicalId().substring(0, f.logicalId().length() - "Function".length());
    String permission = base + "AlbPermission";
    // The permission cannot name the target group: the group must depend on the permission to
    // register the function, and its ARN ends in a generated suffix. It is scoped to the target
    // groups of this account and region instead.
    ObjectNode permissionProps = NODES.objectNode()
        .put("Action", "lambda:InvokeFunction")
        .put("Principal", "elasticloadbalancing.amazonaws.com");
    permissionProps.set("FunctionName", invokeTarget(f));
    permissionProps.set("SourceArn", sub("arn:${AWS::Partition}:elasticloadbalancing:"
        + "${AWS::Region}:${AWS::AccountId}:targetgroup/*"));
    resources.set(permission, NODES.objectNode()
        .put("Type", "AWS::Lambda::Permission")
        .set("Properties", permissionProps));
    for (int i = 0; i < albs.size(); i++) {
      TriggerSpec t = albs.get(i);
      String suffix = i == 0 ? "" : String.valueOf(i + 1);
      String targetGroup = base + "AlbTargetGroup" + suffix;
      resources.set(targetGroup, targetGroup(f, t, permission));
      resources.set(base + "AlbListenerRule" + suffix, listenerRule(t, targetGroup));
    }
  }

  private static ObjectNode targetGroup(FunctionSpec f, TriggerSpec t, String permission) {
    ObjectNode resource = NODES.objectNode().put("Type", "AWS::ElasticLoadBalancingV2::TargetGroup");
    resource.putArray("DependsOn").add(permission);
    ObjectNode props = resource.putObject("Properties").put("TargetType", "lambda");
    props.putArray("Targets").addObject().set("Id", invokeTarget(f));
    props.putArray("TargetGroupAttributes").addObject()
        .put("Key", "lambda.multi_value_headers.enabled")
        .put("Value", Boolean.toString(t.albMultiValueHeaders()));
    return resource;
  }

  private static ObjectNode listenerRule(TriggerSpec t, String targetGroup) {
    ObjectNode resource =
        NODES.objectNode().put("Type", "AWS::ElasticLoadBalancingV2::ListenerRule");
    ObjectNode props = resource.putObject("Properties");
    props.set("ListenerArn", ref(LISTENER_PARAMETER));
    props.put("Priority", t.albPriority());
    ObjectNode forward = props.putArray("Actions").addObject().put("Type", "forward");
    forward.set("TargetGroupArn", ref(targetGroup));
    ArrayNode conditions = props.putArray("Conditions");
    ObjectNode path = conditions.addObject().put("Field", "path-pattern");
    path.putObject("PathPatternConfig").putArray("Values").add(t.albPathPattern());
    if (!t.method().equals("ANY")) {
      ObjectNode method = conditions.addObject().put("Field", "http-request-method");
      method.putObject("HttpRequestMethodConfig").putArray("Values").add(t.method());
    }
    return resource;
  }

  /**
   * What ALB invokes: the alias of a provisioned function (the logical ID SAM gives the alias it
   * creates: function ID + "Alias" + alias name), else the function.
   */
  private static ObjectNode invokeTarget(FunctionSpec f) {
    return f.isProvisioned() ? ref(aliasOf(f)) : getAtt(f.logicalId(), "Arn");
  }

  private static String aliasOf(FunctionSpec f) {
    return f.logicalId() + "Alias" + ALIAS;
  }

  static ObjectNode ref(String name) {
    return NODES.objectNode().put("Ref", name);
  }

  static ObjectNode getAtt(String resource, String attribute) {
    ObjectNode node = NODES.objectNode();
    node.putArray("Fn::GetAtt").add(resource).add(attribute);
    return node;
  }

  static ObjectNode sub(String text) {
    return NODES.objectNode().put("Fn::Sub", text);
  }
}
