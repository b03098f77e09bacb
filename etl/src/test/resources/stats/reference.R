# Reference figures for dev.stocktake.etl.stats, computed by R itself.
#
# Regenerate the fixtures from the repository root with
#
#   Rscript etl/src/test/resources/stats/reference.R
#
# which rewrites etl/src/test/resources/stats/reference.csv beside this script. The CSV is checked
# in: ReferenceTest replays every row against the Java code, so the tests never need R.
#
# One row per case. Columns:
#   case       a name saying what the case is about
#   test       which Java entry point the row is for (wilson, chi-square, fisher-exact,
#              two-proportions, mann-whitney-samples, mann-whitney-counts, signed-rank-differences,
#              signed-rank-counts, mcnemar, benjamini-hochberg, descriptives-samples,
#              descriptives-counts)
#   input      what Java receives, as key=value pairs separated by spaces; lists are comma
#              separated, table rows are separated by "/", difference counts are difference:count
#   r_call     the R expression that produced the figures; paste it into R to check a row
#   status     what the Java result must report (TestResult.Status): OK when R's figures are the
#              answer; NO_VARIATION or NOT_APPLICABLE where R has no figure (NaN, NA or an error)
#              and Java reports its documented value instead (p = 1, ...)
#   note       why a row differs from a plain R call, or the error R stops with
#   statistic, df, p
#              R's figures, format(x, digits = 17) so they read back exactly
#   effect     the effect size by the Java class's documented formula, computed here from R's
#              figures (R has no effect sizes for these tests)
#   lower, upper
#              the Wilson interval
#   values     vector results separated by ";": adjusted p-values in input order, or
#              n=...;mean=...;median=...;q1=...;q3=... for descriptives
#
# Counts for the "-counts" tests are over ordered levels 1..K, so R receives rep(1:K, counts).

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out <- file.path(dirname(normalizePath(script)), "reference.csv")

rows <- list()

full <- function(v) {
  vapply(v, function(e) if (is.na(e) && !is.nan(e)) "NA" else format(e, digits = 17), "")
}
ints <- function(v) paste(format(as.vector(v), scientific = FALSE, trim = TRUE), collapse = ",")
dbls <- function(v) paste(full(as.vector(v)), collapse = ",")
vec <- function(v) if (length(v) == 0) "numeric(0)" else sprintf("c(%s)", dbls(v))

# Evaluates an R call, keeping the error message instead of stopping when R refuses the data.
run <- function(call) {
  tryCatch(suppressWarnings(eval(parse(text = call))),
           error = function(e) structure(list(), error = conditionMessage(e)))
}
said <- function(result) if (is.null(attr(result, "error"))) "" else paste("R stops:", attr(result, "error"))
field <- function(result, name) if (is.null(result[[name]])) NA else unname(result[[name]])

add <- function(case, test, input, call, status = "OK", note = "", statistic = NA, df = NA,
                p = NA, effect = NA, lower = NA, upper = NA, values = "") {
  rows[[length(rows) + 1L]] <<- data.frame(
    case = case, test = test, input = input, r_call = call, status = status, note = note,
    statistic = full(statistic), df = full(df), p = full(p), effect = full(effect),
    lower = full(lower), upper = full(upper), values = values, stringsAsFactors = FALSE)
}

wilson <- function(case, x, n, conf = 0.95) {
  # format(conf) is short and still reads back as the same double.
  call <- sprintf("prop.test(%s, %s, conf.level = %s, correct = FALSE)$conf.int",
                  ints(x), ints(n), format(conf))
  ci <- run(call)
  input <- sprintf("x=%s n=%s confidence=%s", ints(x), ints(n), format(conf))
  if (n == 0) {
    add(case, "wilson", input, call, "NOT_APPLICABLE",
        paste(said(ci), "- Java gives the interval (NaN, NaN)"))
  } else {
    add(case, "wilson", input, call, lower = ci[1], upper = ci[2])
  }
}

