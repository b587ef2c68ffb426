package io.lambdaforge.descriptor.family.http;

import static io.lambdaforge.descriptor.family.Cfn.NODES;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.List;

/**
 * ALB routes in the SAM template, as plain CloudFormation: per route a target group and a listener
 * rule on the listener given by the {@value #LISTENER_PARAMETER} parameter, per function one
 * invoke permission for Elastic Load Balancing
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html).
 */
final class AlbWiring {
  /** The template parameter naming the ALB listener that ALB routes are added to. */
  static final String LISTENER_PARAMETER = "AlbListenerArn";

  private AlbWiring() {}

  /** A listener-rule priority, when it is in ALB's range 1..50000. */
  static int priority(int priority) {
    if (priority < 1 || priority > 50_000) {
      throw new IllegalArgumentException(
          "ALB listener-rule priority must be 1..50000, got " + priority);
    }
    return priority;
  }

  /** Number of functions with at least one ALB trigger (they share one load balancer). */
  static long functionCount(Application app) {
    return app.functions().stream().filter(AlbWiring::hasAlb).count();
  }

  static boolean hasAlb(FunctionSpec f) {
    return f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.ALB);
  }

  static void parameters(Application app, ObjectNode parameters) {
    if (functionCount(app) > 0) {
      parameters.set(LISTENER_PARAMETER, NODES.objectNode()
          .put("Type", "String")
          .put("Description", "ARN of the ALB listener that routes requests to the functions"));
    }
  }

  static void resources(FunctionSpec f, ObjectNode resources) {
    List<TriggerSpec> albs = f.triggers().stream()
        .filter(t -> t.source() == TriggerSource.ALB).toList();
    if (albs.isEmpty()) {
      return;
    }
    String base = Cfn.stem(f);
    String permission = base + "AlbPermission";
    // The permission cannot name the target group: the group must depend on the permission to
    // register the function, and its ARN ends in a generated suffix. It is scoped to the target
    // groups of this account and region instead.
    ObjectNode permissionProps = NODES.objectNode()
        .put("Action", "lambda:InvokeFunction")
        .put("Principal", "elasticloadbalancing.amazonaws.com");
    permissionProps.set("FunctionName", Cfn.invokeTarget(f));
    permissionProps.set("SourceArn", Cfn.sub("arn:${AWS::Partition}:elasticloadbalancing:"
        + "${AWS::Region}:${AWS::AccountId}:targetgroup/*"));
    resources.set(permission, NODES.objectNode()
        .put("Type", "AWS::Lambda::Permission")
        .set("Properties", permissionProps));
    for (int i = 0; i < albs.size(); i++) {
      TriggerSpec t = albs.get(i);
      String suffix = i == 0 ? "" : String.valueOf(i + 1);
      String targetGroup = base + "AlbTargetGroup" + suffix;
      resources.set(targetGroup, targetGroup(f, t, permission));
      resources.set(base + "AlbListenerRule" + suffix, listenerRule(t, targetGroup, f.cors() != null));
    }
  }

  private static ObjectNode targetGroup(FunctionSpec f, TriggerSpec t, String permission) {
    ObjectNode resource = NODES.objectNode().put("Type", "AWS::ElasticLoadBalancingV2::TargetGroup");
    resource.putArray("DependsOn").add(permission);
    ObjectNode props = resource.putObject("Properties").put("TargetType", "lambda");
    props.putArray("Targets").addObject().set("Id", Cfn.invokeTarget(f));
    props.putArray("TargetGroupAttributes").addObject()
        .put("Key", "lambda.multi_value_headers.enabled")
        .put("Value", Boolean.toString(t.albMultiValueHeaders()));
    return resource;
  }

  /**
   * The rule forwards the trigger's method, and for a function with {@code @Cors} also
   * {@code OPTIONS}: an ALB has no CORS setting, so the function answers the preflight.
   */
  private static ObjectNode listenerRule(TriggerSpec t, String targetGroup, boolean cors) {
    ObjectNode resource =
        NODES.objectNode().put("Type", "AWS::ElasticLoadBalancingV2::ListenerRule");
    ObjectNode props = resource.putObject("Properties");
    props.set("ListenerArn", Cfn.ref(LISTENER_PARAMETER));
    props.put("Priority", t.albPriority());
    ObjectNode forward = props.putArray("Actions").addObject().put("Type", "forward");
    forward.set("TargetGroupArn", Cfn.ref(targetGroup));
    ArrayNode conditions = props.putArray("Conditions");
    ObjectNode path = conditions.addObject().put("Field", "path-pattern");
    path.putObject("PathPatternConfig").putArray("Values").add(t.albPathPattern());
    if (!t.method().equals("ANY")) {
      ObjectNode method = conditions.addObject().put("Field", "http-request-method");
      ArrayNode methods = method.putObject("HttpRequestMethodConfig").putArray("Values").add(t.method());
      if (cors && !t.method().equals("OPTIONS")) {
        methods.add("OPTIONS");
      }
    }
    return resource;
  }
}
