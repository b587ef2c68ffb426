package io.lambdaforge.descriptor.family.lex;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;

/**
 * Amazon Lex V2 bots (https://docs.aws.amazon.com/lexv2/latest/dg/lambda.html). A bot alias and
 * locale invoke one function, so a bot is one function in the descriptor, the template and the cost
 * estimate, whatever the number of its intents. The template takes each bot function's alias ARN as
 * the parameter {@code <Function>BotAliasArn} and lets {@code lexv2.amazonaws.com} invoke the
 * function from that alias only
 * (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-attach.html).
 * Lex bills its requests on its own (https://aws.amazon.com/lex/pricing/); the estimate is Lambda's,
 * from traffic.
 */
public final class LexFamily extends RoutelessFamily {
  /** The suffix of the template parameter holding a bot function's alias ARN. */
  public static final String ALIAS_PARAMETER = "BotAliasArn";

  /** The trigger of a bot function. */
  public static TriggerSpec trigger() {
    return new TriggerSpec(TriggerSource.LEX_V2, "ANY", "", 0, false);
  }

  public LexFamily() {
    super("lex", TriggerSource.LEX_V2);
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    if (!given.path().isEmpty()) {
      throw new IllegalArgumentException("a LEX_V2 trigger has no path, got \"" + given.path() + "\"");
    }
    return TriggerFields.NO_ROUTE;
  }

  @Override
  public TemplateWiring template() {
    return new TemplateWiring() {
      @Override
      public void parameters(Application app, ObjectNode parameters) {
        for (FunctionSpec f : app.functions()) {
          if (hasTrigger(f)) {
            parameters.set(parameter(f), Cfn.NODES.objectNode()
                .put("Type", "String")
                .put("AllowedPattern", "arn:aws[a-z-]*:lex:[a-z0-9-]+:[0-9]{12}:bot-alias/[0-9A-Z]{10}/[0-9A-Z]{10}")
                .put("Description", "ARN of the Lex V2 bot alias whose code hook invokes " + f.name()));
          }
        }
      }

      @Override
      public void resources(FunctionSpec f, ObjectNode resources) {
        if (!hasTrigger(f)) {
          return;
        }
        ObjectNode props = Cfn.NODES.objectNode()
            .put("Action", "lambda:InvokeFunction")
            .put("Principal", "lexv2.amazonaws.com");
        props.set("FunctionName", Cfn.invokeTarget(f));
        props.set("SourceArn", Cfn.ref(parameter(f)));
        resources.set(Cfn.stem(f) + "LexPermission", Cfn.NODES.objectNode()
            .put("Type", "AWS::Lambda::Permission")
            .set("Properties", props));
      }
    };
  }

  /** The template parameter of {@code f}'s bot alias ARN. */
  public static String parameter(FunctionSpec f) {
    return Cfn.stem(f) + ALIAS_PARAMETER;
  }

  static boolean hasTrigger(FunctionSpec f) {
    return f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.LEX_V2);
  }
}
