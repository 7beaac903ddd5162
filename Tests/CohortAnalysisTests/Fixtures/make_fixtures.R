# Reference cohorts and reference values for CohortAnalysisTests, computed with R (stats, pROC, rms, car).
#
# Regenerate (from the repository root; needs r-base-core, r-cran-proc, r-cran-rms, r-cran-car,
# r-cran-jsonlite; tested with R 4.2.2, pROC 1.18, rms 6.5):
#   Rscript Tests/CohortAnalysisTests/Fixtures/make_fixtures.R
#
# Writes, next to this script:
#   cohort_main.csv       125 synthetic lesions (71 ObR, 54 NR) shaped like the study (docs/DOMAIN.md §3),
#                         with IC-AP, Zeff-AP and λHU-AP built from NIC-AP (so VIF removes some) and
#                         two binary columns (one rare, so Fisher's exact test applies).
#   cohort_small.csv      48 lesions with a near-collinear pair (IC-AP ≈ 1.25·NIC-AP + noise) and a
#                         column `tmax_s` that quasi-completely separates the outcome.
#   reference.json        every number the Swift tests compare, printed with %.17g.
# The cohorts are synthetic (seeded rnorm), not patient data.
suppressMessages({ library(pROC); library(jsonlite); library(rms); library(car) })

out_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
fmt <- function(x) ifelse(is.infinite(x), ifelse(x > 0, "\"Inf\"", "\"-Inf\""),
                          ifelse(is.na(x), "null", sprintf("%.17g", x)))
num <- function(x) structure(paste0("[", paste(fmt(as.numeric(x)), collapse = ","), "]"), class = "json")
sc <- function(x) structure(fmt(as.numeric(x)), class = "json")
mat <- function(m) structure(paste0("[", paste(apply(m, 1, function(r) num(r)), collapse = ","), "]"), class = "json")

# ------------------------------------------------------------------ cohorts
set.seed(20250611)
make_main <- function() {
  n0 <- 71; n1 <- 54
  y <- c(rep(0, n0), rep(1, n1))
  size <- round(c(exp(rnorm(n0, log(33.4), 0.65)), exp(rnorm(n1, log(52), 0.7))), 1)
  nic <- round(pmax(2, c(rnorm(n0, 17.40, 9.56), rnorm(n1, 26.35, 11.98))), 2)
  ps <- round(pmax(1, c(rnorm(n0, 23.39, 16.08), rnorm(n1, 37.37, 20.44))), 2)
  ic <- round(pmax(1, 1.05 * nic + 3 + rnorm(n0 + n1, 0, 2.6)), 2)
  lambda <- round(0.05 * ic + 2 + rnorm(n0 + n1, 0, 0.9), 3)
  zeff <- round(7.9 + 0.03 * ic + 0.15 * lambda + rnorm(n0 + n1, 0, 0.1), 3)
  bf <- round(pmax(5, rnorm(n0 + n1, 80, 25)), 1)
  corona <- rbinom(n0 + n1, 1, ifelse(y == 1, 0.55, 0.35))
  pvtt <- rbinom(n0 + n1, 1, ifelse(y == 1, 0.09, 0.03))
  label <- ifelse(y == 1, sample(c("SD", "PD"), n0 + n1, TRUE, c(0.7, 0.3)),
                  sample(c("CR", "PR"), n0 + n1, TRUE, c(0.3, 0.7)))
  perm <- sample(n0 + n1)
  d <- data.frame(lesion_id = sprintf("M%03d", seq_len(n0 + n1)), outcome = label[perm],
                  size_mm = size[perm], nic_ap_percent = nic[perm], ps_ml_min_100g = ps[perm],
                  ic_ap_mg_ml = ic[perm], zeff_ap = zeff[perm], lambda_hu_ap = lambda[perm],
                  bf_ml_min_100g = bf[perm], corona_enhancement = corona[perm], pvtt = pvtt[perm])
  d
}
make_small <- function() {
  n0 <- 28; n1 <- 20
  y <- c(rep(0, n0), rep(1, n1))
  size <- round(c(exp(rnorm(n0, log(30), 0.5)), exp(rnorm(n1, log(50), 0.6))), 1)
  nic <- round(pmax(2, c(rnorm(n0, 16, 8), rnorm(n1, 28, 10))), 2)
  ps <- round(pmax(1, c(rnorm(n0, 22, 14), rnorm(n1, 38, 18))), 2)
  ic <- round(1.25 * nic + rnorm(n0 + n1, 0, 0.8), 2)
  # quasi-complete separation: every NR has tmax >= 12 s, every ObR tmax <= 12 s, one of each at 12.
  tmax <- round(c(runif(n0 - 1, 5, 11.9), 12, 12, runif(n1 - 1, 12.1, 20)), 1)
  corona <- c(rep(0, n0 - 2), 1, 1, rep(0, n1 - 5), rep(1, 5))
  perm <- sample(n0 + n1)
  data.frame(lesion_id = sprintf("S%02d", seq_len(n0 + n1)), outcome = ifelse(y == 1, "NR", "ObR")[perm],
             size_mm = size[perm], nic_ap_percent = nic[perm], ps_ml_min_100g = ps[perm],
             ic_ap_mg_ml = ic[perm], tmax_s = tmax[perm], corona_enhancement = corona[perm])
}
main <- make_main()
small <- make_small()
write.csv(main, file.path(out_dir, "cohort_main.csv"), row.names = FALSE, quote = FALSE)
write.csv(small, file.path(out_dir, "cohort_small.csv"), row.names = FALSE, quote = FALSE)
# Re-read so that every number below is computed from exactly what the CSV holds.
main <- read.csv(file.path(out_dir, "cohort_main.csv"))
small <- read.csv(file.path(out_dir, "cohort_small.csv"))

