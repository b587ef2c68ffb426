package io.lambdaforge.local.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --html page renders in headless Chromium with both curves: the DOM Chromium builds has the
 * two polylines with a point per size, and its screenshot has pixels of both curves' colours. CI
 * installs Chromium (Debian package chromium) and fails without it; elsewhere the test is skipped,
 * saying so.
 */
class ChartInBrowserTest {
  private static final int[] SIZES = {128, 512, 1769};

  private static Optional<String> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  private static String run(Path profile, String browser, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("chromium-", ".out");
    Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 60 s");
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return text;
  }

  @Test
  void bothCurvesRender(@TempDir Path dir) throws Exception {
    Optional<String> browser = chromium();
    if (browser.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("CI must have headless Chromium (apt-get install -y chromium)");
      }
      Assumptions.abort("skipped outside CI: no chromium on PATH");
    }
    FunctionSpec f = FunctionSpec.builder("spin", "a.B::handleRequest").memoryMb(512).build();
    List<SizeResult> sizes = new java.util.ArrayList<>();
    double[] p50 = {400, 100, 30};
    for (int i = 0; i < SIZES.length; i++) {
      sizes.add(new SizeResult(SIZES[i], SIZES[i] / 1769.0, true, Optional.of(10L), 900, 50,
          List.of(p50[i], p50[i], p50[i]), 0, Optional.empty(), Optional.of(80.0), Optional.empty()));
    }
    TuneReport report = new TuneReport(f, "Test CPU", CpuThrottle.none("test"), 1, Instant.parse("2026-12-01T00:00:00Z"),
        sizes, new TuneCosts(PricingCatalog.defaults()), 0.5);
    Path page = dir.resolve("tune.html");
    Files.writeString(page, report.html());
    String html = Files.readString(page);
    assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/2000/svg"),
        "the page loads nothing from the network");

    String dom = run(dir.resolve("profile-dom"), browser.get(), "--dump-dom", page.toUri().toString());
    for (String curve : List.of("duration-curve", "cost-curve")) {
      int at = dom.indexOf("id=\"" + curve + "\"");
      assertTrue(at >= 0, "no " + curve + " in the DOM:\n" + dom);
      String element = dom.substring(at, dom.indexOf(">", at));
      String points = element.substring(element.indexOf("points=\"") + 8);
      points = points.substring(0, points.indexOf('"'));
      assertEquals(SIZES.length, points.trim().split("\\s+").length, curve + " points: " + points);
    }

    Path shot = dir.resolve("shot.png");
    run(dir.resolve("profile-shot"), browser.get(), "--screenshot=" + shot, "--window-size=900,600",
        page.toUri().toString());
    BufferedImage image = ImageIO.read(shot.toFile());
    assertTrue(image != null, "no screenshot");
    int blue = 0;
    int red = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (near(r, 0x1f) && near(g, 0x77) && near(b, 0xb4)) {
          blue++;
        } else if (near(r, 0xd6) && near(g, 0x27) && near(b, 0x28)) {
          red++;
        }
      }
    }
    // Each curve spans the plot's 600 px width at 2 px: hundreds of pixels of its colour.
    assertTrue(blue > 300, "duration curve pixels: " + blue);
    assertTrue(red > 300, "cost curve pixels: " + red);
  }

  private static boolean near(int value, int target) {
    return Math.abs(value - target) <= 12;
  }
}
