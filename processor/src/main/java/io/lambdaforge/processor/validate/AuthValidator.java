package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;

/**
 * Each trigger's authorization on its own: only the sources whose family takes authorizers may name
 * one, and scopes need a token (a named authorizer; whether it is a JWT or Cognito one is known
 * only across the compilation, {@code processor.auth.AuthorizerChecks}).
 */
final class AuthValidator implements Validator {

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < model.triggers().size(); i++) {
      TriggerModel trigger = model.triggers().get(i);
      SourceFamily family = SourceFamilies.of(trigger.source());
      boolean written = site.triggerExplicit(i, "authorizer") || site.triggerExplicit(i, "scopes");
      if (!family.takesAuthorizer(trigger.source())) {
        if (written) {
          String attribute = site.triggerExplicit(i, "authorizer") ? "authorizer" : "scopes";
          reports.add(Report.error(Message.AUTHORIZER_NOT_ON_SOURCE,
              site.triggerAttribute(i, attribute), trigger.source(),
              trigger.authorizer().isEmpty() ? String.join(",", trigger.scopes())
                  : trigger.authorizer(),
              family.authorizerInstead(trigger.source())));
        }
        continue;
      }
      if (!trigger.scopes().isEmpty() && !trigger.hasNamedAuthorizer()) {
        reports.add(Report.error(Message.SCOPES_WITHOUT_TOKEN_AUTHORIZER,
            site.triggerAttribute(i, "scopes"), trigger.scopes(), trigger.method(),
            trigger.path(), trigger.isProtected() ? "AWS_IAM" : "none"));
      }
    }
    return reports;
  }
}