# ------------------------------------------------------------------ pieces
# glm reports vcov from the weights of its last IRLS iteration, whose start differs from the MLE by
# ~sqrt(epsilon); restarting at the estimate makes the weights (and so the SEs) those at the MLE.
at_mle <- function(fit) glm(formula(fit), family = binomial, data = fit$data, start = coef(fit),
                            control = glm.control(epsilon = 1e-14, maxit = 100))
outcome01 <- function(d) as.integer(d$outcome %in% c("SD", "PD", "NR"))

group_summary <- function(x) {
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
  list(n = length(x), mean = sc(mean(x)), sd = sc(sd(x)), median = sc(q[2]), q1 = sc(q[1]), q3 = sc(q[3]),
       ks_d = sc(suppressWarnings(ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE))$statistic),
       ks_p_asymptotic = sc(suppressWarnings(ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE))$p.value),
       ks_p_exact = sc(suppressWarnings(ks.test(x, "pnorm", mean(x), sd(x), exact = TRUE))$p.value))
}
numeric_row <- function(name, x, y) {
  a <- x[y == 0]; b <- x[y == 1]
  list(name = name, obr = group_summary(a), nr = group_summary(b),
       welch_p = sc(t.test(b, a, var.equal = FALSE)$p.value),
       student_p = sc(t.test(b, a, var.equal = TRUE)$p.value),
       mann_whitney_p_corrected = sc(wilcox.test(b, a, exact = FALSE, correct = TRUE)$p.value),
       mann_whitney_p_uncorrected = sc(wilcox.test(b, a, exact = FALSE, correct = FALSE)$p.value))
}
categorical_row <- function(name, x, y) {
  tab <- table(factor(y, levels = c(0, 1)), factor(x, levels = sort(unique(x))))
  expected <- suppressWarnings(chisq.test(tab, correct = FALSE))$expected
  list(name = name, levels = num(sort(unique(x))), counts = mat(unclass(tab)),
       min_expected = sc(min(expected)),
       pearson_chisq = sc(suppressWarnings(chisq.test(tab, correct = FALSE))$statistic),
       pearson_p = sc(suppressWarnings(chisq.test(tab, correct = FALSE))$p.value),
       fisher_p = sc(fisher.test(tab)$p.value))
}
marker <- function(name, x, y) {
  r <- roc(y, x, levels = c(0, 1), direction = "<", quiet = TRUE)
  ci <- ci.auc(r, method = "delong")
  best <- coords(r, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity", "accuracy"),
                 transpose = FALSE)
  list(name = name, auc = sc(auc(r)), variance = sc(var(r, method = "delong")), ci = num(c(ci[1], ci[3])),
       youden_threshold = num(best$threshold), youden_sensitivity = num(best$sensitivity),
       youden_specificity = num(best$specificity), youden_accuracy = num(best$accuracy))
}
vif_manual <- function(d, vars) {
  sapply(vars, function(v) {
    others <- setdiff(vars, v)
    r2 <- summary(lm(reformulate(others, v), data = d))$r.squared
    1 / (1 - r2)
  })
}
vif_elimination <- function(d, vars, limit = 5) {
  steps <- list()
  repeat {
    v <- vif_manual(d, vars)
    # car::vif on a linear model gives the same numbers (checked here, not only trusted):
    dd <- d; dd$.dummy <- seq_len(nrow(d))
    stopifnot(isTRUE(all.equal(unname(v), unname(car::vif(lm(reformulate(vars, ".dummy"), data = dd))), tolerance = 1e-10)))
    worst <- names(which.max(v))
    removed <- if (max(v) > limit && length(vars) > 2) worst else NULL
    steps[[length(steps) + 1]] <- list(predictors = vars, vif = num(unname(v)), removed = removed)
    if (is.null(removed)) break
    vars <- setdiff(vars, worst)
  }
  list(steps = steps, kept = vars)
}
backward_lr <- function(d, vars, p_remove = 0.10) {
  steps <- list()
  repeat {
    fit <- glm(reformulate(vars, "y"), family = binomial, data = d, control = glm.control(epsilon = 1e-12, maxit = 100))
    dr <- drop1(fit, test = "LRT")[-1, ]
    lr <- dr$LRT; p <- dr[["Pr(>Chi)"]]
    worst <- which.max(p)
    removed <- if (p[worst] > p_remove && length(vars) > 1) vars[worst] else NULL
    steps[[length(steps) + 1]] <- list(predictors = vars, deviance = sc(deviance(fit)), lr = num(lr), p = num(p),
                                       removed = removed)
    if (is.null(removed)) break
    vars <- vars[-worst]
  }
  # Cross-check the sequence against step() with the equivalent penalty k = qchisq(0.90, 1).
  full <- glm(reformulate(steps[[1]]$predictors, "y"), family = binomial, data = d,
              control = glm.control(epsilon = 1e-12, maxit = 100))
  st <- step(full, direction = "backward", k = qchisq(p_remove, 1, lower.tail = FALSE), trace = 0)
  stopifnot(setequal(attr(terms(st), "term.labels"), vars))
  list(steps = steps, kept = vars)
}
fit_table <- function(fit) {
  s <- summary(fit)$coefficients
  ci <- confint.default(fit)
  list(terms = rownames(s), coefficients = num(s[, 1]), standard_errors = num(s[, 2]),
       wald = num((s[, 1] / s[, 2])^2), p = num(s[, 4]), odds_ratio = num(exp(s[, 1])),
       or_low = num(exp(ci[, 1])), or_high = num(exp(ci[, 2])), deviance = sc(deviance(fit)),
       null_deviance = sc(fit$null.deviance), aic = sc(AIC(fit)), covariance = mat(vcov(fit)))
}
hosmer_lemeshow <- function(y, p, g = 10) {
  breaks <- unique(quantile(p, probs = seq(0, 1, 1 / g), type = 7))
  grp <- cut(p, breaks = breaks, include.lowest = TRUE)
  obs <- tapply(y, grp, sum); n <- tapply(y, grp, length); expct <- tapply(p, grp, sum)
  chisq <- sum((obs - expct)^2 / expct + ((n - obs) - (n - expct))^2 / (n - expct))
  df <- length(n) - 2
  wilson <- t(sapply(seq_along(n), function(i) prop.test(obs[i], n[i], correct = FALSE)$conf.int))
  list(chisq = sc(chisq), df = df, p = sc(pchisq(chisq, df, lower.tail = FALSE)),
       n = num(n), observed = num(obs), expected = num(expct), mean_predicted = num(expct / n),
       wilson_low = num(wilson[, 1]), wilson_high = num(wilson[, 2]))
}
net_benefit <- function(y, p, thresholds) {
  n <- length(y); prev <- mean(y)
  model <- sapply(thresholds, function(t) sum(p >= t & y == 1) / n - sum(p >= t & y == 0) / n * t / (1 - t))
  all <- prev - (1 - prev) * thresholds / (1 - thresholds)
  list(thresholds = num(thresholds), model = num(model), treat_all = num(all))
}
validation <- function(y, lp, name) {
  p <- plogis(lp)
  r <- roc(y, p, levels = c(0, 1), direction = "<", quiet = TRUE)
  ci <- ci.auc(r, method = "delong")
  citl <- at_mle(glm(y ~ offset(lp), family = binomial, control = glm.control(epsilon = 1e-12, maxit = 100)))
  slope <- at_mle(glm(y ~ lp, family = binomial, control = glm.control(epsilon = 1e-12, maxit = 100)))
  lw <- lowess(p, y, f = 2 / 3, iter = 3)
  vp <- val.prob(p, y, pl = FALSE)
  best <- coords(r, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity", "accuracy"),
                 transpose = FALSE)
  list(name = name, linear_predictor = num(lp), auc = sc(auc(r)), variance = sc(var(r, method = "delong")),
       ci = num(c(ci[1], ci[3])),
       youden_threshold = num(best$threshold), youden_sensitivity = num(best$sensitivity),
       youden_specificity = num(best$specificity), youden_accuracy = num(best$accuracy),
       calibration_intercept = sc(coef(citl)[1]), calibration_intercept_se = sc(sqrt(vcov(citl)[1, 1])),
       calibration_slope = sc(coef(slope)[2]), calibration_slope_se = sc(sqrt(vcov(slope)[2, 2])),
       calibration_slope_intercept = sc(coef(slope)[1]),
       brier = sc(mean((p - y)^2)), hosmer_lemeshow = hosmer_lemeshow(y, p),
       lowess_x = num(lw$x), lowess_y = num(lw$y),
       net_benefit = net_benefit(y, p, seq(0.01, 0.99, by = 0.01)),
       val_prob = list(c = sc(vp[["C (ROC)"]]), brier = sc(vp[["Brier"]]), intercept = sc(vp[["Intercept"]]),
                       slope = sc(vp[["Slope"]])))
}
analyse <- function(d, numeric_cols, categorical_cols, candidates = NULL, screen_alpha = 0.05, boot_seed = 7) {
  y <- outcome01(d); d$y <- y
  numeric_rows <- lapply(numeric_cols, function(v) numeric_row(v, d[[v]], y))
  # Table 2/3 rule: KS (asymptotic Kolmogorov p, parameters estimated) p > 0.05 in both groups →
  # Welch t-test; otherwise Mann–Whitney (normal approximation with continuity correction).
  test_p <- sapply(numeric_cols, function(v) {
    a <- d[[v]][y == 0]; b <- d[[v]][y == 1]
    ka <- suppressWarnings(ks.test(a, "pnorm", mean(a), sd(a), exact = FALSE))$p.value
    kb <- suppressWarnings(ks.test(b, "pnorm", mean(b), sd(b), exact = FALSE))$p.value
    if (ka > 0.05 && kb > 0.05) t.test(b, a)$p.value else wilcox.test(b, a, exact = FALSE, correct = TRUE)$p.value
  })
  if (is.null(candidates)) candidates <- numeric_cols[test_p < screen_alpha]
  vif <- vif_elimination(d, candidates)
  bw <- backward_lr(d, vif$kept)
  fit <- at_mle(glm(reformulate(bw$kept, "y"), family = binomial, data = d,
                    control = glm.control(epsilon = 1e-12, maxit = 100)))
  published_lp <- -7.705 + 0.043 * d$size_mm + 0.143 * d$nic_ap_percent + 0.072 * d$ps_ml_min_100g
  refit_lp <- predict(fit, type = "link")
  r_pub <- roc(y, plogis(published_lp), levels = c(0, 1), direction = "<", quiet = TRUE)
  r_fit <- roc(y, plogis(refit_lp), levels = c(0, 1), direction = "<", quiet = TRUE)
  cmp <- roc.test(r_pub, r_fit, method = "delong", paired = TRUE)
  # rms bootstrap (fast backward step-down, Lawless–Singhal): a plausibility range only.
  set.seed(boot_seed)
  f <- lrm(reformulate(vif$kept, "y"), data = d, x = TRUE, y = TRUE)
  v <- validate(f, B = 200, bw = TRUE, rule = "p", sls = 0.10, type = "individual")
  list(n = nrow(d), events = sum(y), numeric = numeric_rows,
       categorical = lapply(categorical_cols, function(v) categorical_row(v, d[[v]], y)),
       table_test_p = num(unname(test_p)),
       markers = lapply(numeric_cols, function(v) marker(v, d[[v]], y)),
       candidates = candidates, vif = vif, backward = bw, final = fit_table(fit),
       published = validation(y, published_lp, "published"), refit = validation(y, refit_lp, "refit"),
       delong_published_vs_refit = list(z = sc(cmp$statistic), p = sc(cmp$p.value)),
       rms_validate = list(B = 200, seed = boot_seed,
                           apparent_c = sc((v["Dxy", "index.orig"] + 1) / 2),
                           corrected_c = sc((v["Dxy", "index.corrected"] + 1) / 2),
                           corrected_slope = sc(v["Slope", "index.corrected"])))
}