chisq <- function(case, tab) {
  input <- paste0("table=", paste(apply(tab, 1, ints), collapse = "/"))
  kept <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
  if (nrow(kept) < 2 || ncol(kept) < 2) {
    return(add(case, "chi-square", input, "", "NOT_APPLICABLE",
               "fewer than two non-empty rows or columns: no test"))
  }
  call <- sprintf("chisq.test(matrix(c(%s), nrow = %d), correct = FALSE)", ints(kept), nrow(kept))
  r <- run(call)
  note <- if (all(dim(kept) == dim(tab))) "" else
    "empty rows or columns dropped first, as Java does; on the full table R gives NaN"
  v <- sqrt(r$statistic / (sum(kept) * (min(dim(kept)) - 1)))
  add(case, "chi-square", input, call, note = note, statistic = r$statistic, df = r$parameter,
      p = r$p.value, effect = v)
}

fisher <- function(case, a, b, c, d) {
  call <- sprintf("fisher.test(matrix(c(%s, %s, %s, %s), 2))$p.value",
                  ints(a), ints(c), ints(b), ints(d))
  add(case, "fisher-exact", sprintf("a=%s b=%s c=%s d=%s", ints(a), ints(b), ints(c), ints(d)),
      call, p = run(call), effect = (as.numeric(a) * d) / (as.numeric(b) * c))
}

prop2 <- function(case, x1, n1, x2, n2) {
  call <- sprintf("prop.test(c(%s, %s), c(%s, %s), correct = FALSE)",
                  ints(x1), ints(x2), ints(n1), ints(n2))
  r <- run(call)
  input <- sprintf("x1=%s n1=%s x2=%s n2=%s", ints(x1), ints(n1), ints(x2), ints(n2))
  effect <- if (n1 > 0 && n2 > 0) x2 / n2 - x1 / n1 else NA
  if (n1 == 0 || n2 == 0 || x1 + x2 == 0 || x1 + x2 == n1 + n2) {
    note <- if (said(r) != "") said(r) else "no one or everyone succeeded: R's X-squared is NaN"
    return(add(case, "two-proportions", input, call, "NOT_APPLICABLE", note,
               statistic = field(r, "statistic"), df = field(r, "parameter"),
               p = field(r, "p.value"), effect = effect))
  }
  add(case, "two-proportions", input, call, statistic = r$statistic, df = r$parameter,
      p = r$p.value, effect = effect)
}

# x and y are the R vectors; input is what Java gets.
mw <- function(case, test, input, xs, ys) {
  call <- sprintf("wilcox.test(%s, %s, exact = FALSE, correct = TRUE)", xs, ys)
  x <- eval(parse(text = xs))
  y <- eval(parse(text = ys))
  r <- run(call)
  if (length(x) == 0 || length(y) == 0) {
    return(add(case, test, input, call, "NOT_APPLICABLE", said(r)))
  }
  effect <- 2 * r$statistic / (as.numeric(length(x)) * length(y)) - 1
  if (length(unique(c(x, y))) == 1) {
    return(add(case, test, input, call, "NO_VARIATION",
               "all values tied: R's p is NaN, Java's is 1",
               statistic = r$statistic, p = r$p.value, effect = effect))
  }
  add(case, test, input, call, statistic = r$statistic, p = r$p.value, effect = effect)
}
mw_samples <- function(case, x, y) {
  mw(case, "mann-whitney-samples", sprintf("x=%s y=%s", dbls(x), dbls(y)),
     vec(x), vec(y))
}
mw_counts <- function(case, x, y) {
  k <- length(x)
  mw(case, "mann-whitney-counts", sprintf("x=%s y=%s", ints(x), ints(y)),
     sprintf("rep(1:%d, c(%s))", k, ints(x)), sprintf("rep(1:%d, c(%s))", k, ints(y)))
}

