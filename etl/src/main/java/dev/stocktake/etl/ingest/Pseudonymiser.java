package dev.stocktake.etl.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns respondent ids into keyed pseudonyms: the first 128 bits of HMAC-SHA-256(key, id), in hex.
 * The same id gets the same pseudonym in every round (so panels can be followed) and under the same
 * key in every run; without the key, pseudonyms cannot be linked back to ids.
 */
public final class Pseudonymiser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Shortest key accepted, in bytes: shorter keys can be guessed. */
  public static final int MIN_KEY_BYTES = 16;

  private final byte[] key;
  // A Mac is not thread-safe, and the tasks of an executor share one pseudonymiser when it is
  // broadcast: each thread gets its own. Made on first use (a race makes a second one, harmlessly).
  private transient volatile ThreadLocal<Mac> macs;

  /** A pseudonymiser with {@code key}, or one that keeps ids as they are if {@code key} is null. */
  public Pseudonymiser(byte[] key) {
    if (key != null && key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the pseudonymisation key has " + key.length + " bytes; use at least " + MIN_KEY_BYTES);
    }
    this.key = key == null ? null : key.clone();
  }

  /** Whether ids are kept raw (the community edition, when the project asks for it). */
  public boolean keepsRawIds() {
    return key == null;
  }

  public String pseudonym(String respondentId) {
    if (respondentId == null || key == null) {
      return respondentId;
    }
    ThreadLocal<Mac> local = macs;
    if (local == null) {
      local = ThreadLocal.withInitial(this::newMac);
      macs = local;
    }
    byte[] digest = local.get().doFinal(respondentId.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available in this Java runtime", e);
    }
  }
}
