package dev.stocktake.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The floor: one sequential read of every byte of the response files through a 1 MB buffer, and
 * nothing else. No engine reading these files can be faster on this machine.
 */
final class ReadFloor {
  private ReadFloor() {}

  /** Bytes read, the seconds it took, and a checksum of sampled bytes (so the read is used). */
  record Timing(long bytes, double seconds, long checksum) {}

  static Timing read(List<Path> files) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    long bytes = 0;
    long checksum = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        int n;
        while ((n = channel.read(buffer)) >= 0) {
          bytes += n;
          buffer.flip();
          // Touch the bytes (one long in 4 KB) so the read cannot be skipped.
          for (int i = 0; i + 8 <= buffer.limit(); i += 4096) {
            checksum += buffer.getLong(i);
          }
          buffer.clear();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new Timing(bytes, (System.nanoTime() - started) / 1e9, checksum);
  }
}
