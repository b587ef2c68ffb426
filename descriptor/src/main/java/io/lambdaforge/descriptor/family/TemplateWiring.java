package io.lambdaforge.descriptor.family;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.util.Map;

/**
 * How a family's triggers appear in the SAM template. The writer calls every family in registry
 * order at each step; a family adds only what its own triggers need. Build nodes with {@link Cfn}.
 */
public interface TemplateWiring {
  /** Wiring that adds nothing. */
  TemplateWiring NONE = new TemplateWiring() { };

  /** Adds the template {@code Parameters} the application's triggers need. */
  default void parameters(Application app, ObjectNode parameters) { }

  /**
   * Adds properties of {@code f}'s function resource that its triggers need (such as SAM's
   * {@code FunctionUrlConfig}), after its {@code Events}.
   */
  default void properties(FunctionSpec f, ObjectNode properties) { }

  /** Adds the SAM {@code Events} of {@code f}'s triggers to its function resource. */
  default void events(FunctionSpec f, ObjectNode events) { }

  /** Adds resources of {@code f}'s triggers (permissions, target groups...) after its function. */
  default void resources(FunctionSpec f, ObjectNode resources) { }

  /** Adds template {@code Outputs} after the functions' own. */
  default void outputs(Application app, ObjectNode outputs) { }

  /**
   * Applies API definitions to the finished template: {@code bodies} maps an API name of {@code
   * OpenApiFiles} to its {@code DefinitionBody}; a family uses the ones of its APIs.
   */
  default void define(ObjectNode template, Application app, Map<String, ObjectNode> bodies) { }
}
