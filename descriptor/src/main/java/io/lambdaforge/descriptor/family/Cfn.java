package io.lambdaforge.descriptor.family;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.FunctionSpec;

/**
 * CloudFormation building blocks shared by the template writer and the families' wiring:
 * intrinsic functions and the names SAM gives a function's resources.
 */
public final class Cfn {
  /** The node factory of every template node: exact decimals. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  /** The alias SAM publishes for a function with provisioned concurrency. */
  public static final String ALIAS = "live";

  private Cfn() {}

  /** {@code {Ref: name}}. */
  public static ObjectNode ref(String name) {
    return NODES.objectNode().put("Ref", name);
  }

  /** {@code {Fn::GetAtt: [resource, attribute]}}. */
  public static ObjectNode getAtt(String resource, String attribute) {
    ObjectNode node = NODES.objectNode();
    node.putArray("Fn::GetAtt").add(resource).add(attribute);
    return node;
  }

  /** {@code {Fn::Sub: text}}. */
  public static ObjectNode sub(String text) {
    return NODES.objectNode().put("Fn::Sub", text);
  }

  /** The logical ID SAM gives the alias it creates: function ID + "Alias" + alias name. */
  public static String aliasOf(FunctionSpec f) {
    return f.logicalId() + "Alias" + ALIAS;
  }

  /**
   * What a trigger invokes: the alias of a function deployed behind one (provisioned concurrency or
   * SnapStart, {@link FunctionSpec#hasAlias()}), else the function.
   */
  public static ObjectNode invokeTarget(FunctionSpec f) {
    return f.hasAlias() ? ref(aliasOf(f)) : getAtt(f.logicalId(), "Arn");
  }

  /** The stem of {@code f}'s logical ID that names its other resources ({@code GetOrder}). */
  public static String stem(FunctionSpec f) {
    return f.logicalId().substring(0, f.logicalId().length() - "Function".length());
  }
}
