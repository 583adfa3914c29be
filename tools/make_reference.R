# Writes metafor reference results for a list of public datasets (metadat) into the repository's
# tests/data/reference, which the tests read (no test runs R).
# Usage, from anywhere:  Rscript tools/make_reference.R [OUTDIR [SET]]
#   OUTDIR  default: tests/data/reference of the repository holding this script
#   SET     default: visible (the public metadat datasets); edges: issue 18's extreme cases (default OUTDIR
#           tests/data/reference-edges), then settle them with
#           python3 tools/settle_reference.py tests/data/reference-edges/edge_*.json
# Needs Debian's r-cran-metafor (3.8-1), r-cran-metadat and r-cran-jsonlite.
# Each case gives OUTDIR/<case>.csv (input, escalc column names) and
# OUTDIR/<case>.json (expected results for every tau2 estimator and test; for 2x2 cases also Mantel-Haenszel
# and Peto; for cases with an `order` column also cumul() and influence()).
suppressMessages({ library(metafor); library(jsonlite) })
script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1])
repo <- normalizePath(file.path(dirname(script), ".."))
args <- commandArgs(TRUE)
set <- if (length(args) >= 2) args[2] else "visible"
out <- if (length(args) >= 1) args[1] else file.path(repo, "tests", "data", if (set == "edges") "reference-edges" else "reference")
dir.create(out, showWarnings = FALSE, recursive = TRUE)

