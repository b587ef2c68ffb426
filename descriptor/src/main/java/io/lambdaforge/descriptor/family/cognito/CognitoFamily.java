package io.lambdaforge.descriptor.family.cognito;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.List;

/**
 * Amazon Cognito user-pool triggers
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html).
 * A trigger's {@code path} is the user pool's {@code LambdaConfig} key
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_LambdaConfigType.html).
 * The template takes the pool's ARN as the parameter {@code UserPoolArn} and lets {@code
 * cognito-idp.amazonaws.com} invoke each function from that pool only
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-add).
 * Cognito adds no per-invocation charge: cost is Lambda's, from traffic.
 */
public final class CognitoFamily extends RoutelessFamily {
  /** The template parameter holding the user pool's ARN. */
  public static final String POOL_PARAMETER = "UserPoolArn";

  /** The {@code LambdaConfig} keys of the synchronous triggers, the values a trigger's path may take. */
  public static final List<String> CONFIG_KEYS = List.of(
      "PreSignUp", "PostConfirmation", "PreAuthentication", "PostAuthentication",
      "PreTokenGeneration", "PreTokenGenerationConfig", "CustomMessage", "DefineAuthChallenge",
      "CreateAuthChallenge", "VerifyAuthChallengeResponse", "UserMigration", "InboundFederation");

  /** A trigger wired to the pool's {@code LambdaConfig} key {@code configKey}. */
  public static TriggerSpec trigger(String configKey) {
    return new TriggerSpec(TriggerSource.COGNITO_USER_POOL, "ANY", configKey, 0, false);
  }

  public CognitoFamily() {
    super("cognito", TriggerSource.COGNITO_USER_POOL);
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    if (!CONFIG_KEYS.contains(given.path())) {
      throw new IllegalArgumentException("a COGNITO_USER_POOL trigger's path is the user pool's LambdaConfig key, got \""
          + given.path() + "\"; write one of " + String.join(", ", CONFIG_KEYS));
    }
    return new TriggerFields("ANY", given.path(), 0, false);
  }

  @Override
  public TemplateWiring template() {
    return new TemplateWiring() {
      @Override
      public void parameters(Application app, ObjectNode parameters) {
        if (app.functions().stream().anyMatch(CognitoFamily::hasTrigger)) {
          parameters.set(POOL_PARAMETER, Cfn.NODES.objectNode()
              .put("Type", "String")
              .put("AllowedPattern", "arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/[\\w-]+_[0-9a-zA-Z]+")
              .put("Description", "ARN of the Cognito user pool whose LambdaConfig invokes the trigger functions"));
        }
      }

      @Override
      public void resources(FunctionSpec f, ObjectNode resources) {
        if (!hasTrigger(f)) {
          return;
        }
        ObjectNode props = Cfn.NODES.objectNode()
            .put("Action", "lambda:InvokeFunction")
            .put("Principal", "cognito-idp.amazonaws.com");
        props.set("FunctionName", Cfn.invokeTarget(f));
        props.set("SourceArn", Cfn.ref(POOL_PARAMETER));
        resources.set(Cfn.stem(f) + "CognitoPermission", Cfn.NODES.objectNode()
            .put("Type", "AWS::Lambda::Permission")
            .set("Properties", props));
      }
    };
  }

  static boolean hasTrigger(FunctionSpec f) {
    return f.triggers().stream().anyMatch(t -> t.source() == TriggerSource.COGNITO_USER_POOL);
  }
}
