#!/usr/bin/env Rscript
# Independent reference values for MinerCapex.Analytics.BaiPerron (issue 20): Bai and Perron's (1998, 2003) multiple
# structural breaks in y ~ btc + ai + qqq (pure structural change: every coefficient, the intercept included), from R's
# strucchange: breakpoints(h = 0.15, breaks = 3) for the SSR-minimising partitions with m = 0..3 breaks, summary()'s
# RSS and BIC rows, and confint(level = 0.95) with its defaults (het.reg = TRUE, het.err = TRUE) for every m.
#
# Regenerate (Debian R with r-cran-strucchange), from the repository root:
#   Rscript tests/MinerCapex.Tests/Reference/analytics/make_baiperron_reference.R
# Input: supwald_panel.csv (the miner index, bitcoin, the AI basket and QQQ log returns on 2024-01-01..2025-12-31,
# complete rows, written from study_panel.py; see README.md).
#
# strucchange has no sup-F(l+1|l) for l >= 1 and no LWZ criterion; both are computed here by their definitions:
# - sup-F(l+1|l) (Bai and Perron 1998, section 4.2): for each segment of the l-break global partition that can hold
#   one more break (at least 2h rows), the Chow statistic of one extra break at tau on the segment alone,
#   F(tau) = (S_seg - S_seg(tau)) / (S_seg(tau) / (n_seg - 2k)), with both sub-segments at least h rows long; the
#   statistic is the largest over segments and tau. This is the scale of strucchange's Fstats (checked for l = 0 against
#   Fstats(from = h, to = n - h)) and of Bai and Perron's (2003) tables (the F statistic times q).
# - LWZ (Liu, Wu and Zidek 1997; Bai and Perron 2003, eq. 4): log(S_m / (n - p*)) + (p* / n) * 0.299 * log(n)^2.1,
#   p* = (m + 1) k + m.
# - its Newey-West version, as Bai and Perron's (2003) code computes it with robust = 1: in each such regime, at the
#   split with the least SSR, the Wald statistic of a shift in all coefficients with sandwich::NeweyWest (Bartlett,
#   lag floor(4 (n_seg/100)^(2/9)), prewhite = FALSE, adjust = FALSE), times (n_seg - 2k) / n_seg; the largest over regimes.
suppressPackageStartupMessages({ library(strucchange); library(sandwich) })
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("--file=", "", args[grep("--file=", args)])))
d <- read.csv(file.path(here, "supwald_panel.csv"))
dat <- data.frame(y = d$MINERS, btc = d$BTC.USD, ai = d$AI_CAPEX, qqq = d$QQQ)
n <- nrow(dat); k <- 4L; M <- 3L
bp <- breakpoints(y ~ btc + ai + qqq, data = dat, h = 0.15, breaks = M)
h <- floor(0.15 * n)
s <- summary(bp)
rss <- as.numeric(s$RSS["RSS", ]); bic <- as.numeric(s$RSS["BIC", ])
lwz <- sapply(0:M, function(m) { p <- (m + 1) * k + m; log(rss[m + 1] / (n - p)) + p / n * 0.299 * log(n)^2.1 })
X <- cbind(1, as.matrix(dat[, c("btc", "ai", "qqq")])); y <- dat$y
ssr <- function(a, b) sum(lm.fit(X[a:b, , drop = FALSE], y[a:b])$residuals^2)  # rows a..b, 1-based

