package dev.stocktake.etl.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Which organisations answer which round, as index ranges: round r's respondents are organisations
 * {@code [start(r), end(r))}, its roster adds {@code invitedOnly(r)} more after them. Each round
 * drops the first {@code 1 - panelShare} of the previous round's respondents and adds newcomers, so
 * membership is arithmetic and nothing is held per respondent.
 */
public final class Population {
  private final long[] start;
  private final long[] size;
  private final long[] invitedOnly;

  /**
   * @param respondents respondents of the last round
   * @param rounds number of rounds
   */
  public Population(long respondents, int rounds, GenerationProfile profile) {
    if (respondents < 1 || rounds < 1) {
      throw new IllegalArgumentException("need at least one respondent and one round");
    }
    start = new long[rounds];
    size = new long[rounds];
    invitedOnly = new long[rounds];
    size[rounds - 1] = respondents;
    for (int r = rounds - 2; r >= 0; r--) {
      size[r] = Math.max(1, Math.round(size[r + 1] / profile.growth()));
    }
    for (int r = 1; r < rounds; r++) {
      start[r] = start[r - 1] + Math.round(size[r - 1] * (1 - profile.panelShare()));
    }
    for (int r = 0; r < rounds; r++) {
      invitedOnly[r] = Math.round(size[r] * (1 / profile.responseRate() - 1));
    }
  }

  public int rounds() {
    return size.length;
  }

  public long start(int round) {
    return start[round];
  }

  public long end(int round) {
    return start[round] + size[round];
  }

  public long respondents(int round) {
    return size[round];
  }

  /** Organisations invited to the round who did not respond (listed in the roster only). */
  public long invitedOnly(int round) {
    return invitedOnly[round];
  }

  public boolean responded(long organisation, int round) {
    return organisation >= start(round) && organisation < end(round);
  }

  /** Respondents of {@code round} who also responded to the round before (0 for the first). */
  public long panel(int round) {
    return round == 0 ? 0 : Math.max(0, Math.min(end(round - 1), end(round)) - start(round));
  }

  /** The rounds an organisation responded to, oldest first. */
  public List<Integer> roundsOf(long organisation) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rounds(); r++) {
      if (responded(organisation, r)) {
        out.add(r);
      }
    }
    return out;
  }
}
