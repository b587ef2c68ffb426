package io.lambdaforge.local.invoke;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.lambdaforge.events.cognito.PreSignUpRequest;
import io.lambdaforge.events.firehose.FirehoseRecord;
import io.lambdaforge.events.s3batch.S3BatchTask;
import io.lambdaforge.local.fixture.EchoHandler;
import io.lambdaforge.runtime.internal.s3batch.S3BatchAdapter;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application jar that bundles the runtime (the examples' shaded jar does) still gets the tool's
 * runtime and event models: the runtime's handlers build the event records and the generated
 * adapter casts them, so two copies would fail with a LinkageError (as `invoke` of a Cognito,
 * Firehose or S3 Batch function from a shaded jar did).
 */
class IsolationTest {
  @Test
  void eventModelsAndRuntimeComeFromTheToolEvenWhenTheAppBundlesThem() throws Exception {
    URL runtimeClasses = S3BatchTask.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader tool = IsolationTest.class.getClassLoader();
    ClassLoader environment = Isolation.perEnvironment(tool, List.of(runtimeClasses), List.of()).newLoader("fn");
    for (Class<?> provided : List.of(S3BatchTask.class, FirehoseRecord.class, PreSignUpRequest.class, S3BatchAdapter.class)) {
      assertSame(provided, environment.loadClass(provided.getName()), provided.getName());
    }
    // the application's own classes are still its own copy
    URL testClasses = EchoHandler.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader app = Isolation.perEnvironment(tool, List.of(testClasses), List.of()).newLoader("fn");
    assertNotSame(EchoHandler.class, app.loadClass(EchoHandler.class.getName()));
  }
}
