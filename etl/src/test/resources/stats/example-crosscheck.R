# Comparisons of the example project recomputed by R straight from its raw response files, for
# CompareAgreesWithRTest: Stocktake's ingest + compare must give the same figures.
#
# Regenerate from the repository root with
#
#   Rscript etl/src/test/resources/stats/example-crosscheck.R [comparisons.csv]
#
# which rewrites etl/src/test/resources/stats/example-crosscheck.csv beside this script. The CSV is
# checked in, so the test never needs R. Base R only.
#
# What it replicates, independently of Stocktake's code, from
# examples/christchurch-call-consultation/rounds/{2020,2022}/responses.csv:
#   - of several submissions by one respondent in a round, only the latest by submitted_at is kept
#     (ties: the later line); every other row is kept (the example has no invalid rows);
#   - the status likert questions are compared on the scale not_started < planned <
#     partially_implemented|substantially_implemented < implemented: v2 (round 2022) splits v1's
#     in_progress in two, so both new codes are merged and v1's in_progress is that category;
#   - independent samples: everyone who answered in each round (for a group: by that round's
#     group); panel: respondents who answered in both rounds (for a group: by the later round's);
#   - likert and numbers: wilcox.test(later, earlier, exact = FALSE, correct = TRUE), W of the later
#     round with the rank-biserial 2W / (n1 n2) - 1; panel: the same paired, V with the matched-
#     pairs rank-biserial 4V / (n (n + 1)) - 1 over the n non-zero differences;
#   - yes/no: chisq.test(rounds x (yes, no), correct = FALSE) with Cramér's V, or fisher.test when
#     an expected count is below 5 (effect: the sample odds ratio); panel: mcnemar.test with the
#     change of the proportion of "yes", (c - b) / N;
#   - where R has no figure (every panel difference zero: p NaN) the row's p and effect are NA and
#     Stocktake must report its documented "no variation" values instead (p 1, effect 0, a note);
#   - multi-choice, per choice: prop.test(c(x_from, x_to), c(n_from, n_to), correct = FALSE) over
#     those who answered the question, effect x_to / n_to - x_from / n_from.
#
# p_adjusted (Benjamini-Hochberg) is over every comparison of the pair of rounds, which this script
# does not recompute. Given Stocktake's own comparisons.csv (`stocktake compare` writes it to
# out/comparisons.csv), it fills p_adjusted with p.adjust(p, "BH") over that file's 2020 -> 2022
# rows; without the argument p_adjusted is left NA and the test does not check it.
#
# Columns: question, group, design (independent | panel), test (Stocktake's name), choice (the code
# of a per-choice test, else empty), n_from, n_to, statistic, p, effect, p_adjusted; numbers are
# format(x, digits = 17) so they read back exactly.

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out <- file.path(dirname(normalizePath(script)), "example-crosscheck.csv")
stocktake <- commandArgs(trailingOnly = TRUE)
example <- "examples/christchurch-call-consultation/rounds"
if (!dir.exists(example)) stop("run this script from the repository root: no ", example)

# --- Reading and de-duplicating ------------------------------------------------------------------

read_round <- function(round) {
  d <- read.csv(file.path(example, round, "responses.csv"), colClasses = "character",
                na.strings = character(0), encoding = "UTF-8")
  d$line <- seq_len(nrow(d))
  # ISO UTC timestamps of one fixed format sort as text; ties go to the later line.
  d <- d[order(d$respondent_id, d$submitted_at, d$line), ]
  d <- d[!duplicated(d$respondent_id, fromLast = TRUE), ]
  rownames(d) <- d$respondent_id
  d
}
r2020 <- read_round("2020")
r2022 <- read_round("2022")
stopifnot(nrow(r2020) == 240, nrow(r2022) == 300)
names(r2020)[names(r2020) == "org_region"] <- "hq_region"

# --- Harmonisation -------------------------------------------------------------------------------

status_rank <- c(not_started = 1, planned = 2, in_progress = 3, partially_implemented = 3,
                 substantially_implemented = 3, implemented = 4)
rank_status <- function(v) {
  v <- v[v != ""]
  stopifnot(all(v %in% names(status_rank)))
  unname(status_rank[v])
}

# --- Output --------------------------------------------------------------------------------------

full <- function(v) if (is.na(v)) "NA" else format(v, digits = 17)
rows <- list()
add <- function(question, group, design, test, n_from, n_to, statistic, p, effect, choice = "") {
  rows[[length(rows) + 1L]] <<- data.frame(
    question = question, group = group, design = design, test = test, choice = choice,
    n_from = n_from, n_to = n_to, statistic = full(unname(statistic)), p = full(p),
    effect = full(unname(effect)), stringsAsFactors = FALSE)
}
in_group <- function(d, group) if (group == "all") d else d[d$group == group, ]

# --- Comparisons ---------------------------------------------------------------------------------

# Mann-Whitney of the later round (x) against the earlier (y).
independent_ranks <- function(question, group, to_number) {
  x <- to_number(in_group(r2022, group)[[question]])
  y <- to_number(in_group(r2020, group)[[question]])
  w <- wilcox.test(x, y, exact = FALSE, correct = TRUE)
  add(question, group, "independent", "mann_whitney", length(y), length(x), w$statistic,
      w$p.value, 2 * w$statistic / (length(x) * length(y)) - 1)
}

