import ClinicalModel
import Formatting
import ReportComposer
import Scoring
import Statistics

/// The `cohort` command's human-readable table: one row per marker, then the paired DeLong tests.
///
/// Numbers use `ReportNumber` (the printed report's formatting). A synthetic cohort is announced
/// above and below the table, in capitals, so it cannot be mistaken for patient data, and its table
/// gives the published AUCs as the figures: nothing computed on generated lesions is printed as a finding.
public enum CohortTable {
    /// The table, with the cohort's provenance, the Youden tie rule and the model's threshold.
    /// - Parameters:
    ///   - statistics: The cohort's discrimination statistics.
    ///   - cohort: The cohort (label, synthetic flag, omissions).
    ///   - model: The model whose markers were evaluated.
    /// - Returns: Text ending in a newline.
    public static func text(_ statistics: CohortDiscrimination, cohort: ReferenceCohort, model: NomogramModel) -> String {
        let banner = cohort.isSynthetic ? "SYNTHETIC COHORT — \(cohort.label)." : cohort.label
        var out = banner + "\n"
        out += "\(statistics.negativeCount + statistics.positiveCount) lesions: \(statistics.negativeCount) \(model.negativeClass), "
            + "\(statistics.positiveCount) \(model.positiveClass); model \(model.id) \(model.version).\n"
        if !cohort.omissions.isEmpty {
            out += "Omitted from the source (\(cohort.omissions.count)): "
                + cohort.omissions.prefix(5).map(\.description).joined(separator: "; ")
                + (cohort.omissions.count > 5 ? "; …" : "") + ".\n"
        }
        out += "\n"
        if let published = cohort.publishedDiscrimination {
            return out + syntheticTable(statistics, published: published, model: model)
        }
        let header = ["Marker", "n \(model.negativeClass)", "n \(model.positiveClass)", "AUC", "95 % CI (DeLong)",
                      "Youden cut-off", "Se", "Sp", "Accuracy", "p vs nomogram (DeLong)"]
        let pValues = Dictionary(statistics.comparisons.map { ($0.second, $0.test.pValue) }, uniquingKeysWith: { a, _ in a })
        let rows = statistics.markers.map { m -> [String] in
            let isNomogram = m.name == CohortMarkers.nomogramName
            let sign = m.curve.direction == .higherScoreIndicatesEvent ? "≥" : "≤"
            var cutoff = "\(sign) \(ReportNumber.fixed(m.youden.threshold, isNomogram ? 3 : 2))\(m.unit.isEmpty ? "" : " " + m.unit)"
            if isNomogram, m.youden.threshold.isFinite {
                cutoff += " (P(\(model.positiveClass)) \(ReportNumber.probability(Logistic.probability(m.youden.threshold))))"
            }
            return [isNomogram ? "Nomogram (linear predictor)" : m.label,
                    "\(statistics.negativeCount)", "\(statistics.positiveCount)",
                    ReportNumber.fixed(m.auc, 3),
                    "\(ReportNumber.fixed(m.confidenceInterval.lowerBound, 3))–\(ReportNumber.fixed(m.confidenceInterval.upperBound, 3))",
                    cutoff, ReportNumber.fixed(m.youden.sensitivity, 3), ReportNumber.fixed(m.youden.specificity, 3),
                    ReportNumber.fixed(m.youden.accuracy, 3),
                    pValues[m.name].map(ReportNumber.pValue) ?? "—"]
        }
        out += ScoreTable.align([header] + rows)
        out += "\n\(model.positiveClass) is called at or beyond the cut-off. Where several cut-offs share the best Youden index, "
            + "the one with the highest sensitivity is shown.\n"
        let ties = statistics.markers.filter { $0.youdenTies > 1 }
        if !ties.isEmpty {
            out += "Tied Youden cut-offs: " + ties.map { "\($0.label) \($0.youdenTies)" }.joined(separator: ", ") + ".\n"
        }
        if cohort.isSynthetic { out += "SYNTHETIC COHORT: these numbers describe generated lesions, not patients.\n" }
        return out
    }

    /// The table of a synthetic reconstruction: the published AUCs with their source as the figures,
    /// the reconstruction's own AUC marked as not a finding, and no cut-off or p-value computed on it.
    /// - Parameters:
    ///   - statistics: The reconstruction's discrimination statistics.
    ///   - published: The AUCs the reconstruction stands for.
    ///   - model: The model whose markers were evaluated.
    /// - Returns: Text ending in a newline.
    static func syntheticTable(_ statistics: CohortDiscrimination, published: PublishedDiscrimination, model: NomogramModel) -> String {
        let header = ["Marker", "n \(model.negativeClass)", "n \(model.positiveClass)", "Published AUC (95 % CI)", "Source",
                      "AUC of the reconstruction"]
        let rows = statistics.markers.map { m -> [String] in
            let entry = published.entries[m.name]
            let auc = entry.map { e in
                ReportNumber.fixed(e.auc, 3) + " (" + (e.confidenceInterval.map {
                    "\(ReportNumber.fixed($0.lowerBound, 3))–\(ReportNumber.fixed($0.upperBound, 3))"
                } ?? "no CI published") + ")"
            } ?? "not published"
            return [m.name == CohortMarkers.nomogramName ? "Nomogram (linear predictor)" : m.label,
                    "\(statistics.negativeCount)", "\(statistics.positiveCount)", auc, entry == nil ? "—" : published.source,
                    "\(ReportNumber.fixed(m.auc, 3)) (not a finding: synthetic)"]
        }
        return ScoreTable.align([header] + rows)
            + "\nThe published AUCs are the findings. Youden cut-offs, sensitivities, specificities and DeLong p-values computed on "
            + "synthetic lesions are not findings and are not printed; `hccreport cohort COHORT` with a centre's own cohort shows them.\n"
            + "SYNTHETIC COHORT: these numbers describe generated lesions, not patients.\n"
    }
}
