package io.lambdaforge.bench.serve;

import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.server.DevServer;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Bytes the dev server allocates per request, a figure that does not depend on the machine's load:
 * starts {@code serve}'s server in this JVM (the execution model on: class-loader isolation, the
 * request log and START/END/REPORT lines, written to a null stream), sends {@code warm-up} then
 * {@code n} keep-alive GET requests from one client, and divides the bytes allocated by the
 * server's own threads (Jetty's, named {@code lambdaforge-serve}, and the functions', named {@code
 * lambda-}; the JVM counts per thread) by {@code n}. The client's threads are not counted.
 *
 * <p>Usage: {@code ServeAllocation <app classpath> <path> [n] [warm-up] [shared package]...}; run by
 * {@code bench/serve-alloc.sh}.
 */
public final class ServeAllocation {
  private ServeAllocation() {}

  public static void main(String[] args) throws Exception {
    String classpath = args[0];
    String path = args[1];
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
    String[] shared = args.length > 4 ? java.util.Arrays.copyOfRange(args, 4, args.length) : new String[0];
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    try (LocalApp app = LocalApp.fromClasspath(classpath, quiet, ExecutionModel.DEFAULT.share(shared))) {
      LocalGateway gateway = new LocalGateway(app.routes(), Optional.empty(), Json.copy());
      DevServer server = DevServer.start(gateway, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), quiet);
      try {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.address().getPort() + path)).build();
        int status = send(client, request, warmUp);
        long before = serverBytes(threads);
        send(client, request, n);
        long after = serverBytes(threads);
        System.out.printf(Locale.ROOT, "GET %s -> %d: %,d bytes allocated by the server per request (%,d requests)%n",
            path, status, (after - before) / n, n);
      } finally {
        server.close();
      }
    }
  }

  private static int send(HttpClient client, HttpRequest request, int count) throws Exception {
    int status = 0;
    for (int i = 0; i < count; i++) {
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    return status;
  }

  /** Bytes allocated so far by the live threads of the server and of the functions. */
  private static long serverBytes(com.sun.management.ThreadMXBean threads) {
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      String name = thread.getName();
      if (name.startsWith("lambdaforge-serve") || name.startsWith("lambda-")) {
        total += Math.max(0, threads.getThreadAllocatedBytes(thread.getId()));
      }
    }
    return total;
  }
}
