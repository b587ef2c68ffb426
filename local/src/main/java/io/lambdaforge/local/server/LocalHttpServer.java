package io.lambdaforge.local.server;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server of both local servers ({@link DevServer}, {@link InvokeApiServer}): Jetty's core
 * handler API, with the handlers written against the JDK's {@code com.sun.net.httpserver} exchange
 * ({@link JettyExchange} bridges the two). Jetty rather than the JDK's own server because it
 * writes the standard reason phrase (RFC 9110: {@code 302 Found}, where the JDK writes {@code 302
 * Temporary Redirect}; {@code 429 Too Many Requests}, where the JDK writes none), hands a request
 * whose target is not a valid URI to the handler (which answers as the gateway does, where the JDK
 * sends its own HTML page), and accepts with TCP_NODELAY, so keep-alive clients never wait out the
 * delayed-ACK timer. Its URI compliance is {@link UriCompliance#UNSAFE}: the gateways forward
 * {@code %2F} and other encodings Jetty would refuse by default. No {@code Server} header: API
 * Gateway sends none. Every thread is a daemon, so a running server never keeps the JVM alive.
 */
final class LocalHttpServer {
  private record Context(String prefix, HttpHandler handler) {}

  private final Server server;
  private final ServerConnector connector;
  /** Longest prefix first: a request goes to the first context whose prefix starts its path. */
  private final List<Context> contexts = new ArrayList<>();

  /**
   * A server for {@code address}, its threads called {@code threadName}, running at most {@code
   * maxRequests} handlers at once; later requests wait their turn (without holding a thread), as
   * they did in the JDK server's fixed pool, rather than all reaching the functions' environment
   * limits at once.
   */
  LocalHttpServer(InetSocketAddress address, String threadName, int maxRequests) {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName(threadName);
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setUriCompliance(UriCompliance.UNSAFE);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getAddress().getHostAddress());
    connector.setPort(address.getPort());
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    QoSHandler queue = new QoSHandler();
    queue.setMaxRequestCount(maxRequests);
    queue.setMaxSuspend(Duration.ofMinutes(5));
    server.setHandler(queue);
    queue.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        for (Context context : contexts) {
          if (path != null && path.startsWith(context.prefix())) {
            JettyExchange exchange = new JettyExchange(request, response, callback);
            try {
              context.handler().handle(exchange);
              exchange.close();
            } catch (IOException | RuntimeException e) {
              callback.failed(e);
            }
            return true;
          }
        }
        return false;
      }
    });
  }

  /** Serves requests whose path starts with {@code prefix} with {@code handler}. */
  void createContext(String prefix, HttpHandler handler) {
    contexts.add(new Context(prefix, handler));
    contexts.sort(Comparator.comparingInt((Context c) -> c.prefix().length()).reversed());
  }

  /**
   * Binds and starts serving.
   *
   * @throws BindException when the port is in use or the address is not local
   */
  void start() throws IOException {
    try {
      server.start();
    } catch (Exception e) {
      stop();
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BindException bind) {
          throw bind;
        }
      }
      throw e instanceof IOException io ? io : new IOException("cannot start the HTTP server: " + e, e);
    }
  }

  /** The bound address (the real port when 0 was asked for). */
  InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  /** Stops accepting requests and lets running ones finish for up to a second. */
  void stop() {
    server.setStopTimeout(1_000);
    try {
      server.stop();
    } catch (Exception e) {
      // stopping is best effort: the threads are daemons
    }
  }
}
