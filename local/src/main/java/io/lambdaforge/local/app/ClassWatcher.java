package io.lambdaforge.local.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches class output directories ({@code target/classes}) for recompiled classes, as {@code
 * serve --watch} does: it polls their files' count, sizes and modification times, and once a
 * change has settled (two polls alike) it calls {@code onChange}. Polling, not a {@code
 * WatchService}: it needs no registration per directory and sees changes written by any build
 * tool or IDE the same way.
 */
public final class ClassWatcher implements AutoCloseable {
  private final List<Path> directories;
  private final long pollMillis;
  private final Runnable onChange;
  private final Thread thread;
  private volatile boolean closed;

  private ClassWatcher(List<Path> directories, long pollMillis, Runnable onChange) {
    this.directories = List.copyOf(directories);
    this.pollMillis = pollMillis;
    this.onChange = onChange;
    this.thread = new Thread(this::run, "lambdaforge-watch");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code directories}, polling every {@code pollMillis}. */
  public static ClassWatcher start(List<Path> directories, long pollMillis, Runnable onChange) {
    ClassWatcher watcher = new ClassWatcher(directories, pollMillis, onChange);
    watcher.thread.start();
    return watcher;
  }

  private void run() {
    long seen = fingerprint();
    while (!closed) {
      try {
        TimeUnit.MILLISECONDS.sleep(pollMillis);
        long now = fingerprint();
        if (now == seen) {
          continue;
        }
        long settled;
        do {
          TimeUnit.MILLISECONDS.sleep(pollMillis);
          settled = now;
          now = fingerprint();
        } while (now != settled && !closed);
        seen = now;
        if (!closed) {
          onChange.run();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        System.err.println("watch: " + e.getMessage());
      }
    }
  }

  /** A hash of every file's path, size and modification time under the directories. */
  long fingerprint() {
    long hash = 17;
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          if (attributes.isRegularFile()) {
            hash = hash * 31 + file.hashCode();
            hash = hash * 31 + attributes.size();
            hash = hash * 31 + attributes.lastModifiedTime().toMillis();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        // A file vanished mid-walk (the build is writing): count it as a change and look again.
        hash = hash * 31 + System.nanoTime();
      }
    }
    return hash;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
