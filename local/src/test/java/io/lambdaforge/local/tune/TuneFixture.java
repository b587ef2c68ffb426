package io.lambdaforge.local.tune;

import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A one-function application: its functions.json in a temporary directory, its handler in test-classes. */
final class TuneFixture {
  private TuneFixture() {}

  static String classpath(FunctionSpec function) throws IOException, URISyntaxException {
    Path dir = Files.createTempDirectory("lambdaforge-tune-app-");
    dir.toFile().deleteOnExit();
    Path descriptor = dir.resolve("META-INF/lambdaforge/functions.json");
    Files.createDirectories(descriptor.getParent());
    Application app = new Application(Application.DEFAULT_RUNTIME, ".", "us-east-1", List.of(function));
    Files.writeString(descriptor, FunctionsDescriptor.render(app,
        new CostEstimator(PricingCatalog.defaults()).estimate(app)));
    Path classes = Path.of(SpinHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return dir + File.pathSeparator + classes;
  }
}