robust_wald <- function(a, tau, b) {
  rows <- a:b; len <- length(rows)
  D <- as.numeric(rows > tau)
  fit <- lm(y[rows] ~ X[rows, -1] + I(D) + I(D * X[rows, -1]))
  V <- NeweyWest(fit, lag = floor(4 * (len / 100)^(2 / 9)), prewhite = FALSE, adjust = FALSE)
  idx <- (k + 1):(2 * k); d <- coef(fit)[idx]
  (len - 2 * k) / len * as.numeric(t(d) %*% solve(V[idx, idx]) %*% d)
}
supf_next <- function(breaks) {
  edges <- c(0, breaks, n); best <- list(stat = -Inf, at = NA, segment = NA, robust = -Inf)
  for (i in seq_len(length(edges) - 1)) {
    a <- edges[i] + 1; b <- edges[i + 1]; len <- b - a + 1
    if (len < 2 * h) next
    s0 <- ssr(a, b); least <- Inf; where <- NA
    for (tau in (a - 1 + h):(b - h)) {  # tau = last row of the first sub-segment
      s1 <- ssr(a, tau) + ssr(tau + 1, b)
      f <- (s0 - s1) / (s1 / (len - 2 * k))
      if (f > best$stat) { best$stat <- f; best$at <- tau; best$segment <- i }
      if (s1 < least) { least <- s1; where <- tau }
    }
    best$robust <- max(best$robust, robust_wald(a, where, b))
  }
  best
}
parts <- lapply(1:M, function(m) breakpoints(bp, breaks = m)$breakpoints)
supf <- lapply(0:(M - 1), function(l) supf_next(if (l == 0) integer(0) else parts[[l]]))
fs <- Fstats(y ~ btc + ai + qqq, data = dat, from = h, to = n - h)
ci <- lapply(1:M, function(m) confint(bp, breaks = m, level = 0.95)$confint)

# The distribution function of the argmax (Bai 1997, Appendix B) that confint inverts, on a grid of fixed inputs.
grid <- expand.grid(x = c(-40, -7.5, -1, -0.01, 0.02, 0.8, 6, 35), xi = c(0.6, 1, 1.7), phi1 = c(0.8, 1), phi2 = c(1, 1.4))
grid$p <- mapply(function(x, xi, phi1, phi2) strucchange:::pargmaxV(x, xi = xi, phi1 = phi1, phi2 = phi2), grid$x, grid$xi, grid$phi1, grid$phi2)

num <- function(v) paste0("[", paste(sprintf("%.17g", v), collapse = ", "), "]")
int <- function(v) paste0("[", paste(v, collapse = ", "), "]")
str <- function(v) paste0("[", paste0('"', v, '"', collapse = ", "), "]")
# A break b (strucchange: the last row of a regime, 1-based) is dated by the first session of the next regime, row b + 1.
date_of <- function(b) d$date[pmin(pmax(b + 1, 1), n)]
out <- c("{", sprintf(' "generator": "make_baiperron_reference.R", "n": %d, "h": %d, "k": %d, "max_breaks": %d,', n, h, k, M),
  sprintf(' "rss": %s, "bic": %s, "lwz": %s, "bic_breaks": %d, "lwz_breaks": %d,', num(rss), num(bic), num(lwz), which.min(bic) - 1, which.min(lwz) - 1),
  sprintf(' "fstats_sup": %.17g, "fstats_at": %d,', max(fs$Fstats), fs$breakpoint),
  ' "partitions": [')
for (m in 1:M) {
  c0 <- ci[[m]]
  out <- c(out, sprintf('  {"m": %d, "breaks": %s, "dates": %s, "lower": %s, "upper": %s, "lower_dates": %s, "upper_dates": %s}%s', m,
    int(parts[[m]]), str(date_of(parts[[m]])), int(c0[, 1]), int(c0[, 3]), str(date_of(c0[, 1])), str(date_of(c0[, 3])), if (m < M) "," else ""))
}
out <- c(out, ' ],', ' "supf_next": [')
for (l in 0:(M - 1)) {
  r <- supf[[l + 1]]
  out <- c(out, sprintf('  {"l": %d, "stat": %.17g, "at": %d, "segment": %d, "robust": %.17g}%s', l, r$stat, r$at, r$segment, r$robust, if (l < M - 1) "," else ""))
}
out <- c(out, ' ],', sprintf(' "pargmaxv": {"x": %s, "xi": %s, "phi1": %s, "phi2": %s, "p": %s}', num(grid$x), num(grid$xi), num(grid$phi1), num(grid$phi2), num(grid$p)), "}")
writeLines(out, file.path(here, "baiperron_reference.json"))
print(s); print(ci); cat("LWZ:", lwz, "\nsup-F(l+1|l):", sapply(supf, `[[`, "stat"), " Newey-West:", sapply(supf, `[[`, "robust"), " Fstats sup:", max(fs$Fstats), "\n")