ref <- list(
  main = analyse(main, c("size_mm", "nic_ap_percent", "ps_ml_min_100g", "ic_ap_mg_ml", "zeff_ap", "lambda_hu_ap",
                         "bf_ml_min_100g"), c("corona_enhancement", "pvtt")),
  small = analyse(small, c("size_mm", "nic_ap_percent", "ps_ml_min_100g", "ic_ap_mg_ml", "tmax_s"),
                  c("corona_enhancement"), candidates = c("size_mm", "nic_ap_percent", "ps_ml_min_100g", "ic_ap_mg_ml"))
)
# What glm says about the separating column (documentation for the Swift separation test).
sep_warnings <- character()
withCallingHandlers(glm(outcome01(small) ~ small$tmax_s, family = binomial),
                    warning = function(w) { sep_warnings <<- c(sep_warnings, conditionMessage(w)); invokeRestart("muffleWarning") })
ref$small$separation_glm_warnings <- sep_warnings
ref$versions <- list(R = R.version.string, pROC = as.character(packageVersion("pROC")),
                     rms = as.character(packageVersion("rms")), car = as.character(packageVersion("car")))
writeLines(toJSON(ref, json_verbatim = TRUE, auto_unbox = TRUE, pretty = TRUE, null = "null"),
           file.path(out_dir, "reference.json"))
