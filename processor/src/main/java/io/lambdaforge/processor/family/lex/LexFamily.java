package io.lambdaforge.processor.family.lex;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SingleSourceFamily;
import io.lambdaforge.processor.family.SingleTriggers;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Amazon Lex V2 bots ({@link Source#LEX_V2}). A bot alias and locale invoke one Lambda function for
 * every intent and code hook (https://docs.aws.amazon.com/lexv2/latest/dg/lambda-attach.html), so a
 * bot is one {@code @Function}: the method with the {@code LEX_V2} trigger, which also answers every
 * intent no {@code @Intent} method of its class handles. The intent handlers are read from the
 * declaration ({@link BotReader}) and the one adapter dispatches to them: no composite support in
 * the core, the function model stays one per method.
 *
 * <p>No Lex time limit below Lambda's own 900 s is enforced: Lex V2 lets a fulfillment code hook run
 * up to its {@code timeoutInSeconds} of 1 to 900
 * (https://docs.aws.amazon.com/lexv2/latest/APIReference/API_FulfillmentUpdatesSpecification.html),
 * and the core already caps the timeout at 900 s ({@code LF_TIMEOUT_RANGE}).
 */
public final class LexFamily extends SingleSourceFamily {
  public LexFamily() {
    super("lex", Source.LEX_V2, TriggerSource.LEX_V2);
  }

  /** No HTTP attributes. */
  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    SingleTriggers.checkNoHttpAttributes(Message.LEX_TRIGGER_ATTRIBUTE, model, site, i, reports);
  }

  /** The only trigger; the bot method's and the intent handlers' shapes and uniqueness. */
  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    int other = SingleTriggers.firstOther(model, Source.LEX_V2);
    if (other >= 0) {
      reports.add(Report.error(Message.LEX_ONLY_TRIGGER, site.trigger(other),
          "Source." + model.triggers().get(other).source()));
      return;
    }
    BotReader.read(model, site, reports);
  }

  /** Without the declaration no handler is known: the bot's own method answers every intent. */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    return guests.isEmpty() ? Optional.of(new LexAdapterGenerator(List.of())) : Optional.empty();
  }

  /** With the class's {@code @Intent} methods, read from the declaration. */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests, FunctionSite site) {
    List<Report> ignored = new ArrayList<>(); // reported by checkShape, which ran first
    return guests.isEmpty()
        ? Optional.of(new LexAdapterGenerator(BotReader.read(model, site, ignored)))
        : Optional.empty();
  }

}
