package io.lambdaforge.examples;

import io.lambdaforge.descriptor.sam.CfnLint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the processor wrote into the class output: functions.json reads back and names every
 * function with its generated handler (which loads and is a {@code RequestStreamHandler}), and
 * cfn-lint accepts template.yaml without a single finding.
 */
class DescriptorOutputTest {
  private static final Path DIR = TestFiles.classOutput().resolve("META-INF/lambdaforge");

  /** Every function of the examples and the adapter class the processor generates for it. */
  private static final Map<String, String> HANDLERS = new TreeMap<>(Map.ofEntries(
      Map.entry("listOrders", "io.lambdaforge.examples.orders.OrdersApi_ListOrdersHandler"),
      Map.entry("checkKey", "io.lambdaforge.examples.partners.PartnerApi_CheckKeyHandler"),
      Map.entry("partnerOrders", "io.lambdaforge.examples.partners.PartnerApi_PartnerOrdersHandler"),
      Map.entry("supportOrders", "io.lambdaforge.examples.partners.PartnerApi_SupportOrdersHandler"),
      Map.entry("createOrder", "io.lambdaforge.examples.orders.OrdersApi_CreateOrderHandler"),
      Map.entry("getOrder", "io.lambdaforge.examples.orders.OrdersApi_GetOrderHandler"),
      Map.entry("updateOrder", "io.lambdaforge.examples.orders.OrdersApi_UpdateOrderHandler"),
      Map.entry("deleteOrder", "io.lambdaforge.examples.orders.OrdersApi_DeleteOrderHandler"),
      Map.entry("downloadInvoice", "io.lambdaforge.examples.orders.OrdersApi_DownloadInvoiceHandler"),
      Map.entry("preferences", "io.lambdaforge.examples.orders.OrdersApi_PreferencesHandler"),
      Map.entry("savePreferences", "io.lambdaforge.examples.orders.OrdersApi_SavePreferencesHandler"),
      Map.entry("health", "io.lambdaforge.examples.alb.StatusService_HealthHandler"),
      Map.entry("inspect", "io.lambdaforge.examples.alb.StatusService_InspectHandler"),
      Map.entry("quote", "io.lambdaforge.examples.quotes.QuoteService_QuoteHandler"),
      Map.entry("quoteUrl", "io.lambdaforge.examples.quotes.QuoteService_QuoteUrlHandler"),
      Map.entry("reprice", "io.lambdaforge.examples.worker.RepriceWorker_RepriceHandler"),
      Map.entry("accessLogs", "io.lambdaforge.examples.logs.AccessLogTransformer_TransformHandler"),
      Map.entry("signUpRules", "io.lambdaforge.examples.signup.SignUpRules_PreSignUpHandler"),
      Map.entry("tokenClaims", "io.lambdaforge.examples.signup.SignUpRules_TokenClaimsHandler"),
      Map.entry("tagObjects", "io.lambdaforge.examples.tagging.BatchTagger_TagHandler"),
      Map.entry("reserveStock", "io.lambdaforge.examples.saga.OrderSaga_ReserveStockHandler"),
      Map.entry("requestApproval", "io.lambdaforge.examples.saga.OrderSaga_RequestApprovalHandler"),
      Map.entry("hotelBot", "io.lambdaforge.examples.hotel.HotelBookingBot_OtherHandler"),
      Map.entry("spaceFacts", "io.lambdaforge.examples.facts.SpaceFactsSkill_LaunchHandler")));

  @Test
  void generatedFilesAreInTheClassOutput() {
    for (String name : List.of("template.yaml", "functions.json", "cost-report.md")) {
      Path file = DIR.resolve(name);
      assertTrue(Files.isRegularFile(file), "missing " + file);
      assertTrue(file.toFile().length() > 0, "empty " + file);
    }
  }

