package io.lambdaforge.processor.family.cognito;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.CrossCheck;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon Cognito user-pool triggers
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html):
 * the method's request type picks the trigger; Cognito waits 5 s, so a longer timeout is an error;
 * a user pool has one function per trigger, so a trigger implemented twice is an error. An
 * application wires its Cognito functions to one user pool (the template's {@code UserPoolArn}).
 */
public final class CognitoFamily implements SourceFamily {
  /** Cognito's fixed wait for a synchronous trigger, in seconds. */
  static final int TIMEOUT_SECONDS = 5;

  @Override
  public String name() {
    return "cognito";
  }

  @Override
  public boolean owns(Source source) {
    return source == Source.COGNITO_USER_POOL;
  }

  @Override
  public boolean appliesTo(FunctionModel model) {
    return model.triggers().stream().anyMatch(t -> t.source() == Source.COGNITO_USER_POOL);
  }

  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    TriggerModel trigger = model.triggers().get(i);
    if (!trigger.method().equals("ANY")) {
      reports.add(Report.error(Message.COGNITO_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "method"), "HTTP method", "method"));
    }
    if (!trigger.path().isEmpty()) {
      reports.add(Report.error(Message.COGNITO_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "path"), "path", "path"));
    }
    if (trigger.priority() != 0) {
      reports.add(Report.error(Message.COGNITO_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "priority"), "priority", "priority"));
    }
    if (trigger.multiValueHeaders()) {
      reports.add(Report.error(Message.COGNITO_TRIGGER_ATTRIBUTE, site.triggerAttribute(i, "multiValueHeaders"),
          "multiValueHeaders", "multiValueHeaders"));
    }
    if (model.timeout() > TIMEOUT_SECONDS && firstCognito(model) == i) {
      reports.add(Report.error(Message.COGNITO_TIMEOUT, site.attribute("timeout"), model.timeout()));
    }
  }

  private static int firstCognito(FunctionModel model) {
    for (int i = 0; i < model.triggers().size(); i++) {
      if (model.triggers().get(i).source() == Source.COGNITO_USER_POOL) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    int first = firstCognito(model);
    if (model.triggers().size() > 1) {
      TriggerModel cognito = model.triggers().get(first);
      String others = model.triggers().stream()
          .filter(t -> t != cognito)
          .map(t -> "Source." + t.source())
          .reduce((a, b) -> a + ", " + b).orElse("");
      reports.add(Report.error(Message.COGNITO_ONLY_TRIGGER, site.trigger(first), others));
      return;
    }
    CognitoShape shape = CognitoShape.of(model);
    if (!shape.valid()) {
      reports.add(Report.error(Message.COGNITO_SHAPE,
          shape.parameter() >= 0 ? site.parameter(shape.parameter()) : site.methodPosition(),
          model.qualifiedMethod(), shape.problem(), CognitoContract.signatures()));
    }
  }

  /** One function per trigger of the (one) user pool. */
  @Override
  public CrossCheck crossCheck() {
    Map<CognitoContract, String> seen = new HashMap<>();
    return (model, site, index, reports) -> {
      if (model.triggers().get(index).source() != Source.COGNITO_USER_POOL || firstCognito(model) != index) {
        return;
      }
      CognitoShape shape = CognitoShape.of(model);
      if (!shape.valid()) {
        return;
      }
      String earlier = seen.putIfAbsent(shape.contract(), model.qualifiedMethod());
      if (earlier != null) {
        reports.add(Report.error(Message.COGNITO_DUPLICATE_TRIGGER, site.trigger(index), shape.contract().configKey, earlier));
      }
    };
  }

  /** A Cognito adapter hosts no other family (the only-trigger rule sees to it). */
  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    CognitoShape shape = CognitoShape.of(model);
    return guests.isEmpty() && shape.valid()
        ? Optional.of(new CognitoAdapterGenerator(shape.contract()))
        : Optional.empty();
  }

  @Override
  public TriggerSource triggerSource(Source source) {
    if (source != Source.COGNITO_USER_POOL) {
      throw new IllegalArgumentException(source + " is not the Cognito source");
    }
    return TriggerSource.COGNITO_USER_POOL;
  }

  /** The deployment model names the trigger by its {@code LambdaConfig} key, e.g. {@code PreSignUp}. */
  @Override
  public String triggerPath(FunctionModel model, TriggerModel trigger) {
    CognitoShape shape = CognitoShape.of(model);
    return shape.valid() ? shape.contract().configKey : "";
  }
}
