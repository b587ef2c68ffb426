package io.lambdaforge.processor.family.alexa;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SingleSourceFamily;
import io.lambdaforge.processor.family.SingleTriggers;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alexa custom skills ({@link Source#ALEXA_SKILL}). A skill has one endpoint, so a skill is one
 * {@code @Function}: the method with the {@code ALEXA_SKILL} trigger, which answers the launch and
 * every intent no {@code @Intent} method of its class handles; the class's {@code @AlexaSkill} names
 * the skill, and the deployment model carries its ID as the trigger's path. Alexa waits at most 8 s:
 * "Your AWS Lambda function time out value should be less than 8 seconds, which is the maximum amount
 * of time Alexa waits for a skill to respond"
 * (https://developer.amazon.com/en-US/blogs/alexa/alexa-skills-kit/2019/10/tips-for-developing-high-performance-alexa-skills1),
 * so a timeout of 8 s or more is an error.
 */
public final class AlexaFamily extends SingleSourceFamily {
  /** The longest timeout below Alexa's 8 s wait. */
  static final int MAX_TIMEOUT_SECONDS = 7;

  public AlexaFamily() {
    super("alexa", Source.ALEXA_SKILL, TriggerSource.ALEXA_SKILL);
  }

  /** No HTTP attributes; below Alexa's 8 s. */
  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    SingleTriggers.checkNoHttpAttributes(Message.ALEXA_TRIGGER_ATTRIBUTE, model, site, i, reports);
    if (model.timeout() > MAX_TIMEOUT_SECONDS && SingleTriggers.first(model, Source.ALEXA_SKILL) == i) {
      reports.add(Report.error(Message.ALEXA_TIMEOUT, site.attribute("timeout"), model.timeout()));
    }
  }

  /** The only trigger; the skill ID; the skill method's and the intent handlers' shapes and uniqueness. */
  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    int other = SingleTriggers.firstOther(model, Source.ALEXA_SKILL);
    if (other >= 0) {
      reports.add(Report.error(Message.ALEXA_ONLY_TRIGGER, site.trigger(other),
          "Source." + model.triggers().get(other).source()));
      return;
    }
    SkillReader.skillId(model, site, reports);
    SkillReader.read(model, site, reports);
  }

  /** Without the declaration there is no skill ID to verify against: no adapter. */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    return Optional.empty();
  }

  /** With the class's skill ID and {@code @Intent} methods, read from the declaration. */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests, FunctionSite site) {
    List<Report> ignored = new ArrayList<>(); // reported by checkShape, which ran first
    String skillId = SkillReader.skillId(model, site, ignored);
    return guests.isEmpty() && !skillId.isEmpty()
        ? Optional.of(new AlexaAdapterGenerator(skillId, SkillReader.read(model, site, ignored)))
        : Optional.empty();
  }

  /** The deployment model names the skill: its ID from the class's {@code @AlexaSkill}. */
  @Override
  public String triggerPath(FunctionModel model, TriggerModel trigger, FunctionSite site) {
    return site == null ? "" : SkillReader.skillId(model, site, new ArrayList<>());
  }
}
