package dev.stocktake.etl.ingest.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scan does not depend on how the stream hands out its bytes, and its result survives Java
 * serialisation (the way it travels from a Spark executor to the driver).
 */
class RecordScannerStreamingTest {

  static List<ScanFixtures.Fixture> fixtures() {
    return ScanFixtures.all().stream().filter(f -> f.bytes().length < 100_000).toList();
  }

  /** Hands out at most three bytes per read, and sometimes none. */
  private static final class TrickleStream extends FilterInputStream {
    private int reads;

    TrickleStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      reads++;
      if (reads % 5 == 0 && len > 0) {
        return 0;
      }
      return super.read(b, off, Math.min(len, 1 + reads % 3));
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aStreamThatTricklesGivesTheSameScan(ScanFixtures.Fixture fixture) throws IOException {
    FileScan whole = fixture.scan();
    FileScan trickled = fixture.scan(new TrickleStream(new ByteArrayInputStream(fixture.bytes())));
    assertEquals(whole, trickled);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theScanSurvivesSerialisation(ScanFixtures.Fixture fixture)
      throws IOException, ClassNotFoundException {
    FileScan scan = fixture.scan();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(scan);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(scan, in.readObject());
    }
  }
}
