# Reference values for Tests/CLITests/CohortCommandTests.swift, computed with R's pROC (an
# implementation independent of hccreport's Statistics module).
#
# Exact command (from the repository root; R 4.2, pROC 1.18.0, jsonlite):
#   Rscript Tests/CLITests/Fixtures/make_cohort_fixtures.R > Tests/CLITests/Fixtures/cohort-reference.json
#
# For each cohort: the nomogram's linear predictor of the published model (Zhang et al. 2025, Table 5;
# same summation order as hccreport) and each predictor, roc(direction = "<", levels = ObR, NR);
# AUC; DeLong variance and 95 % CI (ci.auc(method = "delong")); Youden cut-offs
# (coords("best", best.method = "youden"), all ties; the one with the highest sensitivity is the
# reported one); paired DeLong test of the nomogram against each predictor (roc.test(method = "delong",
# paired = TRUE)).
suppressPackageStartupMessages({ library(pROC); library(jsonlite) })

analyse <- function(path) {
  d <- read.csv(path, stringsAsFactors = FALSE)
  nr <- ifelse(d$outcome %in% c("SD", "PD", "NR"), "NR", "ObR")
  lp <- -7.705 + 0.043 * d$size_mm + 0.143 * d$nic_ap_percent + 0.072 * d$ps_ml_min_100g
  scores <- list(nomogram = lp, size_mm = d$size_mm, nic_ap_percent = d$nic_ap_percent,
                 ps_ml_min_100g = d$ps_ml_min_100g)
  rocs <- lapply(scores, function(s) roc(nr, s, levels = c("ObR", "NR"), direction = "<", quiet = TRUE))
  markers <- lapply(names(rocs), function(name) {
    r <- rocs[[name]]
    ci <- ci.auc(r, method = "delong", conf.level = 0.95)
    best <- coords(r, "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity", "accuracy"),
                   transpose = FALSE)
    top <- best[which.max(best$sensitivity), ]
    list(name = name, auc = as.numeric(auc(r)), auc_variance = var(r, method = "delong"),
         auc_ci = c(ci[1], ci[3]),
         youden = list(threshold = top$threshold, sensitivity = top$sensitivity, specificity = top$specificity,
                       accuracy = top$accuracy, ties = nrow(best)))
  })
  comparisons <- lapply(names(rocs)[-1], function(name) {
    t <- roc.test(rocs$nomogram, rocs[[name]], method = "delong", paired = TRUE)
    list(a = "nomogram", b = name, delong_p = t$p.value, z = unname(t$statistic))
  })
  list(n_obr = sum(nr == "ObR"), n_nr = sum(nr == "NR"), markers = markers, comparisons = comparisons)
}

out <- list(
  synthetic = analyse("Tests/CLITests/Fixtures/synthetic-zhang-2025-v1.csv"),
  small = analyse("Tests/CLITests/Fixtures/small-cohort.csv")
)
cat(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "\n")
