# Reference values for the nomogram geometry and the Figure 2 probabilities, from R rms::nomogram.
# Run from this folder:  Rscript make_nomogram_fixture.R > nomogram_rms.json
# (Debian 12: apt-get install -y r-base-core r-cran-rms). The test suite reads only the JSON.
suppressPackageStartupMessages(library(rms))
set.seed(1)
# Any data will do: the fit only provides an lrm object whose coefficients are replaced by the
# published ones (Zhang et al., Table 5); rms::nomogram then draws that model.
n <- 200
d <- data.frame(size_mm = runif(n, 0, 150), nic = runif(n, 0, 70), ps = runif(n, 0, 100))
d$nr <- rbinom(n, 1, 0.5)
dd <- datadist(d); options(datadist = "dd")
fit <- lrm(nr ~ size_mm + nic + ps, data = d)
fit$coefficients[] <- c(-7.705, 0.043, 0.143, 0.072)
# rms keeps only function ticks inside the range of the fit's linear predictors: make that range
# the one reachable on the axes (every input at its axis minimum / maximum).
fit$linear.predictors <- c(-7.705, -7.705 + 0.043 * 150 + 0.143 * 70 + 0.072 * 100)
nom <- nomogram(fit, size_mm = seq(0, 150, 10), nic = seq(0, 70, 5), ps = seq(0, 100, 10),
                fun = plogis, fun.at = c(0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99),
                funlabel = "P(NR)", lp = TRUE, maxscale = 100)
info <- attr(nom, "info")
pts <- function(v) nom[[v]]$points
num <- function(x) paste(formatC(x, digits = 17, format = "g"), collapse = ", ")
fig2 <- data.frame(size_mm = c(42.4, 100.5), nic = c(17.42, 54.71), ps = c(17.38, 36.57))
lp <- predict(fit, fig2, type = "lp")
cat("{\n")
cat(sprintf('  "sc": %s,\n', num(info$sc)))
# info$R holds min/max of beta*x per predictor (rows), so Intercept' = Intercept + sum(min R).
cat(sprintf('  "intercept_prime": %s,\n', num(info$Intercept + sum(info$R[1, ]))))
cat(sprintf('  "lp_values": [%s],\n  "lp_points": [%s],\n', num(nom$lp$x.real), num(nom$lp$x)))
cat(sprintf('  "size_values": [%s],\n  "size_points": [%s],\n', num(nom$size_mm$size_mm), num(pts("size_mm"))))
cat(sprintf('  "nic_values": [%s],\n  "nic_points": [%s],\n', num(nom$nic$nic), num(pts("nic"))))
cat(sprintf('  "ps_values": [%s],\n  "ps_points": [%s],\n', num(nom$ps$ps), num(pts("ps"))))
cat(sprintf('  "probability_ticks": [%s],\n  "probability_tick_points": [%s],\n',
            num(nom[["P(NR)"]]$x.real), num(nom[["P(NR)"]]$x)))
cat(sprintf('  "figure2_lp": [%s],\n  "figure2_probability": [%s]\n', num(lp), num(plogis(lp))))
cat("}\n")
