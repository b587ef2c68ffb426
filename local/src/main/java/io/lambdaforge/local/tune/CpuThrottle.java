package io.lambdaforge.local.tune;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts a child process under a CPU quota of a fraction of one core, the way Lambda gives a function
 * CPU in proportion to its memory, through Linux cgroups: a cgroup of its own with v2 {@code
 * cpu.max} or v1 {@code cpu.cfs_quota_us}/{@code cpu.cfs_period_us} where this process may create
 * one (root, a writable hierarchy), otherwise {@code systemd-run --scope -p CPUQuota=} where that
 * works. The child joins its cgroup before the JVM starts ({@code sh -c 'echo $$ > cgroup.procs &&
 * exec java ...'}), so its init is throttled too. Where none works, {@link #none} says so, and
 * nothing claims a throttle.
 */
public abstract class CpuThrottle {
  /** The CFS period used: 100 ms, the kernel default. */
  static final long PERIOD_US = 100_000;
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** What one child runs under; closing it removes its cgroup. */
  public interface Applied extends AutoCloseable {
    /** The command to start instead of {@code command}. */
    List<String> command();

    /** How many CFS periods the child was throttled in, where the cgroup counts them. */
    Optional<Long> throttledPeriods();

    @Override
    void close();
  }

  /** Whether a quota is really applied. */
  public abstract boolean throttles();

  /** {@code cgroup v1 cpu.cfs_quota_us}, or why there is no throttle. */
  public abstract String description();

  /** The child's command under a quota of {@code cores} cores. */
  public abstract Applied apply(double cores, List<String> command) throws IOException;

  /** The quota in microseconds per {@link #PERIOD_US}: at least 1 ms, the kernel's minimum. */
  static long quotaUs(double cores) {
    return Math.max(1_000, Math.round(cores * PERIOD_US));
  }

  /** The first mechanism that works here, or {@link #none}. */
  public static CpuThrottle detect() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
      return none("not Linux, so no cgroups");
    }
    List<String> tried = new ArrayList<>();
    Optional<CpuThrottle> found = CgroupV2.find(tried).or(() -> CgroupV1.find(tried))
        .or(() -> SystemdRun.find(tried));
    return found.orElseGet(() -> none(String.join("; ", tried)));
  }

  /** No throttle, because of {@code reason}. */
  public static CpuThrottle none(String reason) {
    return new CpuThrottle() {
      @Override
      public boolean throttles() {
        return false;
      }

      @Override
      public String description() {
        return "not CPU-throttled: durations understate small sizes (" + reason + ")";
      }

      @Override
      public Applied apply(double cores, List<String> command) {
        return new Applied() {
          @Override
          public List<String> command() {
            return command;
          }

          @Override
          public Optional<Long> throttledPeriods() {
            return Optional.empty();
          }

          @Override
          public void close() {}
        };
      }
    };
  }

  static String uniqueName() {
    return "lambdaforge-tune-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
  }

  static List<String> joining(Path procs, List<String> command) {
    List<String> wrapped = new ArrayList<>();
    wrapped.add("/bin/sh");
    wrapped.add("-c");
    wrapped.add("echo $$ > \"$0\" && exec \"$@\"");
    wrapped.add(procs.toString());
    wrapped.addAll(command);
    return wrapped;
  }

  static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code key value} lines of a {@code cpu.stat}: the value of {@code key}. */
  static Optional<Long> stat(Path file, String key) {
    return read(file).flatMap(text -> text.lines()
        .filter(line -> line.startsWith(key + " "))
        .map(line -> Long.parseLong(line.substring(key.length() + 1).trim()))
        .findFirst());
  }

  /** This process's cgroup path in a v1 controller ({@code cpu}) or v2 ({@code ""}). */
  static Optional<String> ownCgroup(String controller) {
    return read(Path.of("/proc/self/cgroup")).flatMap(text -> text.lines()
        .map(line -> line.split(":", 3))
        .filter(parts -> parts.length == 3)
        .filter(parts -> controller.isEmpty() ? parts[0].equals("0") && parts[1].isEmpty()
            : List.of(parts[1].split(",")).contains(controller))
        .map(parts -> parts[2])
        .findFirst());
  }

  /** A cgroup directory made for one child; removed on close. */
  abstract static class CgroupApplied implements Applied {
    final Path dir;
    final List<String> command;

    CgroupApplied(Path dir, List<String> command) {
      this.dir = dir;
      this.command = joining(dir.resolve("cgroup.procs"), command);
    }

    @Override
    public List<String> command() {
      return command;
    }

    @Override
    public void close() {
      // The child has exited; an empty cgroup can be removed (a few tries while the kernel
      // finishes tearing the process down).
      for (int attempt = 0; attempt < 50 && Files.exists(dir); attempt++) {
        try {
          Files.delete(dir);
        } catch (IOException e) {
          try {
            TimeUnit.MILLISECONDS.sleep(20);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  /** cgroup v2: {@code cpu.max}. */
  static final class CgroupV2 extends CpuThrottle {
    private final Path parent;

    private CgroupV2(Path parent) {
      this.parent = parent;
    }

    static Optional<CpuThrottle> find(List<String> tried) {
      for (Path mount : List.of(Path.of("/sys/fs/cgroup"), Path.of("/sys/fs/cgroup/unified"))) {
        Optional<String> controllers = read(mount.resolve("cgroup.controllers"));
        if (controllers.isEmpty()) {
          continue;
        }
        Path parent = mount.resolve(ownCgroup("").orElse("/").substring(1));
        if (!List.of(read(parent.resolve("cgroup.controllers")).orElse("").split(" ")).contains("cpu")) {
          tried.add("cgroup v2 at " + mount + " has no cpu controller");
          continue;
        }
        CgroupV2 v2 = new CgroupV2(parent);
        if (v2.probe()) {
          return Optional.of(v2);
        }
        tried.add("cgroup v2 at " + parent + " is not writable");
      }
      return Optional.empty();
    }

    private boolean probe() {
      Path dir = parent.resolve(uniqueName());
      try {
        enableCpu();
        Files.createDirectory(dir);
        Files.writeString(dir.resolve("cpu.max"), quotaUs(0.5) + " " + PERIOD_US);
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      } finally {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException ignored) {
          // left behind empty; harmless
        }
      }
    }

    private void enableCpu() throws IOException {
      String enabled = read(parent.resolve("cgroup.subtree_control")).orElse("");
      if (!List.of(enabled.split(" ")).contains("cpu")) {
        Files.writeString(parent.resolve("cgroup.subtree_control"), "+cpu");
      }
    }

    @Override
    public boolean throttles() {
      return true;
    }

    @Override
    public String description() {
      return "cgroup v2 cpu.max";
    }

    @Override
    public Applied apply(double cores, List<String> command) throws IOException {
      Path dir = parent.resolve(uniqueName());
      enableCpu();
      Files.createDirectory(dir);
      try {
        Files.writeString(dir.resolve("cpu.max"), quotaUs(cores) + " " + PERIOD_US);
      } catch (IOException e) {
        Files.deleteIfExists(dir);
        throw e;
      }
      return new CgroupApplied(dir, command) {
        @Override
        public Optional<Long> throttledPeriods() {
          return stat(dir.resolve("cpu.stat"), "nr_throttled");
        }
      };
    }
  }

  /** cgroup v1: {@code cpu.cfs_quota_us} over {@code cpu.cfs_period_us}. */
  static final class CgroupV1 extends CpuThrottle {
    private final Path parent;

    private CgroupV1(Path parent) {
      this.parent = parent;
    }

    static Optional<CpuThrottle> find(List<String> tried) {
      for (Path mount : List.of(Path.of("/sys/fs/cgroup/cpu"), Path.of("/sys/fs/cgroup/cpu,cpuacct"))) {
        if (!Files.exists(mount.resolve("cpu.cfs_quota_us"))) {
          continue;
        }
        Path parent = mount.resolve(ownCgroup("cpu").orElse("/").substring(1));
        CgroupV1 v1 = new CgroupV1(parent);
        try (Applied probe = v1.apply(0.5, List.of())) {
          return Optional.of(v1);
        } catch (IOException | RuntimeException e) {
          tried.add("cgroup v1 at " + parent + " is not writable (" + e.getMessage() + ")");
        }
      }
      if (tried.isEmpty()) {
        tried.add("no cgroup v1 cpu controller mounted");
      }
      return Optional.empty();
    }

    @Override
    public boolean throttles() {
      return true;
    }

    @Override
    public String description() {
      return "cgroup v1 cpu.cfs_quota_us";
    }

    @Override
    public Applied apply(double cores, List<String> command) throws IOException {
      Path dir = parent.resolve(uniqueName());
      Files.createDirectory(dir);
      try {
        Files.writeString(dir.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_US));
        Files.writeString(dir.resolve("cpu.cfs_quota_us"), Long.toString(quotaUs(cores)));
      } catch (IOException e) {
        Files.deleteIfExists(dir);
        throw e;
      }
      return new CgroupApplied(dir, command) {
        @Override
        public Optional<Long> throttledPeriods() {
          return stat(dir.resolve("cpu.stat"), "nr_throttled");
        }
      };
    }
  }

  /** {@code systemd-run --scope -p CPUQuota=N%}: a transient scope unit with a quota. */
  static final class SystemdRun extends CpuThrottle {
    static Optional<CpuThrottle> find(List<String> tried) {
      try {
        Process probe = new ProcessBuilder("systemd-run", "--scope", "--quiet", "-p", "CPUQuota=50%", "true")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
          return Optional.of(new SystemdRun());
        }
        probe.destroyForcibly();
        tried.add("systemd-run --scope failed (no systemd manager to talk to)");
      } catch (IOException e) {
        tried.add("no systemd-run");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Optional.empty();
    }

    @Override
    public boolean throttles() {
      return true;
    }

    @Override
    public String description() {
      return "systemd-run --scope -p CPUQuota";
    }

    @Override
    public Applied apply(double cores, List<String> command) {
      // CPUQuota is a percentage of one CPU; systemd turns it into the same CFS quota.
      long percent = Math.max(1, Math.round(cores * 100));
      List<String> wrapped = new ArrayList<>(List.of(
          "systemd-run", "--scope", "--quiet", "-p", "CPUQuota=" + percent + "%", "--"));
      wrapped.addAll(command);
      return new Applied() {
        @Override
        public List<String> command() {
          return wrapped;
        }

        @Override
        public Optional<Long> throttledPeriods() {
          return Optional.empty();
        }

        @Override
        public void close() {}
      };
    }
  }
}
