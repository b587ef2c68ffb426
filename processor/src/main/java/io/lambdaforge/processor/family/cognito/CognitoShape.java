package io.lambdaforge.processor.family.cognito;

import com.palantir.javapoet.TypeName;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import java.util.Optional;

/**
 * Which contract a method implements: its one request parameter (besides an optional {@code
 * Context}) picks the trigger, its return type must then be that trigger's response. Either a
 * contract or the reason it has none.
 */
record CognitoShape(CognitoContract contract, String problem, int parameter) {
  static CognitoShape of(FunctionModel model) {
    ParameterModel request = null;
    int index = -1;
    for (int i = 0; i < model.parameters().size(); i++) {
      ParameterModel parameter = model.parameters().get(i);
      if (parameter.binding() == Binding.CONTEXT) {
        continue;
      }
      if (request != null) {
        return new CognitoShape(null, "it takes more than the request (" + request.name() + ", " + parameter.name() + ")", i);
      }
      request = parameter;
      index = i;
    }
    if (request == null) {
      return new CognitoShape(null, "it takes no request parameter", -1);
    }
    Optional<CognitoContract> contract = CognitoContract.ofRequest(request.type());
    if (contract.isEmpty()) {
      return new CognitoShape(null, "parameter " + request.name() + " is a " + request.type()
          + ", not a request record of " + CognitoContract.EVENTS, index);
    }
    CognitoContract c = contract.get();
    ReturnModel returns = model.returnType();
    boolean isVoid = returns.kind() == ReturnModel.Kind.VOID;
    boolean matches = c.response == null ? isVoid : !isVoid && returns.type().equals(c.response);
    if (!matches) {
      TypeName expected = c.response == null ? TypeName.VOID : c.response;
      return new CognitoShape(null, "a " + c.request.simpleName() + " is answered with " + expected
          + ", not " + returns.type(), -1);
    }
    return new CognitoShape(c, null, index);
  }

  boolean valid() {
    return contract != null;
  }
}
