package io.lambdaforge.descriptor.sam;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.FunctionCost;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.openapi.OpenApiFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an AWS SAM {@code template.yaml}: one {@code AWS::Serverless::Function} per function, and
 * what each source family wires for its triggers ({@link TemplateWiring}: parameters, events on
 * the function, resources after it, outputs, API definitions), asked in registry order. Each
 * function's cost estimate goes into its {@code Metadata}, the totals into the template's. Output
 * is deterministic: equal input gives identical bytes.
 */
public final class SamTemplateWriter {
  /** The alias SAM publishes for a function with provisioned concurrency. */
  public static final String ALIAS = Cfn.ALIAS;
  private static final JsonNodeFactory NODES = Cfn.NODES;
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
   * {@code restDefinitionBody} (an explicit {@code AWS::Serverless::Api} whose {@code
   * DefinitionBody} is the OpenAPI document, see {@link
   * io.lambdaforge.descriptor.openapi.RestDefinition}) when given.
   */
  public static String render(Application app, CostEstimate cost,
      Map<String, MeasuredDuration> measured, Optional<ObjectNode> restDefinitionBody) {
    return render(app, cost, measured, restDefinitionBody
        .map(body -> Map.of(OpenApiFiles.REST, body)).orElse(Map.of()));
  }

  /**
   * The template as YAML text, with {@code definitionBodies} (API name of {@link OpenApiFiles} to
   * {@code DefinitionBody}) applied by the families whose APIs they define.
   */
  public static String render(Application app, CostEstimate cost,
      Map<String, MeasuredDuration> measured, Map<String, ObjectNode> definitionBodies) {
    ObjectNode template = template(app, cost, measured);
    for (SourceFamily family : SourceFamilies.all()) {
      family.template().define(template, app, definitionBodies);
    }
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
    ObjectNode parameters = NODES.objectNode();
    for (SourceFamily family : SourceFamilies.all()) {
      family.template().parameters(app, parameters);
    }
    if (!parameters.isEmpty()) {
      root.set("Parameters", parameters);
    }
    ObjectNode resources = root.putObject("Resources");
    ObjectNode outputs = NODES.objectNode();
    Map<String, FunctionCost> costs = cost.byName();
    for (FunctionSpec f : app.functions()) {
      FunctionCost fc = Optional.ofNullable(costs.get(f.name())).orElseThrow(() ->
          new IllegalArgumentException("cost estimate lacks function '" + f.name() + "'"));
      resources.set(f.logicalId(), function(app, f, fc, Optional.ofNullable(measured.get(f.name()))));
      for (SourceFamily family : SourceFamilies.all()) {
        family.template().resources(f, resources);
      }
      outputs.set(f.logicalId() + "Arn", NODES.objectNode()
          .put("Description", "ARN of function " + f.name())
          .set("Value", Cfn.getAtt(f.logicalId(), "Arn")));
      if (f.hasAlias()) {
        outputs.set(f.logicalId() + "AliasArn", NODES.objectNode()
            .put("Description", "ARN of alias " + ALIAS + " of function " + f.name()
                + (f.isProvisioned() ? ", which has the provisioned concurrency"
                    : ", whose versions start from a SnapStart snapshot")
                + "; invoke it directly with this qualifier")
            .set("Value", Cfn.ref(Cfn.aliasOf(f))));
      }
    }
    for (SourceFamily family : SourceFamilies.all()) {
      family.template().outputs(app, outputs);
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
    if (f.hasAlias()) {
      // SAM publishes a version and the alias on every change; events target the alias.
      // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
      props.put("AutoPublishAlias", ALIAS);
    }
    if (f.isProvisioned()) {
      props.putObject("ProvisionedConcurrencyConfig")
          .put("ProvisionedConcurrentExecutions", f.provisionedConcurrency());
    }
    if (f.snapStart()) {
      // SnapStart applies to published versions only, never to $LATEST.
      // https://docs.aws.amazon.com/lambda/latest/dg/snapstart-activate.html
      props.putObject("SnapStart").put("ApplyOn", "PublishedVersions");
    }
    ObjectNode events = NODES.objectNode();
    for (SourceFamily family : SourceFamilies.all()) {
      family.template().events(f, events);
    }
    if (!events.isEmpty()) {
      props.set("Events", events);
    }
    for (SourceFamily family : SourceFamilies.all()) {
      family.template().properties(f, props);
    }
    ObjectNode lambdaforge = NODES.objectNode();
    lambdaforge.set("Cost", CostMetadata.function(cost));
    measured.ifPresent(m -> lambdaforge.set("Duration", CostMetadata.measured(m)));
    resource.set("Metadata", NODES.objectNode().set("Lambdaforge", lambdaforge));
    return resource;
  }
}
