#!/usr/bin/env Rscript
# Independent reference values for MinerCapex.Analytics.SupWaldTests (issue 20): Andrews' (1993) sup-Wald break scan
# with Newey-West covariance, from R's sandwich (NeweyWest, Bartlett kernel, prewhite = FALSE, adjust = FALSE: the
# statsmodels 'HAC' convention the library follows) and, for the test of all coefficients, strucchange's Fstats with
# the same covariance as a second check.
#
# Regenerate (Debian R with r-cran-sandwich and r-cran-strucchange), from the repository root:
#   Rscript tests/MinerCapex.Tests/Reference/analytics/make_supwald_reference.R
# The input supwald_panel.csv is written by study_panel.py's panel (see README.md for the one-line command).
#
# Input: supwald_panel.csv, the miner index, bitcoin, the AI basket and QQQ log returns on 2024-01-01..2025-12-31
# (complete rows), from study_panel.py. Candidates: rows j = edge .. n - edge (0-based, first row of the second regime),
# edge = max(k + q + 2, ceiling(0.15 n)); the Newey-West lag is floor(4 (n/100)^(2/9)).
suppressPackageStartupMessages({ library(sandwich); library(strucchange) })
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("--file=", "", args[grep("--file=", args)])))
d <- read.csv(file.path(here, "supwald_panel.csv"))
y <- d$MINERS; X <- as.matrix(d[, c("BTC.USD", "AI_CAPEX", "QQQ")]); colnames(X) <- c("btc", "ai", "qqq")
n <- length(y); lag <- floor(4 * (n / 100)^(2 / 9))

scan <- function(tested) {
  q <- length(tested)
  edge <- max(ncol(X) + q + 2, ceiling(0.15 * n))
  w <- sapply(edge:(n - edge), function(j) {
    D <- as.numeric(seq_len(n) > j)
    S <- sapply(tested, function(t) if (t == "const") D else D * X[, t])
    fit <- lm(y ~ X + S)
    V <- NeweyWest(fit, lag = lag, prewhite = FALSE, adjust = FALSE)
    idx <- (ncol(X) + 2):(ncol(X) + 1 + q)
    b <- coef(fit)[idx]
    as.numeric(t(b) %*% solve(V[idx, idx, drop = FALSE]) %*% b)
  })
  list(edge = edge, wald = w, first = d$date[edge + 1], best = d$date[edge + which.max(w)])
}
sets <- list(all = c("const", "btc", "ai", "qqq"), bitcoin = "btc", ai = "ai")
res <- lapply(sets, scan)

# strucchange's Fstats with the same Newey-West covariance, all coefficients, same candidates.
fs <- Fstats(y ~ X, from = res$all$edge, to = n - res$all$edge, vcov. = function(x, ...) NeweyWest(x, lag = lag, prewhite = FALSE, adjust = FALSE))

num <- function(v) paste0("[", paste(sprintf("%.17g", v), collapse = ", "), "]")
out <- c("{", sprintf(' "generator": "make_supwald_reference.R", "n": %d, "lag": %d,', n, lag))
for (k in names(res)) {
  r <- res[[k]]
  out <- c(out, sprintf(' "%s": {"edge": %d, "first_break": "%s", "best_break": "%s", "sup_wald": %.17g, "wald": %s},', k, r$edge, r$first, r$best, max(r$wald), num(r$wald)))
}
out <- c(out, sprintf(' "strucchange_all": {"stat": %s}', num(as.numeric(fs$Fstats))), "}")
writeLines(out, file.path(here, "supwald_reference.json"))
cat("sup-Wald:", sapply(res, function(r) max(r$wald)), " strucchange max:", max(fs$Fstats), " ratio:", max(fs$Fstats) / max(res$all$wald), "\n")
