package io.lambdaforge.processor.family.cognito;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.CrossCheck;
import io.lambdaforge.processor.family.SingleSourceFamily;
import io.lambdaforge.processor.family.SingleTriggers;
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
public final class CognitoFamily extends SingleSourceFamily {
  /** Cognito's fixed wait for a synchronous trigger, in seconds. */
  static final int TIMEOUT_SECONDS = 5;

  public CognitoFamily() {
    super("cognito", Source.COGNITO_USER_POOL, TriggerSource.COGNITO_USER_POOL);
  }

  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int i, List<Report> reports) {
    SingleTriggers.checkNoHttpAttributes(Message.COGNITO_TRIGGER_ATTRIBUTE, model, site, i, reports);
    if (model.timeout() > TIMEOUT_SECONDS && SingleTriggers.first(model, Source.COGNITO_USER_POOL) == i) {
      reports.add(Report.error(Message.COGNITO_TIMEOUT, site.attribute("timeout"), model.timeout()));
    }
  }

  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    if (!appliesTo(model)) {
      return;
    }
    int first = SingleTriggers.first(model, Source.COGNITO_USER_POOL);
    if (model.triggers().size() > 1) {
      String others = SingleTriggers.othersThan(model, first);
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
      if (model.triggers().get(index).source() != Source.COGNITO_USER_POOL
          || SingleTriggers.first(model, Source.COGNITO_USER_POOL) != index) {
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

  /** The deployment model names the trigger by its {@code LambdaConfig} key, e.g. {@code PreSignUp}. */
  @Override
  public String triggerPath(FunctionModel model, TriggerModel trigger) {
    CognitoShape shape = CognitoShape.of(model);
    return shape.valid() ? shape.contract().configKey : "";
  }
}
