import ClinicalModel
import Formatting
import Foundation
import Scoring

extension TumorBoardReport {
    /// The values the template's Mustache blocks can use (documented in Templates/CONTEXT.md).
    /// Every value is a string, number, bool, dictionary or array so Mustache can render it.
    static func mustacheContext(_ report: PatientReport) -> [String: Any] {
        let score = report.score
        let model = score.model
        let patient = score.patientCase.patient
        let exam = score.patientCase.exam
        var terms = [ReportNumber.fixed(model.intercept, 3)]
        for p in model.predictors {
            let sign = p.coefficient < 0 ? "−" : "+"
            terms.append("\(sign) \(ReportNumber.fixed(abs(p.coefficient), 3))·\(p.label) [\(p.unit)]")
        }
        let perf = model.performance
        var performance: [String] = []
        if let auc = perf.auroc {
            var t = "AUROC \(ReportNumber.fixed(auc, 3))"
            if let lo = perf.aurocCILow, let hi = perf.aurocCIHigh { t += " (95 % CI \(ReportNumber.fixed(lo, 3))–\(ReportNumber.fixed(hi, 3)))" }
            performance.append(t)
        }
        if let v = perf.sensitivity { performance.append("sensitivity \(ReportNumber.fixed(v, 3))") }
        if let v = perf.specificity { performance.append("specificity \(ReportNumber.fixed(v, 3))") }
        if let v = perf.accuracy { performance.append("accuracy \(ReportNumber.fixed(v, 3))") }
        let interval: String
        switch score.lesions.first?.score?.confidenceInterval {
        case .available?: interval = "Confidence intervals for P use the delta method on the logit scale with the model's covariance matrix."
        case .unavailable(let reason)?: interval = "No confidence interval is shown for a lesion's probability: \(reason)"
        case nil: interval = ""
        }
        let lesions: [[String: Any]] = score.lesions.compactMap { r in
            guard let s = r.score else { return nil }
            let parts = s.inputs.map { i in
                "\(i.predictor.label) \(ReportNumber.measured(i.value)) \(i.predictor.unit) → \(ReportNumber.fixed(i.points, 1)) pts"
            }
            return ["id": r.lesionId, "p_positive": ReportNumber.probability(s.probabilityPositive),
                    "p_positive_percent": ReportNumber.percent(s.probabilityPositive),
                    "p_negative_percent": ReportNumber.percent(s.probabilityNegative),
                    "predicted": s.predictedClass, "total_points": ReportNumber.fixed(s.totalPoints, 1),
                    "points_sentence": parts.joined(separator: ", ") + "; total \(ReportNumber.fixed(s.totalPoints, 1)) pts → P(\(model.positiveClass)) \(ReportNumber.probability(s.probabilityPositive))"]
        }
        var context: [String: Any] = [
            "patient": ["id": patient.id, "name": patient.name ?? "", "birth_date": patient.birthDate.map { "\($0)" } ?? "",
                        "sex": patient.sex?.rawValue ?? ""],
            "exam": ["date": exam?.date.map { "\($0)" } ?? "", "scanner": exam?.scanner ?? "scanner not recorded",
                     "software": exam?.software ?? ""],
            "model": ["id": model.id, "version": model.version, "citation": model.citation.hasSuffix(".") ? String(model.citation.dropLast()) : model.citation,
                      "short_citation": shortCitation(model.citation), "outcome": model.outcome,
                      "positive_class": model.positiveClass, "negative_class": model.negativeClass,
                      "threshold_percent": ReportNumber.percent(model.threshold.probability),
                      "threshold_provenance": model.threshold.provenance, "validation": perf.validation,
                      "development_n": perf.developmentN.map(String.init) ?? "an unstated number of",
                      "performance": performance.isEmpty ? "not published" : performance.joined(separator: ", "),
                      "formula": "logit P(\(model.positiveClass)) = " + terms.joined(separator: " "),
                      "interval_note": interval],
            "lesions": lesions,
            "has_followup": score.mrecist != nil,
            "generated": "\(report.generatedDate)",
        ]
        // Absent values are left out (not ""), so Mustache sections like {{#model.doi}} stay closed.
        if let doi = model.doi, !doi.isEmpty, var m = context["model"] as? [String: Any] {
            m["doi"] = doi
            context["model"] = m
        }
        if let c = report.cohort {
            context["cohort"] = ["synthetic": c.isSynthetic, "label": c.label, "description": c.description,
                                 "n_obr": c.negativeCount, "n_nr": c.positiveCount]
        } else {
            context["cohort"] = ["synthetic": false, "label": "", "description": "none", "n_obr": 0, "n_nr": 0]
        }
        if let d = score.dose {
            context["dose"] = ["k_factor": ReportNumber.measured(d.kFactor, maxDecimals: 4), "k_default": d.kFactorIsDefault,
                               "total_msv": ReportNumber.fixed(d.totalEffectiveDoseMSv, 2)]
        }
        if let m = score.mrecist {
            let fromSize = m.baselines.filter { $0.source == .sizeMm }.map(\.lesionId)
            if !fromSize.isEmpty { context["baseline_from_size"] = fromSize.joined(separator: ", ") }
        }
        return context
    }

    /// "Zhang J, Zhang K, … Title" → "Zhang et al.".
    static func shortCitation(_ citation: String) -> String {
        guard let first = citation.split(separator: " ").first else { return citation }
        let name = first.trimmingCharacters(in: [",", "."])
        return citation.contains(",") ? "\(name) et al." : citation
    }
}
