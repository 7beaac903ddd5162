# Reference values for StatisticsTests, computed with R and pROC.
#
# Regenerate (from the repository root; needs r-base-core, r-cran-proc, r-cran-jsonlite):
#   Rscript Tests/StatisticsTests/Fixtures/make_fixtures.R && python3 Tests/StatisticsTests/Fixtures/make_fixtures.py
#
# Writes vectors.json (the shared input vectors, also read by make_fixtures.py) and r_reference.json.
# Numbers are printed with %.17g so that every double round-trips exactly; ±Inf are the strings
# "Inf"/"-Inf".
suppressMessages({ library(pROC); library(jsonlite) })

out_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
fmt <- function(x) ifelse(is.infinite(x), ifelse(x > 0, "\"Inf\"", "\"-Inf\""),
                          ifelse(is.na(x), "null", sprintf("%.17g", x)))
num <- function(x) structure(paste0("[", paste(fmt(as.numeric(x)), collapse = ","), "]"), class = "json")
sc <- function(x) structure(fmt(as.numeric(x)), class = "json")
write_json_file <- function(obj, name) {
  writeLines(toJSON(obj, json_verbatim = TRUE, auto_unbox = TRUE, pretty = TRUE), file.path(out_dir, name))
}

# ---------------------------------------------------------------- shared vectors
set.seed(20240531)
n_obr <- 71; n_nr <- 54
study_labels <- c(rep(FALSE, n_obr), rep(TRUE, n_nr))
nic <- round(c(rnorm(n_obr, 17.40, 9.56), rnorm(n_nr, 26.35, 11.98)), 2)
ps  <- round(c(rnorm(n_obr, 23.39, 16.08), rnorm(n_nr, 37.37, 20.44)), 2)
size <- round(c(exp(rnorm(n_obr, log(33.4), 0.6)), exp(rnorm(n_nr, log(47.4), 0.7))), 1)
vectors <- list(
  ties = list(scores = c(1, 2, 2, 3, 3, 3, 4, 5, 5, 6, 2, 3),
              labels = c(FALSE, FALSE, TRUE, FALSE, TRUE, TRUE, FALSE, TRUE, TRUE, TRUE, FALSE, FALSE)),
  small = list(scores = c(0.12, 0.35, 0.41, 0.58, 0.77, 0.23, 0.91, 0.66),
               labels = c(FALSE, FALSE, TRUE, FALSE, TRUE, FALSE, TRUE, TRUE)),
  studyNIC = list(scores = nic, labels = study_labels),
  studyPS = list(scores = ps, labels = study_labels),
  studySize = list(scores = size, labels = study_labels),
  separated = list(scores = c(1.5, 2.5, 3.1, 4.2, 7.7, 8.8, 9.9, 10.1),
                   labels = c(FALSE, FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE)),
  degenerate = list(scores = rep(4.2, 6), labels = c(FALSE, TRUE, FALSE, TRUE, TRUE, FALSE))
)
write_json_file(lapply(vectors, function(v) list(scores = num(v$scores), labels = v$labels)), "vectors.json")

# ---------------------------------------------------------------- ROC, DeLong, cutoffs
roc_of <- function(v, direction) roc(response = as.integer(v$labels), predictor = v$scores,
                                     levels = c(0, 1), direction = direction, quiet = TRUE)
best_rows <- function(r, method) {
  b <- coords(r, "best", best.method = method, ret = c("threshold", "sensitivity", "specificity", "accuracy"),
              transpose = FALSE)
  list(threshold = num(b$threshold), sensitivity = num(b$sensitivity),
       specificity = num(b$specificity), accuracy = num(b$accuracy))
}
roc_cases <- list()
for (name in names(vectors)) for (direction in c("<", ">")) {
  v <- vectors[[name]]
  r <- roc_of(v, direction)
  entry <- list(vector = name, direction = if (direction == "<") "higher" else "lower",
                auc = sc(as.numeric(auc(r))),
                thresholds = num(r$thresholds), sensitivities = num(r$sensitivities),
                specificities = num(r$specificities),
                youden = best_rows(r, "youden"), topleft = best_rows(r, "closest.topleft"))
  if (sum(v$labels) >= 2 && sum(!v$labels) >= 2) {
    ci <- suppressWarnings(ci.auc(r, method = "delong"))
    entry$variance <- sc(suppressWarnings(var(r, method = "delong")))
    entry$ciLower <- sc(ci[1]); entry$ciUpper <- sc(ci[3])
  }
  roc_cases[[length(roc_cases) + 1]] <- entry
}
paired <- list()
for (pair in list(c("studyNIC", "studyPS"), c("studyNIC", "studySize"), c("ties", "ties"))) {
  r1 <- roc_of(vectors[[pair[1]]], "<"); r2 <- roc_of(vectors[[pair[2]]], "<")
  t <- suppressWarnings(roc.test(r1, r2, method = "delong", paired = TRUE))
  paired[[length(paired) + 1]] <- list(first = pair[1], second = pair[2],
                                       z = sc(t$statistic), p = sc(t$p.value))
}
# A paired comparison where the second score is reversed (lower = event).
r1 <- roc_of(vectors$studyNIC, "<"); r2 <- roc_of(list(scores = -vectors$studyPS$scores, labels = study_labels), ">")
t <- roc.test(r1, r2, method = "delong", paired = TRUE)
paired[[length(paired) + 1]] <- list(first = "studyNIC", second = "studyPS", secondNegatedLower = TRUE,
                                     z = sc(t$statistic), p = sc(t$p.value))