# Respondents of both rounds who answered in both, grouped by the later round's group.
panel_of <- function(question, group) {
  later <- in_group(r2022, group)
  later <- later[later[[question]] != "", ]
  earlier <- r2020[r2020[[question]] != "", ]
  ids <- intersect(rownames(earlier), rownames(later))
  list(from = earlier[ids, question], to = later[ids, question])
}

panel_ranks <- function(question, group, to_number) {
  p <- panel_of(question, group)
  x <- to_number(p$to)
  y <- to_number(p$from)
  w <- wilcox.test(x, y, paired = TRUE, exact = FALSE, correct = TRUE)
  n <- sum(x != y)
  add(question, group, "panel", "wilcoxon_signed_rank", length(x), length(x), w$statistic,
      w$p.value, 4 * w$statistic / (n * (n + 1)) - 1)
}

independent_yes_no <- function(question, group) {
  count <- function(d) {
    v <- in_group(d, group)[[question]]
    c(yes = sum(v == "yes"), no = sum(v == "no"))
  }
  tab <- rbind(count(r2020), count(r2022))
  expected <- outer(rowSums(tab), colSums(tab)) / sum(tab)
  if (min(expected) < 5) {
    f <- fisher.test(tab)
    add(question, group, "independent", "fisher", sum(tab[1, ]), sum(tab[2, ]), NA, f$p.value,
        (tab[1, 1] * tab[2, 2]) / (tab[1, 2] * tab[2, 1]))
  } else {
    x <- chisq.test(tab, correct = FALSE)
    add(question, group, "independent", "chi_square", sum(tab[1, ]), sum(tab[2, ]), x$statistic,
        x$p.value, sqrt(x$statistic / sum(tab)))
  }
}

panel_yes_no <- function(question, group) {
  p <- panel_of(question, group)
  a <- sum(p$from == "yes" & p$to == "yes")
  b <- sum(p$from == "yes" & p$to == "no")
  c <- sum(p$from == "no" & p$to == "yes")
  d <- sum(p$from == "no" & p$to == "no")
  m <- mcnemar.test(matrix(c(a, c, b, d), 2))
  n <- a + b + c + d
  add(question, group, "panel", "mcnemar", n, n, m$statistic, m$p.value, (c - b) / n)
}

per_choice <- function(question, group, choice) {
  answers <- function(d) {
    v <- in_group(d, group)[[question]]
    v[v != ""]
  }
  chose <- function(v) sum(vapply(strsplit(v, " ", fixed = TRUE), function(s) choice %in% s, NA))
  from <- answers(r2020)
  to <- answers(r2022)
  x <- c(chose(from), chose(to))
  n <- c(length(from), length(to))
  # R warns that the approximation may be poor on small counts; Stocktake runs it regardless.
  t <- suppressWarnings(prop.test(x, n, correct = FALSE))
  add(question, group, "independent", "two_proportion", n[1], n[2], t$statistic, t$p.value,
      x[2] / n[2] - x[1] / n[1], choice = choice)
}

number <- function(v) as.numeric(v[v != ""])

for (q in c("status_crisis_response", "status_human_rights")) {
  independent_ranks(q, "all", rank_status)
  panel_ranks(q, "all", rank_status)
}
independent_ranks("status_crisis_response", "government", rank_status)
panel_ranks("status_crisis_response", "government", rank_status)
independent_ranks("status_info_sharing", "civil_society", rank_status)
independent_yes_no("has_crisis_protocol", "all")
panel_yes_no("has_crisis_protocol", "all")
independent_yes_no("has_crisis_protocol", "online_service_provider")
for (choice in c("gifct", "bilateral_dialogue", "call_secretariat")) {
  per_choice("engagement_channels", "all", choice)
}
per_choice("engagement_channels", "partner", "ccan")
independent_ranks("staff_tvec", "all", number)
panel_ranks("staff_tvec", "all", number)

crosscheck <- do.call(rbind, rows)

# --- Benjamini-Hochberg over Stocktake's own p-values, when given ---------------------------------

crosscheck$p_adjusted <- "NA"
if (length(stocktake) == 1) {
  s <- read.csv(stocktake, colClasses = "character", na.strings = "")
  s <- s[s$from_round == "2020" & s$to_round == "2022", ]
  s$choice[is.na(s$choice)] <- ""
  adjusted <- p.adjust(as.numeric(s$p), "BH")
  key <- function(d) paste(d$question, d$group, d$design, d$choice, sep = "/")
  at <- match(key(crosscheck), key(s))
  if (anyNA(at)) stop("not in ", stocktake, ": ", paste(key(crosscheck)[is.na(at)], collapse = ", "))
  crosscheck$p_adjusted <- vapply(adjusted[at], full, "")
}

write.csv(crosscheck, out, row.names = FALSE, na = "NA")
cat(sprintf("%d comparisons written to %s with %s\n", nrow(crosscheck), out, R.version.string))