  @Test
  void functionsJsonListsEveryFunctionWithItsLoadableHandler() throws Exception {
    FunctionsDescriptor.Document document;
    try (InputStream in = Files.newInputStream(DIR.resolve("functions.json"))) {
      document = FunctionsDescriptor.read(in);
    }
    List<FunctionSpec> functions = document.application().functions();
    Map<String, String> handlers = functions.stream()
        .collect(Collectors.toMap(FunctionSpec::name, FunctionSpec::handler, (a, b) -> a, TreeMap::new));
    Map<String, String> expected = new TreeMap<>();
    HANDLERS.forEach((name, type) -> expected.put(name, type + "::handleRequest"));
    assertEquals(expected, handlers);

    for (FunctionSpec function : functions) {
      String type = function.handler().substring(0, function.handler().indexOf("::"));
      Class<?> handler = Class.forName(type, false, getClass().getClassLoader());
      assertTrue(RequestStreamHandler.class.isAssignableFrom(handler), type);
    }

    Map<String, List<String>> triggers = functions.stream()
        .collect(Collectors.toMap(FunctionSpec::name, DescriptorOutputTest::describe, (a, b) -> a, TreeMap::new));
    Map<String, List<String>> expectedTriggers = new TreeMap<>(Map.ofEntries(
        Map.entry("listOrders", List.of("API_GATEWAY_HTTP GET /orders", "API_GATEWAY_REST GET /orders")),
        Map.entry("createOrder", List.of("API_GATEWAY_HTTP POST /orders", "API_GATEWAY_REST POST /orders")),
        Map.entry("getOrder", List.of("API_GATEWAY_HTTP GET /orders/{id}", "API_GATEWAY_REST GET /orders/{id}")),
        Map.entry("updateOrder", List.of("API_GATEWAY_HTTP PUT /orders/{id}", "API_GATEWAY_REST PUT /orders/{id}")),
        Map.entry("deleteOrder",
            List.of("API_GATEWAY_HTTP DELETE /orders/{id}", "API_GATEWAY_REST DELETE /orders/{id}")),
        Map.entry("downloadInvoice",
            List.of("API_GATEWAY_HTTP GET /orders/{id}/invoice", "API_GATEWAY_REST GET /orders/{id}/invoice")),
        Map.entry("preferences", List.of("API_GATEWAY_HTTP GET /preferences")),
        Map.entry("savePreferences", List.of("API_GATEWAY_HTTP PUT /preferences")),
        Map.entry("health", List.of("ALB GET /health")),
        Map.entry("inspect", List.of("ALB GET /inspect")),
        Map.entry("quote", List.of("ALB POST /quotes", "API_GATEWAY_HTTP POST /quotes", "SDK")),
        Map.entry("quoteUrl", List.of("FUNCTION_URL POST /quotes")),
        Map.entry("reprice", List.of()),
        Map.entry("accessLogs", List.of("FIREHOSE")),
        Map.entry("signUpRules", List.of("COGNITO_USER_POOL")),
        Map.entry("tokenClaims", List.of("COGNITO_USER_POOL")),
        Map.entry("checkKey", List.of()),
        Map.entry("partnerOrders", List.of("API_GATEWAY_REST GET /partner/orders")),
        Map.entry("supportOrders", List.of("API_GATEWAY_HTTP GET /support/orders/{tenant}")),
        Map.entry("tagObjects", List.of("S3_BATCH")),
        Map.entry("reserveStock", List.of("STEP_FUNCTIONS")),
        Map.entry("requestApproval", List.of("STEP_FUNCTIONS")),
        Map.entry("hotelBot", List.of("LEX_V2")),
        Map.entry("spaceFacts", List.of("ALEXA_SKILL"))));
    assertEquals(expectedTriggers, triggers);
    assertEquals(30, function(functions, "quote").triggers().get(0).albPriority());
    assertTrue(function(functions, "inspect").triggers().get(0).albMultiValueHeaders(), "multi-value target group");
    FunctionSpec reprice = function(functions, "reprice");
    assertEquals(2048, reprice.memoryMb());
    assertEquals(1024, reprice.ephemeralStorageMb());
    assertEquals(Map.of("DEFAULT_PAGE_SIZE", "20"), function(functions, "listOrders").environment());
    assertTrue(document.cost() != null, "the descriptor carries the cost estimate");
  }

  @Test
  void cfnLintAcceptsTheTemplateWithoutFindings() throws Exception {
    CfnLint.assertClean(DIR.resolve("template.yaml"));
  }

  private static FunctionSpec function(List<FunctionSpec> functions, String name) {
    return functions.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> describe(FunctionSpec function) {
    return function.triggers().stream()
        .map(DescriptorOutputTest::describe)
        .sorted()
        .toList();
  }

  private static String describe(TriggerSpec trigger) {
    return trigger.source().isHttp() ? trigger.source() + " " + trigger.method() + " " + trigger.path()
        : trigger.source().name();
  }
}
