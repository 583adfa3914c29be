# Writes metafor reference results for a list of public datasets (metadat) into the repository's
# tests/data/reference, which the tests read (no test runs R).
# Usage, from anywhere:  Rscript tools/make_reference.R [OUTDIR [SET]]
#   OUTDIR  default: tests/data/reference of the repository holding this script
#   SET     default: visible (the public metadat datasets)
# Needs Debian's r-cran-metafor (3.8-1), r-cran-metadat and r-cran-jsonlite.
# Each case gives OUTDIR/<case>.csv (input, escalc column names) and
# OUTDIR/<case>.json (expected results for every tau2 estimator and test).
suppressMessages({ library(metafor); library(jsonlite) })
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1])
repo <- normalizePath(file.path(dirname(script), ".."))
args <- commandArgs(TRUE)
out <- if (length(args) >= 1) args[1] else file.path(repo, "tests", "data", "reference")
set <- if (length(args) >= 2) args[2] else "visible"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

cases <- list(
  visible = list(
    list(name="bcg_rr",   data=with(dat.bcg, data.frame(study=paste(author, year), ai=tpos, bi=tneg, ci=cpos, di=cneg)), measure="RR"),
    list(name="bcg_or",   data=with(dat.bcg, data.frame(study=paste(author, year), ai=tpos, bi=tneg, ci=cpos, di=cneg)), measure="OR"),
    list(name="bcg_rd",   data=with(dat.bcg, data.frame(study=paste(author, year), ai=tpos, bi=tneg, ci=cpos, di=cneg)), measure="RD"),
    list(name="normand_md",  data=dat.normand1999[, c("study","m1i","sd1i","n1i","m2i","sd2i","n2i")], measure="MD"),
    list(name="normand_smd", data=dat.normand1999[, c("study","m1i","sd1i","n1i","m2i","sd2i","n2i")], measure="SMD"),
    list(name="normand_rom", data=dat.normand1999[, c("study","m1i","sd1i","n1i","m2i","sd2i","n2i")], measure="ROM"),
    list(name="molloy_zcor", data=with(dat.molloy2014, data.frame(study=paste(authors, year), ri=ri, ni=ni)), measure="ZCOR"),
    list(name="molloy_cor",  data=with(dat.molloy2014, data.frame(study=paste(authors, year), ri=ri, ni=ni)), measure="COR"),
    list(name="hackshaw_gen", data=with(dat.hackshaw1998, data.frame(study=paste(author, year), yi=yi, vi=vi)), measure="GEN"),
    list(name="raudenbush_gen", data=with(dat.raudenbush1985, data.frame(study=paste(author, year), yi=yi, vi=vi)), measure="GEN")
  )
)[[set]]

num <- function(x) if (is.null(x) || length(x) == 0) NA else unname(as.numeric(x))
escalc_for <- function(cs) {
  d <- cs$data; m <- cs$measure
  if (m == "GEN") return(data.frame(yi = d$yi, vi = d$vi))
  a <- list(measure = m, data = d)
  for (col in intersect(c("ai","bi","ci","di","n1i","n2i","m1i","sd1i","m2i","sd2i","ri","ni"), names(d))) a[[col]] <- d[[col]]
  a$data <- NULL
  as.data.frame(do.call(escalc, a))[, c("yi","vi")]
}

methods <- c("EE","DL","HE","HS","SJ","ML","REML","EB","PM")
# Tight convergence: metafor's defaults stop REML at a 1e-5 change and PM / Q-profile roots at 1.2e-4,
# so its default output is only that accurate. References are the converged values.
tight <- list(threshold = 1e-14, tol = 1e-12, maxiter = 100000)
for (cs in cases) {
  es <- escalc_for(cs)
  write.csv(cs$data, file.path(out, paste0(cs$name, ".csv")), row.names = FALSE)
  keep <- !is.na(es$yi) & !is.na(es$vi)
  fits <- list()
  for (method in methods) for (test in c("z", "knha")) {
    # the tightest absolute threshold at which Fisher scoring still converges (1e-14 is below rounding when tau^2 is large)
    fit <- NULL
    for (thr in c(1e-14, 1e-12, 1e-10)) {
      tight$threshold <- thr
      fit <- tryCatch(rma(es$yi, es$vi, method = method, test = test, control = tight), error = function(e) NULL)
      if (!is.null(fit)) break
    }
    if (is.null(fit)) next
    pr <- predict(fit)
    r <- list(method = method, test = test, k = fit$k,
      estimate = num(fit$beta), se = num(fit$se), stat = num(fit$zval), pval = num(fit$pval),
      ci_lb = num(fit$ci.lb), ci_ub = num(fit$ci.ub),
      pi_lb = num(if (!is.null(pr$pi.lb)) pr$pi.lb else pr$cr.lb), pi_ub = num(if (!is.null(pr$pi.ub)) pr$pi.ub else pr$cr.ub),
      tau2 = num(fit$tau2), tau2_se = num(fit$se.tau2), I2 = num(fit$I2), H2 = num(fit$H2),
      Q = num(fit$QE), Q_df = fit$k - fit$p, Q_pval = num(fit$QEp))
    if (method != "EE") {
      ci <- tryCatch(confint(fit, control = list(tol = 1e-12, maxiter = 10000)), error = function(e) NULL)
      if (!is.null(ci)) {
        r$tau2_ci_lb <- num(ci$random["tau^2", "ci.lb"]); r$tau2_ci_ub <- num(ci$random["tau^2", "ci.ub"])
        r$I2_ci_lb <- num(ci$random["I^2(%)", "ci.lb"]); r$I2_ci_ub <- num(ci$random["I^2(%)", "ci.ub"])
      }
    }
    if (test == "z" && method %in% c("EE", "DL", "REML")) {
      eg <- tryCatch(regtest(fit), error = function(e) NULL)
      if (!is.null(eg)) r$egger <- list(stat = num(eg$zval), pval = num(eg$pval), limit_estimate = num(eg$est))
      rk <- tryCatch(suppressWarnings(ranktest(fit)), error = function(e) NULL)
      if (!is.null(rk)) r$begg <- list(tau = num(rk$tau), pval = num(rk$pval))
      # trimfill() passes control on to every fit it makes (trimming and the filled data)
      tf <- tryCatch(trimfill(fit, control = tight), error = function(e) NULL)
      if (!is.null(tf)) r$trimfill <- list(k0 = num(tf$k0), side = tf$side, estimate = num(tf$beta), se = num(tf$se), tau2 = num(tf$tau2))
      l1 <- tryCatch(leave1out(fit), error = function(e) NULL)
      if (!is.null(l1)) r$leave1out <- list(estimate = num(l1$estimate), tau2 = num(l1$tau2), I2 = num(l1$I2))
    }
    fits[[length(fits) + 1]] <- r
  }
  ref <- list(dataset = cs$name, measure = cs$measure, source = "metafor escalc() defaults; rma() and confint() converged tightly (threshold 1e-14, tol 1e-12; trimfill and leave1out with the same control)",
    metafor_version = as.character(packageVersion("metafor")),
    yi = num(es$yi), vi = num(es$vi), fits = fits)
  writeLines(toJSON(ref, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"), file.path(out, paste0(cs$name, ".json")))
  cat(cs$name, "k =", sum(keep), "fits =", length(fits), "\n")
}