cases <- list(
  visible = c(list(
    list(name="bcg_rr",   data=with(dat.bcg, data.frame(study=paste(author, year), ai=tpos, bi=tneg, ci=cpos, di=cneg, year=year, ablat=ablat, alloc=alloc)), measure="RR", binary=TRUE, order="year",
         mods=list("ablat", "alloc", c("ablat", "year"), c("ablat", "alloc"))),
    list(name="bcg_or",   data=with(dat.bcg, data.frame(study=paste(author, year), ai=tpos, bi=tneg, ci=cpos, di=cneg)), measure="OR", binary=TRUE),
    list(name="bcg_rd",   data=with(dat.bcg, data.frame(study=paste(author, year), ai=tpos, bi=tneg, ci=cpos, di=cneg)), measure="RD", binary=TRUE),
    # zero cells: events in one arm only, and one trial (Yucel 2004) without events in either arm
    list(name="nielweise_or", data=with(dat.nielweise2007, data.frame(study=paste(author, year), ai=ai, n1i=n1i, ci=ci, n2i=n2i, year=year)), measure="OR", binary=TRUE, order="year"),
    list(name="nielweise_rr", data=with(dat.nielweise2007, data.frame(study=paste(author, year), ai=ai, n1i=n1i, ci=ci, n2i=n2i)), measure="RR", binary=TRUE),
    list(name="nielweise_rd", data=with(dat.nielweise2007, data.frame(study=paste(author, year), ai=ai, n1i=n1i, ci=ci, n2i=n2i)), measure="RD", binary=TRUE)),
    # constructed: no events at all in the first arm (no MH odds or risk ratio: metafor's NA), one trial without
    # events in either arm and one with only events in both
    lapply(c("OR", "RR", "RD"), function(m) list(name = paste0("zeros_", tolower(m)), measure = m, binary = TRUE,
      data = data.frame(study = paste("Trial", 1:6), ai = c(0, 0, 0, 0, 0, 10), n1i = c(20, 30, 25, 40, 15, 10),
                        ci = c(2, 0, 3, 1, 4, 10), n2i = c(20, 30, 25, 40, 15, 10)))),
    list(
    # many zero cells: seven of 28 trials without events in either arm
    list(name="yusuf9_or", data=with(subset(dat.yusuf1985, table == "9"), data.frame(study=trial, ai=ai, n1i=n1i, ci=ci, n2i=n2i)), measure="OR", binary=TRUE),
    list(name="normand_md",  data=dat.normand1999[, c("study","m1i","sd1i","n1i","m2i","sd2i","n2i")], measure="MD"),
    list(name="normand_smd", data=dat.normand1999[, c("study","m1i","sd1i","n1i","m2i","sd2i","n2i")], measure="SMD"),
    list(name="normand_rom", data=dat.normand1999[, c("study","m1i","sd1i","n1i","m2i","sd2i","n2i")], measure="ROM"),
    list(name="molloy_zcor", data=with(dat.molloy2014, data.frame(study=paste(authors, year), ri=ri, ni=ni, meanage=meanage, controls=controls)), measure="ZCOR",
         mods=list("meanage", "controls", c("meanage", "controls"))),
    list(name="molloy_cor",  data=with(dat.molloy2014, data.frame(study=paste(authors, year), ri=ri, ni=ni)), measure="COR"),
    list(name="hackshaw_gen", data=with(dat.hackshaw1998, data.frame(study=paste(author, year), yi=yi, vi=vi, year=year)), measure="GEN", order="year"),
    list(name="raudenbush_gen", data=with(dat.raudenbush1985, data.frame(study=paste(author, year), yi=yi, vi=vi, year=year)), measure="GEN", order="year")
  )),
  # Issue 18's edges: one study with almost all the weight (largest / smallest variance 1e6 ... 1e12), a data
  # set on which metafor's plain Fisher scoring cycles, and effects on tiny and huge scales. Every estimator
  # x test with Egger, Begg and leave-one-out (trim-and-fill under z: metafor refits the filled data with z).
  # Then `python3 tools/settle_reference.py` settles, with 60-digit arithmetic, the keys where metafor
  # loses digits or cannot converge, and records them in each file's "provenance".
  edges = c(
    lapply(c(6, 8, 10, 12), function(e) list(name = sprintf("edge_dominant_1e%d", e), measure = "GEN", extras = "all",
      data = data.frame(study = paste("Study", 1:8), yi = c(-0.894, 0.31, -0.55, 0.12, -1.20, 0.64, -0.05, 0.40),
                        vi = c(10^-e, 1, 0.6, 0.9, 0.75, 0.5, 0.8, 0.95)))),
    list(list(name = "edge_dominant_homogeneous_1e10", measure = "GEN", extras = "all",
      data = data.frame(study = paste("Study", 1:8), yi = c(0.2, 0.25, 0.1, 0.3, 0.22, 0.15, 0.18, 0.27),
                        vi = c(1e-10, 1, 0.6, 0.9, 0.75, 0.5, 0.8, 0.95))),
    list(name = "edge_dominant_k2", measure = "GEN", extras = "all",
      data = data.frame(study = c("Study 1", "Study 2"), yi = c(0.1, 0.3), vi = c(1e-4, 100))),
    # plain Fisher scoring alternates between two values of tau^2 here (metafor's default control stops with
    # "did not converge"; step halving, stepadj = 0.5, converges)
    list(name = "edge_cycling_md", measure = "MD", extras = "all",
      data = data.frame(study = paste("Study", 1:20),
        m1i = c(5.66, 6.6, 7.07, 6.42, 6.04, 11.18, 7.48, 6.63, 10.65, 11.57, 10.33, 7.72, 5.82, 8.05, 7.57, 5.17, 8.94, 17.69, 9.15, 7.55),
        sd1i = c(16.17, 3.38, 2.27, 15.47, 0.93, 2.44, 1.79, 4.67, 1.99, 13.37, 1.36, 2.74, 9.53, 1.82, 1.92, 26.29, 12, 26.42, 21.9, 2.64),
        n1i = c(40, 25, 80, 200, 20, 10, 100, 12, 15, 15, 15, 5, 25, 30, 12, 100, 80, 50, 80, 10),
        m2i = c(5.97, 6.15, 7.1, 8.1, 5.97, 9.89, 6.85, 6.96, 9.91, 8.45, 9.69, 6.45, 6.03, 7.55, 6.43, 7.72, 5.95, 8, 9.78, 5.64),
        sd2i = c(14.2, 3.64, 1.77, 14.84, 0.7, 2.04, 1.72, 3.49, 1.49, 11.84, 1.12, 3.33, 9.45, 1.3, 2.26, 36.2, 15.28, 23.57, 28.42, 3.25),
        n2i = c(80, 150, 12, 40, 20, 12, 20, 12, 20, 60, 12, 200, 60, 80, 30, 100, 8, 20, 50, 15)))),
    lapply(c(-55, 55), function(e) list(name = sprintf("edge_scale_%s", if (e < 0) "tiny" else "huge"),
      measure = "GEN", extras = "all",
      data = data.frame(study = paste("Study", 1:10),
        yi = c(0.52, -0.13, 0.88, 0.31, 1.20, 0.05, 0.64, -0.41, 0.97, 0.22) * 10^e,
        vi = c(0.04, 0.11, 0.07, 0.02, 0.15, 0.09, 0.05, 0.12, 0.08, 0.03) * 10^(2 * e))))
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
# the tightest absolute threshold at which Fisher scoring still converges (1e-14 is below rounding when tau^2 is
# large), and where it cycles, step halving (stepadj)
controls <- list(list(threshold = 1e-14), list(threshold = 1e-12), list(threshold = 1e-10),
                 list(threshold = 1e-14, stepadj = 0.5), list(threshold = 1e-12, stepadj = 0.25))
na_fit <- function(method, test) list(method = method, test = test, k = NA, estimate = NA, se = NA, stat = NA,
  pval = NA, ci_lb = NA, ci_ub = NA, pi_lb = NA, pi_ub = NA, tau2 = NA, tau2_se = NA, I2 = NA, H2 = NA, Q = NA,
  Q_df = NA, Q_pval = NA)
for (cs in cases) {
  es <- escalc_for(cs)
  all_extras <- identical(cs$extras, "all")
  write.csv(cs$data, file.path(out, paste0(cs$name, ".csv")), row.names = FALSE)
  keep <- !is.na(es$yi) & !is.na(es$vi)
  fits <- list()
  for (method in methods) for (test in c("z", "knha")) {
    fit <- NULL
    for (ctl in (if (all_extras) controls else controls[1:3])) {
      control <- modifyList(tight, ctl)
      fit <- tryCatch(rma(es$yi, es$vi, method = method, test = test, control = control, slab = cs$data$study),
                      error = function(e) NULL)
      if (!is.null(fit)) break
    }
    if (is.null(fit)) {
      # metafor cannot fit this at all: the keys stay null for tools/settle_reference.py to settle
      if (all_extras) fits[[length(fits) + 1]] <- na_fit(method, test)
      next
    }
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
    # Egger, Begg and trim-and-fill need k >= 3 in EvidenceDesk (a deliberate difference, see the README)
    if (((test == "z" && method %in% c("EE", "DL", "REML")) || all_extras) && fit$k >= 3) {
      eg <- tryCatch(regtest(fit), error = function(e) NULL)
      if (!is.null(eg)) r$egger <- list(stat = num(eg$zval), pval = num(eg$pval), limit_estimate = num(eg$est))
      rk <- tryCatch(suppressWarnings(ranktest(fit)), error = function(e) NULL)
      if (!is.null(rk)) r$begg <- list(tau = num(rk$tau), pval = num(rk$pval))
      if (test == "z") {
        # trimfill() passes control on to every fit it makes (trimming and the filled data)
        tf <- tryCatch(trimfill(fit, control = control), error = function(e) NULL)
        if (!is.null(tf)) r$trimfill <- list(k0 = num(tf$k0), side = tf$side, estimate = num(tf$beta), se = num(tf$se), tau2 = num(tf$tau2))
      }
    }
    if ((test == "z" && method %in% c("EE", "DL", "REML")) || all_extras) {
      l1 <- tryCatch(leave1out(fit), error = function(e) NULL)
      if (!is.null(l1)) r$leave1out <- list(estimate = num(l1$estimate), tau2 = num(l1$tau2), I2 = num(l1$I2))
    }
    # cumulative meta-analysis (in the order of the case's `order` column; R's order() is stable) and influence
    # diagnostics, refitted under the fit's own control
    if (!is.null(cs$order) && ((test == "z" && method %in% c("EE", "DL", "REML")) || (test == "knha" && method == "REML"))) {
      cu <- cumul(fit, order = cs$data[[cs$order]])
      # a step whose refit cannot meet the fit's threshold (Fisher scoring cannot get below rounding): refitted
      # under the first of the looser controls that converges, as the fit itself is
      ord <- order(cs$data[[cs$order]])
      for (i in which(is.na(cu$estimate))) {
        for (ctl in controls) {
          step <- tryCatch(rma(es$yi[ord[1:i]], es$vi[ord[1:i]], method = method, test = test,
                               control = modifyList(tight, ctl)), error = function(e) NULL)
          if (!is.null(step)) break
        }
        if (is.null(step)) next
        cu$estimate[i] <- step$beta; cu$ci.lb[i] <- step$ci.lb; cu$ci.ub[i] <- step$ci.ub
        cu$tau2[i] <- step$tau2; cu$I2[i] <- step$I2
      }
      # the order as the dataset's own labels (metafor makes repeated labels unique: "X", "X.1", ...)
      r$cumulative <- list(by = cs$order, order = as.character(cs$data$study[match(cu$slab, fit$slab)]), estimate = num(cu$estimate),
        ci_lb = num(cu$ci.lb), ci_ub = num(cu$ci.ub), tau2 = num(cu$tau2), I2 = num(cu$I2))
      inf <- influence(fit)
      r$influence <- list(rstudent = num(inf$inf$rstudent), dffits = num(inf$inf$dffits), cook_d = num(inf$inf$cook.d),
        cov_r = num(inf$inf$cov.r), tau2_del = num(inf$inf$tau2.del), QE_del = num(inf$inf$QE.del),
        hat = num(inf$inf$hat), weight = num(inf$inf$weight), inf = unname(as.logical(inf$is.infl)))
    }
    fits[[length(fits) + 1]] <- r
  }
  ref <- list(dataset = cs$name, measure = cs$measure, source = "metafor escalc() defaults; rma() and confint() converged tightly (threshold 1e-14, tol 1e-12; trimfill, leave1out, cumul and influence with the same control); rma.mh() and rma.peto() with their defaults (closed forms)",
    metafor_version = as.character(packageVersion("metafor")),
    yi = num(es$yi), vi = num(es$vi), fits = fits)
  if (!is.null(cs$mods)) {
    # meta-regression: every estimator x test for each set of moderators (a character column is a factor, its
    # levels sorted, the first the reference), converged tightly as the fits above
    ref$meta_regression <- list()
    for (mods in cs$mods) for (method in methods) for (test in c("z", "knha")) {
      fit <- NULL
      for (ctl in controls[1:3]) {
        fit <- tryCatch(rma(es$yi, es$vi, mods = reformulate(mods), data = cs$data, method = method, test = test,
                            control = modifyList(tight, ctl)), error = function(e) NULL)
        if (!is.null(fit)) break
      }
      if (is.null(fit)) next
      ref$meta_regression[[length(ref$meta_regression) + 1]] <- list(mods = I(mods), method = method, test = test,
        k = fit$k, names = I(rownames(fit$beta)), estimate = num(fit$beta), se = num(fit$se), stat = num(fit$zval),
        pval = num(fit$pval), ci_lb = num(fit$ci.lb), ci_ub = num(fit$ci.ub), tau2 = num(fit$tau2),
        tau2_se = num(fit$se.tau2), I2 = num(fit$I2), H2 = num(fit$H2), QE = num(fit$QE), QE_df = fit$k - fit$p,
        QE_pval = num(fit$QEp), QM = num(fit$QM), QM_df = num(fit$QMdf), QM_pval = num(fit$QMp), R2 = num(fit$R2))
    }
  }
  if (isTRUE(cs$binary)) {
    # Mantel-Haenszel (and for OR Peto's one-step method): closed forms, metafor's defaults (no continuity
    # correction of the tables; Q from escalc's yi/vi with 1/2 added to tables with a zero and tables without
    # events, or without non-events, in both arms dropped)
    tables <- cs$data[, intersect(c("ai", "bi", "ci", "di", "n1i", "n2i"), names(cs$data))]
    pooled <- function(f, model) list(model = model, k = f$k, estimate = num(f$beta), se = num(f$se),
      stat = num(f$zval), pval = num(f$pval), ci_lb = num(f$ci.lb), ci_ub = num(f$ci.ub), Q = num(f$QE),
      Q_df = f$k.yi - 1, Q_pval = num(f$QEp), I2 = num(f$I2), H2 = num(f$H2))
    mh <- suppressWarnings(do.call(rma.mh, c(as.list(tables), list(measure = cs$measure))))
    ref$mh <- pooled(mh, "MH")
    ref$mh$cmh <- if (cs$measure == "OR") list(stat = num(mh$MH), pval = num(mh$MHp)) else NA
    ref$mh$tarone <- if (cs$measure == "OR") list(stat = num(mh$TA), pval = num(mh$TAp)) else NA
    if (cs$measure == "OR") ref$peto <- pooled(suppressWarnings(do.call(rma.peto, as.list(tables))), "PETO")
  }
  writeLines(toJSON(ref, auto_unbox = TRUE, digits = NA, pretty = TRUE, na = "null"), file.path(out, paste0(cs$name, ".json")))
  cat(cs$name, "k =", sum(keep), "fits =", length(fits), "\n")
}
