package io.lambdaforge.examples.worker;

import io.lambdaforge.client.FunctionErrorException;
import io.lambdaforge.client.LambdaInvoker;
import io.lambdaforge.client.RetryPolicy;
import io.lambdaforge.examples.worker.RepriceWorker.Item;
import io.lambdaforge.examples.worker.RepriceWorker.RepriceRequest;
import io.lambdaforge.examples.worker.RepriceWorker.RepriceResult;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The caller side of {@link RepriceWorker}: a nightly job that calls the deployed function through
 * its generated, typed client. Run it against {@code serve}'s local Lambda Invoke API with
 * {@code --endpoint http://127.0.0.1:3001}; in AWS, without arguments.
 */
public final class NightlyRepricing {
  private NightlyRepricing() {}

  public static void main(String[] args) {
    var lambda = LambdaInvoker.lambdaClientBuilder();
    if (args.length == 2 && args[0].equals("--endpoint")) {
      lambda.endpointOverride(URI.create(args[1]));
    }
    try (LambdaClient client = lambda.build()) {
      RetryPolicy retries = RetryPolicy.builder()
          .maxAttempts(5)
          .baseDelay(Duration.ofMillis(200))
          .maxDelay(Duration.ofSeconds(5))
          .deadline(Duration.ofMinutes(3))
          .build();
      // CloudFormation names deployed functions itself: map the declared name to the deployed one.
      LambdaInvoker invoker = LambdaInvoker.create(client, retries)
          .withFunctionNames(Map.of("reprice", System.getenv().getOrDefault("REPRICE_FUNCTION", "reprice")));
      RepriceWorkerClient worker = new RepriceWorkerClient(invoker);

      RepriceRequest request = new RepriceRequest(
          List.of(new Item("BOOK-42", new BigDecimal("12.50")), new Item("PEN-7", new BigDecimal("1.99"))),
          new BigDecimal("-10"));
      try {
        RepriceResult result = worker.reprice(request);
        System.out.println("repriced " + result.count() + " items: " + result.items());
      } catch (FunctionErrorException e) {
        System.err.println("reprice failed: " + e.errorType() + ": " + e.errorMessage());
        System.exit(1);
      }
    }
  }
}
