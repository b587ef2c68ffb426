package io.lambdaforge.processor.family.sdk;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SingleSourceFamily;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.List;
import java.util.Optional;

/**
 * The direct-invoke family (SDK): Lambda's Invoke API with a JSON payload
 * (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html). It applies to functions
 * with an SDK trigger and to functions without any trigger; it writes their adapter when no other
 * family applies and otherwise enters the other family's adapter ({@code invokeSdk}).
 */
public final class SdkFamily extends SingleSourceFamily {
  public SdkFamily() {
    super("sdk", Source.SDK, TriggerSource.SDK);
  }

  @Override
  public boolean appliesTo(FunctionModel model) {
    return model.triggers().isEmpty()
        || model.triggers().stream().anyMatch(t -> t.source() == Source.SDK);
  }

  @Override
  public boolean invokedDirectly(FunctionModel model) {
    return appliesTo(model);
  }

  /** An SDK trigger has no HTTP attributes. */
  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    TriggerModel trigger = model.triggers().get(i);
    if (!trigger.method().equals("ANY")) {
      reports.add(
          Report.error(
              Message.SDK_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "method"), "HTTP method", "method"));
    }
    if (!trigger.path().isEmpty()) {
      reports.add(
          Report.error(Message.SDK_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "path"), "path", "path"));
    }
    if (trigger.priority() != 0) {
      reports.add(
          Report.error(
              Message.SDK_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "priority"), "priority", "priority"));
    }
    if (trigger.multiValueHeaders()) {
      reports.add(
          Report.error(
              Message.ALB_ONLY_ATTRIBUTE,
              site.triggerAttribute(i, "multiValueHeaders"),
              "multiValueHeaders",
              Source.SDK));
    }
  }

  /** Direct invoke passes one payload: at most one un-annotated parameter. */
  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    String payload = null;
    List<ParameterModel> parameters = model.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter.binding() != Binding.PAYLOAD) {
        continue;
      }
      if (payload != null) {
        reports.add(
            Report.error(Message.MULTIPLE_PAYLOADS, site.parameter(i), payload, parameter.name()));
      } else {
        payload = parameter.name();
      }
    }
  }

  /** The SDK adapter hosts no other family. */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    return guests.isEmpty() ? Optional.of(new SdkAdapterGenerator()) : Optional.empty();
  }

  @Override
  public Optional<AdapterEntry> entry(FunctionModel model) {
    return Optional.of(new SdkEntry());
  }

}
