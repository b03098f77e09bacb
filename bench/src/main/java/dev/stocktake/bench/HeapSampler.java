package dev.stocktake.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the heap in use every 100 ms on a daemon thread while open, and reads the heap pools'
 * peak usage since it was opened. The sampled peak is what was in use at once, garbage included;
 * the sum of the pools' peaks is an upper bound (each pool may peak at another moment); the live
 * heap after collections is what the work needed.
 */
final class HeapSampler implements AutoCloseable {
  private static final long MB = 1024 * 1024;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;
  private volatile long live;

  HeapSampler() {
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    peak = memory.getHeapMemoryUsage().getUsed();
    thread = new Thread(this::sample, "bench-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      live = Math.max(live, afterLastGc());
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The largest heap in use at one sample, in MB. */
  long peakMb() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / MB;
  }

  /**
   * The largest heap found in use just after a collection: the live data, without the garbage a
   * large -Xmx lets accumulate between collections.
   */
  long liveAfterGcMb() {
    return Math.max(live, afterLastGc()) / MB;
  }

  private long afterLastGc() {
    long sum = 0;
    for (MemoryPoolMXBean p : pools) {
      if (p.getCollectionUsage() != null) {
        sum += p.getCollectionUsage().getUsed();
      }
    }
    return sum;
  }

  /** The sum of the heap pools' peak usage since opened, in MB. */
  long poolPeaksMb() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }

  /** The largest heap the JVM may use (-Xmx), in MB. */
  long maxMb() {
    return memory.getHeapMemoryUsage().getMax() / MB;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
