package io.lambdaforge.local.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One Jetty request as a JDK {@link HttpExchange}, so the handlers keep their API. The answer is
 * buffered and written in one go with its Content-Length when the exchange closes (answers are
 * whole: a gateway never streams). {@link #getRequestURI()} is the request target as sent (path and
 * query, not decoded) and throws {@link IllegalArgumentException} when it is not a valid URI.
 */
final class JettyExchange extends HttpExchange {
  private final Request request;
  private final Response response;
  private final Callback callback;
  private final Headers requestHeaders = new Headers();
  private final Headers responseHeaders = new Headers();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final Map<String, Object> attributes = new HashMap<>();
  private InputStream in;
  private OutputStream out = body;
  private int status = -1;
  private boolean closed;

  JettyExchange(Request request, Response response, Callback callback) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    for (HttpField field : request.getHeaders()) {
      requestHeaders.add(field.getName(), field.getValue());
    }
  }

  @Override
  public Headers getRequestHeaders() {
    return requestHeaders;
  }

  @Override
  public Headers getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public URI getRequestURI() {
    return URI.create(request.getHttpURI().getPathQuery());
  }

  /** The request target as sent (path and query), also when it is not a valid URI. */
  String rawTarget() {
    return request.getHttpURI().getPathQuery();
  }

  @Override
  public String getRequestMethod() {
    return request.getMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    throw new UnsupportedOperationException("no HttpContext on the local servers");
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    response.setStatus(status < 0 ? 500 : status);
    HttpFields.Mutable headers = response.getHeaders();
    responseHeaders.forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
    byte[] bytes = body.toByteArray();
    headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  @Override
  public InputStream getRequestBody() {
    if (in == null) {
      in = Content.Source.asInputStream(request);
    }
    return in;
  }

  @Override
  public OutputStream getResponseBody() {
    return out;
  }

  /** Records the status; {@code length} is ignored, the buffered body's length is sent. */
  @Override
  public void sendResponseHeaders(int code, long length) {
    status = code;
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet ? inet : new InetSocketAddress(0);
  }

  @Override
  public int getResponseCode() {
    return status;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    SocketAddress local = request.getConnectionMetaData().getLocalSocketAddress();
    return local instanceof InetSocketAddress inet ? inet : new InetSocketAddress(0);
  }

  @Override
  public String getProtocol() {
    return request.getConnectionMetaData().getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return attributes.get(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    attributes.put(name, value);
  }

  @Override
  public void setStreams(InputStream i, OutputStream o) {
    if (i != null) {
      in = i;
    }
    if (o != null) {
      out = o;
    }
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return null;
  }
}
