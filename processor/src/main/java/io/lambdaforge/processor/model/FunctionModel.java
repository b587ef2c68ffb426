package io.lambdaforge.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.lambdaforge.annotations.Architecture;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one {@code @Function} method, free of {@code javax.lang.model}: what the
 * validators check and what the generators and the descriptor work from. Lists keep declaration
 * order; {@code suppressions} is sorted.
 *
 * @param functionName the Lambda function name (the method name when not given)
 * @param enclosingType the class declaring the method
 * @param methodName the Java method name
 * @param isStatic whether the method is static (otherwise one instance is created at init)
 * @param parameters the parameters, in order
 * @param returnType what the method returns
 * @param checkedExceptions declared checked exceptions that are not {@code IOException}s, which
 *     an adapter's {@code handleRequest} cannot declare
 * @param memory memory in MB
 * @param timeout timeout in seconds
 * @param architecture the instruction set
 * @param ephemeralStorage {@code /tmp} size in MB
 * @param description the description ("" when not given)
 * @param environment environment variables, in declaration order
 * @param traffic expected traffic
 * @param monthlyBudgetUsd the monthly budget, 0 for none
 * @param provisionedConcurrency provisioned concurrency, 0 for none
 * @param triggers the triggers, in declaration order (empty = direct invoke only)
 * @param suppressions the {@code @SuppressWarnings} keys on the method, sorted
 * @param adapter the generated adapter class ({@link Names#adapter})
 * @param handler the Lambda handler string ({@link Names#handler})
 * @param functionUrl the method's {@code @FunctionUrl}, {@code null} when it has none
 * @param snapStart whether Lambda SnapStart is on ({@code @Function(snapStart = true)} or
 *     {@code -Alambdaforge.snapStart=true})
 * @param declaredErrors every type of the {@code throws} clause with its error name, a subtype
 *     before its supertypes (the order an adapter catches them in)
 * @param cors the {@code @Cors} of the method, else of its class; {@code null} when neither has one
 */
public record FunctionModel(
    String functionName,
    ClassName enclosingType,
    String methodName,
    boolean isStatic,
    List<ParameterModel> parameters,
    ReturnModel returnType,
    List<TypeName> checkedExceptions,
    int memory,
    int timeout,
    Architecture architecture,
    int ephemeralStorage,
    String description,
    List<EnvVar> environment,
    TrafficModel traffic,
    double monthlyBudgetUsd,
    int provisionedConcurrency,
    List<TriggerModel> triggers,
    List<String> suppressions,
    ClassName adapter,
    String handler,
    FunctionUrlModel functionUrl,
    boolean snapStart,
    List<DeclaredError> declaredErrors,
    CorsModel cors) {

  /** Suppresses {@code [LF_GATEWAY_TIMEOUT]}. */
  public static final String SUPPRESS_GATEWAY_TIMEOUT = "lambdaforge:gateway-timeout";

  /** Suppresses the descriptor's worst-case budget warning. */
  public static final String SUPPRESS_BUDGET_WORST_CASE = "lambdaforge:budget-worst-case";

  /** Suppresses {@code [LF_ALB_WILDCARD_SHADOWS]}. */
  public static final String SUPPRESS_ALB_WILDCARD_SHADOWS = "lambdaforge:alb-wildcard-shadows";

  public FunctionModel {
    Objects.requireNonNull(functionName, "functionName");
    Objects.requireNonNull(enclosingType, "enclosingType");
    Objects.requireNonNull(methodName, "methodName");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(returnType, "returnType");
    checkedExceptions = List.copyOf(checkedExceptions);
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(description, "description");
    environment = List.copyOf(environment);
    Objects.requireNonNull(traffic, "traffic");
    triggers = List.copyOf(triggers);
    suppressions = List.copyOf(suppressions);
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(handler, "handler");
    declaredErrors = List.copyOf(declaredErrors);
  }

  /** {@code com.acme.OrdersApi#getOrder}, for messages. */
  public String qualifiedMethod() {
    return enclosingType.canonicalName() + "#" + methodName;
  }

  /** Whether {@code @SuppressWarnings(key)} is on the method. */
  public boolean suppresses(String key) {
    return suppressions.contains(key);
  }
}
