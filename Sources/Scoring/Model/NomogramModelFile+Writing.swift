import Foundation
import ClinicalModel
import Formatting

extension NomogramModelFile {
    /// Writes a model in the model-file format, so that `parse(yaml(for: m)) == m` exactly
    /// (numbers are `PlainDecimal.exactText`: the shortest text that reads back exactly, 200.0 as `200`). O(p²).
    /// - Parameters:
    ///   - model: The model.
    ///   - header: Comment lines written first (without `#`).
    /// - Returns: YAML text.
    public static func yaml(for model: NomogramModel, header: [String] = []) -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func n(_ x: Double) -> String { PlainDecimal.exactText(x) }
        var out = header.map { "# \($0)" }
        out += ["id: \(q(model.id))", "version: \(q(model.version))", "citation: \(q(model.citation))"]
        if let doi = model.doi { out.append("doi: \(q(doi))") }
        out += ["outcome: \(q(model.outcome))", "positive_class: \(q(model.positiveClass))",
                "negative_class: \(q(model.negativeClass))", "intercept: \(n(model.intercept))"]
        if let se = model.interceptStandardError { out.append("intercept_standard_error: \(n(se))") }
        out.append("predictors:")
        for p in model.predictors {
            out += ["  - name: \(q(p.name))", "    field: \(q(p.field))", "    label: \(q(p.label))",
                    "    unit: \(q(p.unit))", "    coefficient: \(n(p.coefficient))"]
            if let se = p.standardError { out.append("    standard_error: \(n(se))") }
            out += ["    axis_min: \(n(p.axisMin))", "    axis_max: \(n(p.axisMax))"]
            if let step = p.tickStep { out.append("    tick_step: \(n(step))") }
        }
        let t = model.threshold
        out += ["threshold:", "  probability: \(n(t.probability))", "  provenance: \(q(t.provenance))",
                "  from_publication: \(t.fromPublication)"]
        let perf = model.performance
        out.append("performance:")
        let optional: [(String, Double?)] = [("auroc", perf.auroc), ("auroc_ci_low", perf.aurocCILow),
                                             ("auroc_ci_high", perf.aurocCIHigh), ("sensitivity", perf.sensitivity),
                                             ("specificity", perf.specificity), ("accuracy", perf.accuracy)]
        for case let (key, value?) in optional { out.append("  \(key): \(n(value))") }
        if let dn = perf.developmentN { out.append("  development_n: \(dn)") }
        out.append("  validation: \(q(perf.validation))")
        if let w = model.endpointWindow {
            out += ["endpoint_window:", "  first_day: \(w.firstDay)", "  last_day: \(w.lastDay)",
                    "  tolerance_days: \(w.toleranceDays)", "  source: \(q(w.source))"]
        }
        if let p = model.studyPopulation {
            func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }
            out += ["study_population:", "  max_days_exam_before_treatment: \(p.maxDaysExamBeforeTreatment)",
                    "  bclc_stages: \(list(p.bclcStages))", "  child_pugh_classes: \(list(p.childPughClasses))",
                    "  regimen: \(q(p.regimen))", "  scanner_keywords: \(list(p.scannerKeywords))",
                    "  scanner_description: \(q(p.scannerDescription))", "  source: \(q(p.source))"]
        }
        if let sigma = model.covariance {
            out.append("covariance:")
            for row in sigma { out.append("  - [" + row.map(n).joined(separator: ", ") + "]") }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