signed <- function(case, test, input, xs, ys) {
  call <- sprintf("wilcox.test(%s, %s, paired = TRUE, exact = FALSE, correct = TRUE)", xs, ys)
  d <- eval(parse(text = xs)) - eval(parse(text = ys))
  r <- run(call)
  if (length(d) == 0) {
    return(add(case, test, input, call, "NOT_APPLICABLE", said(r)))
  }
  n <- sum(d != 0)
  if (n == 0) {
    return(add(case, test, input, call, "NO_VARIATION",
               "all differences zero: R's p is NaN, Java's is 1 and its effect 0",
               statistic = r$statistic, p = r$p.value, effect = 0))
  }
  add(case, test, input, call, statistic = r$statistic, p = r$p.value,
      effect = 4 * r$statistic / (n * (n + 1)) - 1)
}
signed_differences <- function(case, x, y) {
  signed(case, "signed-rank-differences", paste0("d=", dbls(x - y)),
         vec(x), vec(y))
}
# A panel of ordinal answers: pairs (first, second) with how many respondents moved that way. R
# gets the pairs; Java gets the counts of second - first.
signed_counts <- function(case, first, second, count) {
  diffs <- tapply(count, second - first, sum)
  signed(case, "signed-rank-counts",
         paste0("diffs=", paste(names(diffs), format(as.vector(diffs), scientific = FALSE, trim = TRUE),
                                sep = ":", collapse = ",")),
         sprintf("rep(c(%s), c(%s))", ints(second), ints(count)),
         sprintf("rep(c(%s), c(%s))", ints(first), ints(count)))
}

mcnemar <- function(case, a, b, c, d) {
  call <- sprintf("mcnemar.test(matrix(c(%s, %s, %s, %s), 2))", ints(a), ints(c), ints(b), ints(d))
  r <- run(call)
  input <- sprintf("a=%s b=%s c=%s d=%s", ints(a), ints(b), ints(c), ints(d))
  N <- as.numeric(a) + b + c + d
  if (b + c == 0) {
    return(add(case, "mcnemar", input, call, "NOT_APPLICABLE",
               "no discordant pairs: R's statistic is NaN, Java's p is 1",
               statistic = r$statistic, df = r$parameter, p = r$p.value,
               effect = if (N > 0) (c - b) / N else NA))
  }
  add(case, "mcnemar", input, call, statistic = r$statistic, df = r$parameter, p = r$p.value,
      effect = (c - b) / N)
}

bh <- function(case, p) {
  call <- sprintf("p.adjust(c(%s), method = \"BH\")", dbls(p))
  add(case, "benjamini-hochberg", paste0("p=", dbls(p)), call,
      values = paste(full(run(call)), collapse = ";"))
}

describe <- function(case, test, input, xs) {
  call <- sprintf(paste0("{ x <- %s; c(n = length(x), mean = mean(x), median = median(x), ",
                         "quantile(x, c(0.25, 0.75), type = 7)) }"), xs)
  r <- run(call)
  note <- if (length(eval(parse(text = xs))) == 0) "no values: Java gives NaN where R gives NA" else ""
  add(case, test, input, call, note = note,
      values = paste0(c("n", "mean", "median", "q1", "q3"), "=", full(r), collapse = ";"))
}
describe_samples <- function(case, x) {
  describe(case, "descriptives-samples", paste0("x=", dbls(x)), vec(x))
}
describe_counts <- function(case, values, counts) {
  describe(case, "descriptives-counts", sprintf("values=%s counts=%s", dbls(values), ints(counts)),
           sprintf("rep(c(%s), c(%s))", dbls(values), ints(counts)))
}

# Likert 1..5 for one question: not started, planned, in progress, partly implemented,
# implemented. Round A is mostly "planned", round B mostly "implemented".
likertA <- c(12, 30, 25, 10, 3)
likertB <- c(5, 14, 28, 22, 11)

# --- Wilson --------------------------------------------------------------------------------------
wilson("wilson-ordinary", 17, 40)
wilson("wilson-none", 0, 10)
wilson("wilson-all", 10, 10)
wilson("wilson-one-of-one", 1, 1)
wilson("wilson-90-percent", 3, 7, 0.9)
wilson("wilson-millions", 1234567, 3000000)
wilson("wilson-empty", 0, 0)

