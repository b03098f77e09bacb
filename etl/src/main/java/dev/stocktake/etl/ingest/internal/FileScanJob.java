package dev.stocktake.etl.ingest.internal;

import dev.stocktake.etl.ingest.scan.FileScan;
import dev.stocktake.etl.ingest.scan.RecordScanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Scans every response file once for its physical records, as a Spark job with one task per file,
 * so the files are read where Spark runs and in parallel. Only each file's summary comes back.
 */
public final class FileScanJob {
  private FileScanJob() {}

  public static List<FileScan> scan(SparkSession spark, List<ResponseFile> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return context.parallelize(files, files.size()).map(FileScanJob::scanOne).collect();
  }

  private static FileScan scanOne(ResponseFile file) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(java.net.URI.create(file.uri()));
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      try (InputStream in = fs.open(path)) {
        Charset charset = Charset.forName(file.encoding());
        return file.json()
            ? RecordScanner.scanJsonLines(file.display(), in, charset)
            : RecordScanner.scanCsv(file.display(), in, charset, file.delimiter());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.display(), e);
    }
  }
}
