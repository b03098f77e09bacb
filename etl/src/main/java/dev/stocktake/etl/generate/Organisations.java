package dev.stocktake.etl.generate;

import dev.stocktake.etl.generate.GenerationProfile.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Makes the organisation at any index: its group, region, country, language, a plausible name and
 * its consent to be quoted. A pure function of (seed, index).
 */
final class Organisations {
  private static final long SALT = Mix.of("organisation");
  private static final String[] MINISTRIES = {
    "Ministry of Foreign Affairs", "Ministry of the Interior", "Department of Internal Affairs",
    "Ministry of Digital Affairs", "Office of the Prime Minister", "Ministry of Justice"
  };
  private static final String[] COMPANY_WORDS = {
    "Stream", "Social", "Cloud", "Video", "Chat", "Forum", "Play", "Link", "Share", "Search"
  };
  private static final String[] COMPANY_SUFFIX = {
    "Ltd", "Inc", "Group", "Technologies", "Networks"
  };
  private static final String[] CIVIL_WORDS = {
    "Digital Rights",
    "Open Internet",
    "Human Rights Online",
    "Media Freedom",
    "Community Safety",
    "Counter-Extremism Research",
    "Victims' Support"
  };
  private static final String[] CIVIL_KIND = {
    "Network", "Foundation", "Centre", "Alliance", "Institute"
  };
  private static final String[] PARTNER_NAMES = {
    "Regional Internet Forum",
    "University Research Centre",
    "Industry Association",
    "Intergovernmental Working Group",
    "Tech Against Terrorism partner programme"
  };

  /** Shares of consent states: full, anonymous, withheld, pending. */
  private static final double[] CONSENT = {0.30, 0.35, 0.10, 0.25};

  private static final String[] CONSENT_NAMES = {"full", "anonymous", "withheld", "pending"};

  private final long seed;
  private final List<String> groups;
  private final double[] groupWeights;
  private final List<Region> regions;
  private final double[] regionWeights;
  private final List<List<Map.Entry<String, String>>> countries = new ArrayList<>();
  private final int idDigits;

  Organisations(long seed, List<String> groups, GenerationProfile profile, long organisations) {
    this.seed = seed;
    this.groups = List.copyOf(groups);
    this.groupWeights =
        groups.stream()
            .mapToDouble(
                g -> profile.groupMix().getOrDefault(g, profile.groupMix().isEmpty() ? 1.0 : 0.0))
            .toArray();
    this.regions = profile.regions();
    this.regionWeights = regions.stream().mapToDouble(Region::weight).toArray();
    for (Region region : regions) {
      countries.add(new ArrayList<>(new TreeMap<>(region.countries()).entrySet()));
    }
    this.idDigits = Math.max(4, String.valueOf(organisations).length());
  }

  Organisation at(long index) {
    SplittableRandom random = Mix.random(seed, SALT, index);
    String group = groups.get(pick(random, groupWeights));
    int region = pick(random, regionWeights);
    Map.Entry<String, String> country =
        countries.get(region).get(random.nextInt(countries.get(region).size()));
    String consent = CONSENT_NAMES[pick(random, CONSENT)];
    // Locale.ROOT: ids must be ASCII digits whatever the machine's locale.
    String id = String.format(Locale.ROOT, "org-%0" + idDigits + "d", index + 1);
    return new Organisation(
        index,
        id,
        name(random, group, country.getKey()),
        group,
        regions.get(region).id(),
        country.getKey(),
        country.getValue(),
        consent);
  }

  private static String name(SplittableRandom random, String group, String country) {
    return switch (group) {
      case "government" -> MINISTRIES[random.nextInt(MINISTRIES.length)] + ", " + country;
      case "online_service_provider" ->
          COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)]
              + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)].toLowerCase(Locale.ROOT)
              + " "
              + COMPANY_SUFFIX[random.nextInt(COMPANY_SUFFIX.length)];
      case "civil_society" ->
          CIVIL_WORDS[random.nextInt(CIVIL_WORDS.length)]
              + " "
              + CIVIL_KIND[random.nextInt(CIVIL_KIND.length)]
              + " "
              + country;
      default -> PARTNER_NAMES[random.nextInt(PARTNER_NAMES.length)] + " (" + country + ")";
    };
  }

  static int pick(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
