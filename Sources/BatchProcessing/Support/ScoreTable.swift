import ClinicalModel
import Formatting
import Foundation
import ReportComposer
import Scoring

/// The `score` command's human-readable table and CSV, one row per lesion.
///
/// Numbers use `ReportNumber`, the same formatting as the printed report, so a radiologist can
/// compare the command line with the printout digit by digit.
public enum ScoreTable {
    /// Column-aligned text, with each case's warnings listed under its rows, built a batch at a time: keeps only the cells and notes (some hundred bytes a
    /// lesion), not the cases, and aligns the columns at the end.
    public struct Text {
        let model: NomogramModel
        private var rows: [[String]] = []
        private var notes: [String] = []

        public init(model: NomogramModel) { self.model = model }

        /// Adds the rows and notes of `scores`.
        public mutating func add(_ scores: [CaseScore]) {
            for c in scores {
                let dose = c.dose.map { ReportNumber.fixed($0.totalEffectiveDoseMSv, 2) } ?? "—"
                let mrecist = c.latestTimePoint.map { "\($0.overall.rawValue) (\($0.date))" } ?? "—"
                for r in c.lesions {
                    var row = [c.patientId, r.lesionId]
                    if let s = r.score {
                        row += s.inputs.map { ReportNumber.measured($0.value) + ($0.isOnAxis ? "" : "!") }
                        row += [ReportNumber.fixed(s.linearPredictor, 3), ReportNumber.probability(s.probabilityPositive),
                                s.predictedClass, ReportNumber.fixed(s.totalPoints, 1)]
                    } else {
                        row += model.predictors.map { _ in "—" } + ["—", "—", "not scored", "—"]
                    }
                    rows.append(row + [dose, mrecist])
                }
                for w in c.warnings { notes.append("  \(c.patientId): \(w.keyPath): \(w.message)") }
                for e in c.lesionErrors { notes.append("  \(c.patientId): \(e)") }
            }
        }

        /// The aligned table, the warnings and the model line.
        public var rendered: String {
            var header = ["Patient", "Lesion"]
            header += model.predictors.map { "\($0.label) (\($0.unit))" }
            header += ["lp", "P(\(model.positiveClass))", "Predicted", "Points", "Dose E (mSv)", "mRECIST"]
            var out = ScoreTable.align([header] + rows)
            if !notes.isEmpty { out += "\nWarnings (! marks an input outside the nomogram's axis):\n" + notes.joined(separator: "\n") + "\n" }
            out += "\nModel \(model.id) \(model.version); threshold \(ReportNumber.probability(model.threshold.probability)) (\(model.threshold.provenance)).\n"
            return out
        }
    }

    static func align(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = first.map { $0.count }
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        var out = ""
        for (n, r) in rows.enumerated() {
            let cells = r.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }
            out += cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// The header line of the RFC 4180 CSV (full-precision numbers, one row per lesion), with its CRLF.
    public static let csvHeader = "source,patient_id,lesion_id,predictor_values,linear_predictor,probability_positive,predicted,total_points,total_effective_dose_msv,mrecist_overall,mrecist_date,warnings,error\r\n"

    /// The CSV rows of `scores`, each ending in CRLF.
    public static func csvRows(_ scores: [CaseScore]) -> String {
        var lines = ""
        for c in scores {
            for r in c.lesions {
                let s = r.score
                let inputs = s?.inputs.map { "\($0.predictor.name)=\($0.value)" }.joined(separator: ";") ?? ""
                let warnings = c.warnings.filter { $0.keyPath.hasPrefix("lesions[\(r.index)]") }.map(\.message).joined(separator: " | ")
                let fields: [String] = [
                    c.source, c.patientId, r.lesionId, inputs,
                    s.map { "\($0.linearPredictor)" } ?? "", s.map { "\($0.probabilityPositive)" } ?? "",
                    s?.predictedClass ?? "", s.map { "\($0.totalPoints)" } ?? "",
                    c.dose.map { "\($0.totalEffectiveDoseMSv)" } ?? "",
                    c.latestTimePoint?.overall.rawValue ?? "", c.latestTimePoint.map { "\($0.date)" } ?? "",
                    warnings, r.error.map { "\($0)" } ?? "",
                ]
                lines += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
            }
        }
        return lines
    }
}