# ---------------------------------------------------------------- descriptive
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1)
descriptive <- lapply(names(vectors)[names(vectors) != "degenerate"], function(name) {
  x <- vectors[[name]]$scores
  list(vector = name, mean = sc(mean(x)), sd = sc(sd(x)), variance = sc(var(x)),
       probabilities = num(probs), quantiles = num(quantile(x, probs, type = 7, names = FALSE)),
       median = sc(median(x)), iqr = sc(IQR(x)), nrd0 = sc(bw.nrd0(x)))
})
nrd0_fallbacks <- list(
  list(values = num(c(5, 5, 5, 5, 9)), nrd0 = sc(bw.nrd0(c(5, 5, 5, 5, 9)))),
  list(values = num(c(3, 3, 3)), nrd0 = sc(bw.nrd0(c(3, 3, 3)))),
  list(values = num(c(0, 0, 0)), nrd0 = sc(bw.nrd0(c(0, 0, 0)))))

# ---------------------------------------------------------------- distributions
z <- c(-38, -10, -5.5, -3, -1.96, -1, -0.3, 0, 0.2, 1, 2.5, 4, 8.3)
p <- c(1e-300, 1e-20, 1e-10, 1e-5, 0.001, 0.0249, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-12)
tq <- c(-40, -7.5, -2.1, -0.5, 0, 0.3, 1.7, 3.2, 12)
tdf <- c(1, 2.5, 7, 29.3, 123.4, 1e4)
chix <- c(0.001, 0.5, 3.84, 7.2, 15, 60, 250)
chidf <- c(1, 2, 3, 4.5, 9, 40, 100)
distributions <- list(
  normal = list(z = num(z), cdf = num(pnorm(z)), survival = num(pnorm(z, lower.tail = FALSE)),
                p = num(p), quantile = num(qnorm(p))),
  studentT = lapply(tdf, function(df) list(df = sc(df), t = num(tq), cdf = num(pt(tq, df)),
                                           twoSided = num(2 * pt(-abs(tq), df)))),
  chiSquared = lapply(chidf, function(df) list(df = sc(df), x = num(chix), cdf = num(pchisq(chix, df)),
                                                survival = num(pchisq(chix, df, lower.tail = FALSE))))
)

# ---------------------------------------------------------------- hypothesis tests
split <- function(v) list(x = v$scores[v$labels], y = v$scores[!v$labels])
mw_cases <- list()
for (name in c("ties", "small", "studyNIC", "studySize", "separated")) {
  s <- split(vectors[[name]])
  a <- wilcox.test(s$x, s$y, exact = FALSE, correct = TRUE)
  d <- suppressWarnings(wilcox.test(s$x, s$y))
  u <- suppressWarnings(wilcox.test(s$x, s$y, exact = FALSE, correct = FALSE))
  mw_cases[[length(mw_cases) + 1]] <- list(vector = name, W = sc(a$statistic), asymptoticP = sc(a$p.value),
                                           uncorrectedP = sc(u$p.value), defaultP = sc(d$p.value),
                                           defaultExact = length(s$x) < 50 && length(s$y) < 50 && !any(duplicated(c(s$x, s$y))))
}
# Exact distribution checks on extra small samples without ties.
exact_extra <- list(list(x = c(1.1, 2.2, 3.3), y = c(4.4, 5.5, 6.6, 7.7)),
                    list(x = c(0.5, 2.5, 4.5, 6.5, 8.5, 10.5, 12.5), y = c(1, 3, 5, 7, 9, 11)),
                    list(x = (1:30) * 1.01, y = (1:45) * 0.97 + 0.003))
