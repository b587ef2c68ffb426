package io.lambdaforge.descriptor.family.alexa;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.family.Cfn;
import io.lambdaforge.descriptor.family.RoutelessFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;

/**
 * Alexa custom skills (https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html).
 * A skill has one endpoint, so a skill is one function. The trigger's {@code path} is the skill ID;
 * the template writes SAM's {@code AlexaSkill} event with {@code SkillId}, which SAM turns into a
 * permission for {@code alexa-appkit.amazon.com} scoped to that skill
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-alexaskill.html).
 * Alexa adds no per-invocation charge: cost is Lambda's, from traffic.
 */
public final class AlexaFamily extends RoutelessFamily {
  /** The trigger of the function of skill {@code skillId}. */
  public static TriggerSpec trigger(String skillId) {
    return new TriggerSpec(TriggerSource.ALEXA_SKILL, "ANY", skillId, 0, false);
  }

  public AlexaFamily() {
    super("alexa", TriggerSource.ALEXA_SKILL);
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    if (!given.path().startsWith("amzn1.")) {
      throw new IllegalArgumentException("an ALEXA_SKILL trigger's path is the skill ID (amzn1.ask.skill.<id>), got \""
          + given.path() + "\"");
    }
    return new TriggerFields("ANY", given.path(), 0, false);
  }

  @Override
  public TemplateWiring template() {
    return new TemplateWiring() {
      @Override
      public void events(FunctionSpec f, ObjectNode events) {
        for (TriggerSpec trigger : f.triggers()) {
          if (trigger.source() == TriggerSource.ALEXA_SKILL) {
            ObjectNode event = Cfn.NODES.objectNode().put("Type", "AlexaSkill");
            event.putObject("Properties").put("SkillId", trigger.path());
            events.set("AlexaSkill", event);
          }
        }
      }
    };
  }
}
