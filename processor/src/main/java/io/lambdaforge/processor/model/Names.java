package io.lambdaforge.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * Every generated name, computed in one place.
 *
 * <ul>
 *   <li>Adapter class: same package as the enclosing class; simple name = the enclosing simple
 *       names joined with {@code _}, then {@code _}, the method name with its first letter
 *       upper-cased, then {@code Handler}: {@code com.acme.OrdersApi#getOrder} becomes {@code
 *       com.acme.OrdersApi_GetOrderHandler}, {@code com.acme.Outer.Inner#list} becomes {@code
 *       com.acme.Outer_Inner_ListHandler}.
 *   <li>Handler string: {@code <adapter FQN>::handleRequest}.
 *   <li>Default function name: the method name.
 *   <li>Typed client (with {@code -Alambdaforge.clients=true}): same package as the enclosing
 *       class; simple name = the enclosing simple names joined with {@code _}, then {@code
 *       Client}: {@code com.acme.RepriceWorker} gets {@code com.acme.RepriceWorkerClient}, {@code
 *       com.acme.Outer.Inner} gets {@code com.acme.Outer_InnerClient}.
 * </ul>
 */
public final class Names {
  /** The method every adapter implements. */
  public static final String HANDLER_METHOD = "handleRequest";

  private Names() {}

  /** The adapter class of {@code enclosing#method}. */
  public static ClassName adapter(ClassName enclosing, String methodName) {
    String simple =
        String.join("_", enclosing.simpleNames()) + "_" + capitalize(methodName) + "Handler";
    return ClassName.get(enclosing.packageName(), simple);
  }

  /** The typed client of the direct-invocable functions of {@code enclosing}. */
  public static ClassName client(ClassName enclosing) {
    return ClassName.get(enclosing.packageName(), String.join("_", enclosing.simpleNames()) + "Client");
  }

  /** The Lambda handler string of an adapter, e.g. {@code com.acme.A_BHandler::handleRequest}. */
  public static String handler(ClassName adapter) {
    return adapter.canonicalName() + "::" + HANDLER_METHOD;
  }

  /** The function name when {@code @Function(name)} is empty. */
  public static String defaultFunctionName(String methodName) {
    return methodName;
  }

  private static String capitalize(String name) {
    if (name.isEmpty()) {
      return name;
    }
    int first = name.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(name.substring(Character.charCount(first)))
        .toString();
  }
}