# --- Chi-square ----------------------------------------------------------------------------------
chisq("chisq-two-rounds-three-choices", rbind(c(34, 51, 15), c(28, 40, 32)))
chisq("chisq-likert-planned-to-implemented", rbind(likertA, likertB))
chisq("chisq-three-groups-four-choices", rbind(c(10, 4, 7, 9), c(3, 12, 8, 5), c(6, 6, 14, 2)))
chisq("chisq-choice-in-one-round-only", rbind(c(20, 15, 0), c(18, 11, 9)))
chisq("chisq-choice-nobody-took", rbind(c(20, 0, 15), c(18, 0, 11)))
chisq("chisq-group-without-answers", rbind(c(20, 15, 5), c(0, 0, 0), c(18, 11, 9)))
chisq("chisq-one-round-only", rbind(c(20, 15, 5), c(0, 0, 0)))
chisq("chisq-one-choice-only", rbind(c(0, 12), c(0, 30)))
chisq("chisq-two-answers", rbind(c(1, 0), c(0, 1)))
chisq("chisq-millions-small-effect", rbind(c(1200000, 800000, 500000), c(1190000, 810000, 502000)))
chisq("chisq-p-near-1e-300", rbind(c(10200, 6800), c(6800, 10200)))
chisq("chisq-p-underflows", rbind(c(3000000, 1000000), c(1000000, 3000000)))

# --- Fisher --------------------------------------------------------------------------------------
fisher("fisher-tea-tasting", 3, 1, 1, 3)
fisher("fisher-expected-below-5", 1, 9, 11, 3)
fisher("fisher-zero-cells", 0, 5, 5, 0)
fisher("fisher-one-zero-cell", 0, 7, 4, 6)
fisher("fisher-empty-row", 0, 0, 3, 4)
fisher("fisher-one-answer", 1, 0, 0, 0)
fisher("fisher-ordinary", 23, 17, 12, 28)
fisher("fisher-p-near-1e-300", 889, 111, 111, 889)
fisher("fisher-p-subnormal", 900, 100, 100, 900)
fisher("fisher-millions", 1200000, 800000, 1190000, 810000)
fisher("fisher-p-underflows", 50000, 10, 10, 50000)

# --- Two proportions -----------------------------------------------------------------------------
prop2("prop-ordinary", 30, 100, 45, 110)
prop2("prop-one-each", 1, 1, 0, 1)
prop2("prop-tiny", 1, 3, 2, 2)
prop2("prop-no-successes", 0, 12, 0, 15)
prop2("prop-all-successes", 12, 12, 15, 15)
prop2("prop-empty-group", 0, 0, 3, 5)
prop2("prop-millions", 1500000, 3000000, 1504000, 3000000)
prop2("prop-p-near-1e-300", 37400, 68000, 30600, 68000)
prop2("prop-p-underflows", 2900000, 3000000, 100000, 3000000)

# --- Mann-Whitney --------------------------------------------------------------------------------
mw_samples("mw-no-ties", c(0.8, 1.3, 2.9, 4.1, 5.5), c(1.1, 2.2, 3.3, 6.4, 7.0, 7.7))
mw_samples("mw-ties", c(1, 2, 2, 3, 3, 3, 5), c(2, 3, 4, 4, 5, 5))
mw_samples("mw-all-identical", c(3, 3, 3), c(3, 3))
mw_samples("mw-one-each", c(1), c(2))
mw_samples("mw-one-against-two", c(2.5), c(1, 4))
mw_samples("mw-two-against-three", c(1, 2), c(2, 3, 4))
mw_samples("mw-empty-x", numeric(0), c(1, 2))
mw_counts("mw-likert-planned-to-implemented", likertB, likertA)
mw_counts("mw-likert-level-empty-in-one-round", c(0, 8, 12, 6, 4), c(5, 9, 10, 0, 1))
mw_counts("mw-counts-all-one-level", c(0, 0, 7, 0, 0), c(0, 0, 4, 0, 0))
mw_counts("mw-counts-millions", c(400000, 600000, 800000, 700000, 500000),
          c(390000, 610000, 800000, 705000, 510000))
