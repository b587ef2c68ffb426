package io.lambdaforge.examples.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.server.ApiPage;
import io.lambdaforge.local.server.DevServer;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's API page in a real browser: headless Chromium (Debian's {@code chromium})
 * driven over the Chrome DevTools Protocol loads {@code /_lambdaforge/}, waits for Swagger UI to
 * render the document, runs "try it" on a GET route (with a required header) and on a POST route
 * (with a JSON body), checks the adapters' responses appear on the page and in the recent
 * invocations, and checks that every request the page made went to the dev server (no CDN). A
 * full-page screenshot is kept at {@code target/api-page.png}.
 *
 * <p>Outside CI (no {@code CI} variable) the test is skipped, saying so, when no Chromium is
 * installed; in CI a missing browser fails it.
 */
class ApiPageBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  @Test
  void tryItRunsThroughTheAdaptersInARealBrowser(@TempDir Path profile) throws Exception {
    Optional<Path> browser = browser();
    if (browser.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("no Chromium on the PATH in CI; install it with: apt-get install -y chromium");
      }
      assumeTrue(false, "skipped: no Chromium (chromium, chromium-browser) on the PATH; CI installs it");
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (LocalApp app = LocalApp.fromClassLoader(getClass().getClassLoader(),
        new PrintStream(log, true, StandardCharsets.UTF_8), ExecutionModel.DEFAULT.share("io.lambdaforge.examples.orders.data"))) {
      // the application's authorizers with no trusted key: the form sends no token anyway
      LocalGateway gateway = new LocalGateway(app.routes(), Optional.empty(), Json.copy(), Optional.empty(),
          app.authorizers(io.lambdaforge.local.auth.TrustedKeys.of(List.of())));
      ApiPage page = new ApiPage(app.routes(), app.openApiDocuments(), "cost table here", false, Json.copy());
      DevServer server = DevServer.start(gateway, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
          new PrintStream(log, true, StandardCharsets.UTF_8), page);
      String base = "http://127.0.0.1:" + server.address().getPort();
      Process chromium = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("profile"),
          "--remote-debugging-port=0", "--window-size=1280,2400", "about:blank")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      try {
        String browserSocket = devToolsUrl(chromium);
        URI devtools = URI.create(browserSocket.replace("ws://", "http://"));
        String pageSocket = pageSocket("http://" + devtools.getHost() + ":" + devtools.getPort());
        List<String> requested = Collections.synchronizedList(new ArrayList<>());
        try (Cdp cdp = Cdp.connect(pageSocket, event -> {
          if (event.path("method").asText().equals("Network.requestWillBeSent")) {
            requested.add(event.at("/params/request/url").asText());
          }
        })) {
          cdp.call("Network.enable");
          cdp.call("Page.enable");
          cdp.call("Page.navigate", Cdp.params().put("url", base + ApiPage.PREFIX));
          await(cdp, "document.body && document.body.getAttribute('data-ready') === 'true'", "the page to load");
          await(cdp, "!!document.querySelector('#swagger .opblock')", "Swagger UI to render the operations");

          // the orders routes need a token the form does not send: the JWT authorizer refuses
          String get = tryIt(cdp, "API_GATEWAY_HTTP GET /orders", "");
          assertTrue(get.startsWith("401"), get);
          assertTrue(get.contains("Unauthorized"), get);

          String post = tryIt(cdp, "API_GATEWAY_HTTP POST /quotes",
              "form.querySelector('textarea[name=\"body\"]').value = '{\"sku\":\"BOOK-42\",\"quantity\":150}';");
          assertTrue(post.startsWith("200"), post);
          assertTrue(post.contains("\"sku\":\"BOOK-42\""), post);

          String missing = tryIt(cdp, "API_GATEWAY_REST GET /orders/{id}",
              "form.querySelector('input[name=\"id\"]').value = 'not-a-uuid';");
          assertTrue(missing.startsWith("401"), missing);

          await(cdp, "document.querySelectorAll('#invocations tbody tr').length >= 3",
              "the recent invocations to list the requests");
          String invocations = cdp.evaluate("document.querySelector('#invocations').innerText").asText();
          assertTrue(invocations.contains("/orders") && invocations.contains("quote"), invocations);
          assertEquals("cost table here", cdp.evaluate("document.getElementById('cost').textContent").asText());

          JsonNode shot = cdp.call("Page.captureScreenshot",
              Cdp.params().put("format", "png").put("captureBeyondViewport", true));
          Path png = Path.of("target", "api-page.png");
          Files.createDirectories(png.getParent());
          Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
          assertTrue(Files.size(png) > 10_000, "screenshot too small");

          List<String> external = new ArrayList<>();
          synchronized (requested) {
            for (String url : requested) {
              if (!url.startsWith(base + "/") && !url.startsWith("data:") && !url.equals("about:blank")) {
                external.add(url);
              }
            }
            assertTrue(requested.size() >= 5, "page requests seen: " + requested);
          }
          assertEquals(List.of(), external, "the page fetched something that is not the dev server");
        }
      } finally {
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
          chromium.destroyForcibly();
        }
        server.close();
      }
    }
  }

  /** Fills a route's try-it form with {@code fill} (JS with {@code form} bound), sends it, returns the answer. */
  private static String tryIt(Cdp cdp, String route, String fill) throws InterruptedException {
    String form = "document.querySelector('form[data-route=\"" + route + "\"]')";
    cdp.evaluate("(() => { const form = " + form + "; " + fill
        + " form.querySelector('pre.result').removeAttribute('data-status'); form.requestSubmit(); })()");
    await(cdp, form + ".querySelector('pre.result').hasAttribute('data-status')", "the answer to " + route);
    return cdp.evaluate(form + ".querySelector('pre.result').textContent").asText();
  }

  private static void await(Cdp cdp, String condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (cdp.evaluate("!!(" + condition + ")").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    fail("timed out waiting for " + what);
  }

  private static String devToolsUrl(Process chromium) throws Exception {
    BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = DEVTOOLS.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            err.transferTo(java.io.Writer.nullWriter());
          } catch (java.io.IOException ignored) {
            // the browser went away
          }
        });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("Chromium did not start its DevTools endpoint:\n" + seen);
  }

  private static String pageSocket(String devtools) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 100; i++) {
      HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(devtools + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(list.body())) {
        if (target.path("type").asText().equals("page")) {
          return target.path("webSocketDebuggerUrl").asText();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Chromium has no page target");
  }

  private static Optional<Path> browser() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
