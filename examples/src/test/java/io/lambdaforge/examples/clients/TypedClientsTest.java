package io.lambdaforge.examples.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.client.FunctionErrorException;
import io.lambdaforge.client.LambdaInvoker;
import io.lambdaforge.client.RetryPolicy;
import io.lambdaforge.examples.quotes.QuoteService.Quote;
import io.lambdaforge.examples.quotes.QuoteService.QuoteRequest;
import io.lambdaforge.examples.quotes.QuoteServiceClient;
import io.lambdaforge.examples.worker.RepriceWorker.Item;
import io.lambdaforge.examples.worker.RepriceWorker.RepriceRequest;
import io.lambdaforge.examples.worker.RepriceWorker.RepriceResult;
import io.lambdaforge.examples.worker.RepriceWorkerClient;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.server.InvokeApiServer;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * The generated typed clients through a real AWS SDK LambdaClient against the local Invoke API
 * (what {@code serve} runs on port 3001) over the examples application.
 */
class TypedClientsTest {
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static LocalApp app;
  private static InvokeApiServer server;
  private static LambdaClient lambda;

  @BeforeAll
  static void start() throws IOException {
    PrintStream log = new PrintStream(LOG, true, StandardCharsets.UTF_8);
    app = LocalApp.fromClassLoader(TypedClientsTest.class.getClassLoader(), log,
        ExecutionModel.DEFAULT.share("io.lambdaforge.examples.orders.data"));
    server = InvokeApiServer.start(app, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), log, Json.copy());
    lambda = LambdaInvoker.lambdaClientBuilder()
        .endpointOverride(URI.create("http://127.0.0.1:" + server.address().getPort()))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCAL", "local")))
        .build();
  }

  @AfterAll
  static void stop() {
    lambda.close();
    server.close();
    app.close();
  }

  private static long invocationsOf(String function) {
    return LOG.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("INVOKE " + function + " ")).count();
  }

  @Test
  void repriceReturnsTheTypedResult() {
    RepriceResult result = RepriceWorkerClient.create(lambda).reprice(new RepriceRequest(
        List.of(new Item("A-1", new BigDecimal("10.00")), new Item("B-2", new BigDecimal("3.33"))), new BigDecimal("-10")));
    assertEquals(2, result.count());
    assertEquals(List.of(new Item("A-1", new BigDecimal("9.00")), new Item("B-2", new BigDecimal("3.00"))), result.items());
    assertNotNull(result.requestId(), "the function saw a Context with a request id");
  }

  @Test
  void quoteOfAFunctionWithHttpAndSdkTriggers() {
    Quote quote = QuoteServiceClient.create(lambda).quote(new QuoteRequest("SKU-7", 100));
    assertEquals("SKU-7", quote.sku());
    assertEquals(100, quote.quantity());
    assertEquals(quote.unitPrice().multiply(BigDecimal.valueOf(100)), quote.total());
  }

  @Test
  void aFunctionErrorBecomesATypedExceptionAfterOneAttempt() {
    long before = invocationsOf("reprice");
    FunctionErrorException e = assertThrows(FunctionErrorException.class,
        () -> RepriceWorkerClient.create(lambda).reprice(new RepriceRequest(null, null)));
    assertEquals("java.lang.IllegalArgumentException", e.errorType());
    assertEquals("items and percent are required", e.errorMessage());
    assertEquals("Unhandled", e.functionError());
    assertEquals("reprice", e.functionName());
    assertEquals(1, e.attempts());
    assertEquals(before + 1, invocationsOf("reprice"));
  }

  @Test
  void anUnknownFunctionIsResourceNotFoundAndNotRetried() {
    RepriceWorkerClient client = new RepriceWorkerClient(LambdaInvoker.create(lambda, RetryPolicy.defaults())
        .withFunctionNames(Map.of("reprice", "prod-reprice")));
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> client.reprice(new RepriceRequest(List.of(), BigDecimal.ONE)));
    assertEquals(404, e.statusCode());
    assertTrue(e.getMessage().contains("Function not found"), e.getMessage());
    assertEquals(1, invocationsOf("prod-reprice"));
  }
}
