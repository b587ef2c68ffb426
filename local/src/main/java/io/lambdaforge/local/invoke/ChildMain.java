package io.lambdaforge.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The main class of a child JVM ({@code --isolation jvm}): one execution environment of one
 * function. It reads an init frame (the function, its handler class and declared environment),
 * runs the init (static initialisers and constructor) and answers {@code ready} with its Init
 * Duration, then answers one invocation frame at a time until its stdin ends. See {@link ChildJvm}
 * for the parent's side and {@link ChildFrames} for the channel.
 *
 * <p>The channel is the process's own stdout, so {@code System.out} and {@code System.err} are
 * redirected into a buffer whose contents travel with the next answer: the parent prints them,
 * with the context logger's lines, between the invocation's START and END lines.
 */
public final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    Capture capture = new Capture();
    PrintStream logs = new PrintStream(capture, true, StandardCharsets.UTF_8);
    System.setOut(logs);
    System.setErr(logs);
    ChildFrames.Frame init = ChildFrames.read(in);
    if (init == null) {
      System.exit(0);
    }
    String function = init.header().path("function").asText();
    String className = init.header().path("handler").asText();
    int memoryMb = init.header().path("memoryMb").asInt();
    Map<String, String> environment = new TreeMap<>();
    init.header().path("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
    RequestStreamHandler handler;
    try {
      handler = LocalEnvironment.with(environment, () -> {
        Class<?> type = Class.forName(className, true, ChildMain.class.getClassLoader());
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
          throw new IllegalStateException("handler " + className + " of function " + function
              + " is not a com.amazonaws.services.lambda.runtime.RequestStreamHandler");
        }
        return (RequestStreamHandler) type.getConstructor().newInstance();
      });
    } catch (Throwable e) {
      ObjectNode failed = ChildFrames.JSON.createObjectNode().put("status", "initError")
          .put("message", initFailure(function, className, e));
      ChildFrames.write(out, new ChildFrames.Frame(failed, new byte[0], capture.take()));
      System.exit(1);
      return;
    }
    // JVM start to handler ready, as the JVM itself recorded its start: Lambda's Init Duration
    // also covers the runtime's start and the function's static initialisers and constructor.
    long initNanos = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    ObjectNode ready = ChildFrames.JSON.createObjectNode().put("status", "ready").put("initNanos", initNanos);
    ChildFrames.write(out, new ChildFrames.Frame(ready, new byte[0], capture.take()));
    ChildFrames.Frame request;
    try {
      while ((request = ChildFrames.read(in)) != null) {
        ChildFrames.write(out, invoke(handler, function, memoryMb, environment, request, logs, capture));
      }
    } catch (IOException gone) {
      // the tool closed the channel mid-answer
    }
    // The tool is gone or retired this environment: exit even if the function left threads running.
    System.exit(0);
  }

  private static ChildFrames.Frame invoke(RequestStreamHandler handler, String function, int memoryMb,
      Map<String, String> environment, ChildFrames.Frame request, PrintStream logs, Capture capture) {
    String requestId = request.header().path("requestId").asText();
    long deadline = request.header().path("deadlineMs").asLong();
    LocalContext context = new LocalContext(requestId, function, memoryMb, deadline, logs);
    ObjectNode header = ChildFrames.JSON.createObjectNode();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    long before = Allocation.current();
    try {
      LocalEnvironment.with(environment, () -> {
        handler.handleRequest(new ByteArrayInputStream(request.body()), output, context);
        return null;
      });
      header.put("status", "ok");
    } catch (Throwable error) {
      String message = error.getLocalizedMessage() == null ? error.getClass().getName() : error.getLocalizedMessage();
      header.put("status", "error").put("errorType", error.getClass().getName()).put("errorMessage", message)
          .put("fatal", error instanceof Error);
      ArrayNode frames = header.putArray("stackTrace");
      for (StackTraceElement frame : error.getStackTrace()) {
        frames.add(frame.toString());
      }
    }
    long after = Allocation.current();
    header.put("allocatedBytes", before < 0 || after < 0 ? -1 : after - before);
    ProcessMemory.peakKb().ifPresent(kb -> header.put("peakKb", kb));
    return new ChildFrames.Frame(header, output.toByteArray(), capture.take());
  }

  private static String initFailure(String function, String className, Throwable e) {
    if (e instanceof ClassNotFoundException || e instanceof NoClassDefFoundError) {
      return "handler class " + className + " of function " + function
          + " is not on the classpath; did the build run the Lambdaforge processor?";
    }
    if (e instanceof InvocationTargetException || e instanceof ExceptionInInitializerError) {
      return "initialising function " + function + " failed: " + (e.getCause() == null ? e : e.getCause());
    }
    if (e instanceof ReflectiveOperationException) {
      return "cannot create handler " + className + " of function " + function
          + " (it needs a public no-argument constructor): " + e;
    }
    if (e instanceof IllegalStateException) {
      return e.getMessage();
    }
    return "initialising function " + function + " failed: " + e;
  }

  /** What the function printed since the last answer. */
  private static final class Capture extends OutputStream {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      buffer.write(bytes, offset, length);
    }

    synchronized byte[] take() {
      byte[] bytes = buffer.toByteArray();
      buffer.reset();
      return bytes;
    }
  }


}