mw_counts("mw-counts-p-near-1e-300", c(5000, 5000, 5000, 6500, 7500), c(7500, 6500, 5000, 5000, 5000))
mw_counts("mw-counts-p-underflows", c(0, 0, 0, 100000, 900000), c(900000, 100000, 0, 0, 0))

# --- Wilcoxon signed rank ------------------------------------------------------------------------
signed_differences("signed-ordinary", c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30),
                   c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29))
signed_differences("signed-ties-and-zeros", c(3, 4, 2, 5, 5, 1, 4, 3, 2), c(2, 4, 3, 3, 5, 2, 2, 1, 2))
signed_differences("signed-all-zero", c(2, 3, 4), c(2, 3, 4))
signed_differences("signed-one-pair", c(3), c(1))
signed_differences("signed-two-pairs", c(3, 1), c(1, 2))
signed_differences("signed-rounding-ties", c(1.1, 2.2, 3.3, 0.3), c(1.0, 2.1, 3.2, 0.1))
signed_counts("signed-likert-planned-to-implemented",
              first = c(1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5),
              second = c(1, 2, 2, 3, 4, 5, 2, 3, 5, 3, 4, 5),
              count = c(3, 5, 9, 12, 6, 2, 1, 10, 4, 2, 6, 3))
signed_counts("signed-counts-all-same", first = c(2, 4), second = c(2, 4), count = c(5, 3))
signed_counts("signed-counts-hundreds-of-thousands",
              first = c(1, 2, 3, 3, 4, 2), second = c(2, 4, 3, 2, 5, 1),
              count = c(150000, 90000, 300000, 120000, 80000, 70000))

# --- McNemar -------------------------------------------------------------------------------------
mcnemar("mcnemar-presidential-approval", 794, 86, 150, 570)
mcnemar("mcnemar-equal-discordant", 10, 4, 4, 12)
mcnemar("mcnemar-one-discordant", 5, 1, 0, 6)
mcnemar("mcnemar-no-discordant", 8, 0, 0, 5)
mcnemar("mcnemar-millions", 2000000, 30000, 31000, 1500000)
mcnemar("mcnemar-p-underflows", 1000000, 10000, 500000, 1000000)

# --- Benjamini-Hochberg --------------------------------------------------------------------------
bh("bh-ordinary", c(0.01, 0.04, 0.03, 0.005, 0.2, 0.5))
bh("bh-with-na", c(0.01, NA, 0.04, 0.03, NA))
bh("bh-ties", c(0.02, 0.02, 0.02, 0.9))
bh("bh-single", c(0.03))
bh("bh-single-with-na", c(NA, 0.03))
bh("bh-tiny", c(1e-300, 3e-300, 0, 0.5, 1))

# --- Descriptives --------------------------------------------------------------------------------
describe_samples("desc-odd", c(7, 1, 3, 10, 4))
describe_samples("desc-even", c(2.5, 1, 8, 4, 4, 6))
describe_samples("desc-one", c(3))
describe_samples("desc-two", c(1, 4))
describe_samples("desc-decimals", c(0.1, 0.2, 0.3, 0.7, 1.1, 1.3, 2.9))
describe_samples("desc-empty", numeric(0))
describe_counts("desc-likert-round-a", 1:5, likertA)
describe_counts("desc-likert-end-levels-empty", 1:5, c(0, 4, 9, 3, 0))
describe_counts("desc-counts-millions", c(0, 1, 2, 5, 10), c(1200000, 800000, 500000, 300001, 2))

reference <- do.call(rbind, rows)
write.csv(reference, out, row.names = FALSE, na = "NA")
cat(sprintf("%d cases written to %s with %s\n", nrow(reference), out, R.version.string))