for (e in exact_extra) {
  d <- wilcox.test(e$x, e$y)
  mw_cases[[length(mw_cases) + 1]] <- list(x = num(e$x), y = num(e$y), W = sc(d$statistic), defaultP = sc(d$p.value),
                                           asymptoticP = sc(wilcox.test(e$x, e$y, exact = FALSE)$p.value), defaultExact = TRUE)
}
welch <- lapply(c("ties", "small", "studyNIC", "studyPS", "studySize"), function(name) {
  s <- split(vectors[[name]]); t <- t.test(s$x, s$y, var.equal = FALSE)
  list(vector = name, t = sc(t$statistic), df = sc(t$parameter), p = sc(t$p.value))
})
ks <- list()
for (name in c("small", "studyNIC", "studySize", "separated")) for (grp in c(TRUE, FALSE)) {
  x <- vectors[[name]]$scores[vectors[[name]]$labels == grp]
  k <- suppressWarnings(ks.test(x, "pnorm", mean(x), sd(x)))
  a <- suppressWarnings(ks.test(x, "pnorm", mean(x), sd(x), exact = FALSE))
  ks[[length(ks) + 1]] <- list(values = num(x), D = sc(k$statistic), p = sc(k$p.value),
                               exact = length(x) < 100 && !any(duplicated(x)), asymptoticP = sc(a$p.value))
}
xk <- c(vectors$studyNIC$scores, vectors$studyPS$scores)[1:150]
k <- suppressWarnings(ks.test(xk, "pnorm", mean(xk), sd(xk)))
ks[[length(ks) + 1]] <- list(values = num(xk), D = sc(k$statistic), p = sc(k$p.value), exact = FALSE,
                             asymptoticP = sc(k$p.value))

tables <- list(matrix(c(12, 5, 9, 14), 2), matrix(c(3, 1, 1, 3), 2), matrix(c(20, 15, 30, 12, 25, 8), 2),
               matrix(c(10, 4, 7, 3, 12, 9, 6, 5, 11), 3), matrix(c(0, 9, 7, 2), 2), matrix(c(45, 26, 30, 24), 2))
chisq <- lapply(tables, function(m) {
  a <- suppressWarnings(chisq.test(m)); b <- suppressWarnings(chisq.test(m, correct = FALSE))
  entry <- list(rows = lapply(seq_len(nrow(m)), function(i) num(m[i, ])),
                statistic = sc(a$statistic), df = sc(a$parameter), p = sc(a$p.value),
                uncorrectedStatistic = sc(b$statistic), uncorrectedP = sc(b$p.value),
                expected = lapply(seq_len(nrow(m)), function(i) num(a$expected[i, ])))
  if (all(dim(m) == 2)) entry$fisherP <- sc(fisher.test(m)$p.value)
  entry
})

# ---------------------------------------------------------------- logistic regression
glm_case <- function(name, X, y) {
  d <- data.frame(X, y = as.integer(y))
  f <- suppressWarnings(glm(y ~ ., data = d, family = binomial))
  s <- summary(f)$coefficients
  list(name = name, design = lapply(seq_len(nrow(X)), function(i) num(X[i, ])), outcome = as.logical(y),
       coefficients = num(coef(f)), standardErrors = num(s[, 2]), z = num(s[, 3]), p = num(s[, 4]),
       covariance = lapply(seq_len(ncol(vcov(f))), function(i) num(vcov(f)[i, ])),
       deviance = sc(deviance(f)), nullDeviance = sc(f$null.deviance), logLik = sc(as.numeric(logLik(f))),
       aic = sc(AIC(f)), iterations = f$iter, converged = f$converged,
       ciLower = num(coef(f) - qnorm(0.975) * s[, 2]), ciUpper = num(coef(f) + qnorm(0.975) * s[, 2]))
}
set.seed(7)
Xs <- cbind(size = size, nic = nic, ps = ps)
lp <- -7.705 + 0.043 * size + 0.143 * nic + 0.072 * ps
y_model <- runif(125) < plogis(lp)
glms <- list(
  glm_case("studyObserved", Xs, study_labels),
  glm_case("studySimulated", Xs, y_model),
  glm_case("single", cbind(x = vectors$small$scores), vectors$small$labels),
  glm_case("ties", cbind(x = vectors$ties$scores), vectors$ties$labels)
)
# Separation examples (R warns; we only record what R says about them).
sep_complete <- glm(y ~ x, data = data.frame(x = vectors$separated$scores, y = as.integer(vectors$separated$labels)),
                    family = binomial)
quasi_x <- c(1, 2, 3, 4, 4, 4, 5, 6, 7, 8); quasi_y <- c(0, 0, 0, 0, 1, 0, 1, 1, 1, 1)
separation <- list(
  complete = list(x = num(vectors$separated$scores), outcome = vectors$separated$labels),
  quasi = list(x = num(quasi_x), outcome = as.logical(quasi_y)))

write_json_file(list(roc = roc_cases, paired = paired, descriptive = descriptive, nrd0Fallbacks = nrd0_fallbacks,
                     distributions = distributions, mannWhitney = mw_cases, welch = welch, ks = ks,
                     contingency = chisq, glm = glms, separation = separation,
                     versions = list(R = R.version.string, pROC = as.character(packageVersion("pROC")))),
                "r_reference.json")
