package io.lambdaforge.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void adapterOfTopLevelClass() {
    ClassName adapter = Names.adapter(ClassName.get("com.acme", "OrdersApi"), "getOrder");
    assertEquals("com.acme.OrdersApi_GetOrderHandler", adapter.canonicalName());
    assertEquals("com.acme.OrdersApi_GetOrderHandler::handleRequest", Names.handler(adapter));
  }

  @Test
  void adapterOfNestedClassJoinsSimpleNames() {
    ClassName adapter = Names.adapter(ClassName.get("com.acme", "Outer", "Inner"), "list");
    assertEquals("com.acme.Outer_Inner_ListHandler", adapter.canonicalName());
  }

  @Test
  void defaultPackageAndFunctionName() {
    assertEquals("A_RunHandler", Names.adapter(ClassName.get("", "A"), "run").canonicalName());
    assertEquals("getOrder", Names.defaultFunctionName("getOrder"));
  }
}
