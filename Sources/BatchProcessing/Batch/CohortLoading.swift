import CaseReader
import ClinicalModel
import Foundation
import ReportComposer
import Scoring

/// Loads the reference cohort named on the command line (or the bundled synthetic one).
public enum CohortLoading {
    /// - Parameter path: a cohort CSV, a folder of case files with follow-up, or `nil` for the bundled synthetic cohort.
    /// - Throws: `SetupError` with every problem (line numbers for CSV rows).
    public static func load(_ path: String?, model: NomogramModel) throws -> ReferenceCohort {
        guard let path else { return ReferenceCohort.syntheticZhang2025 }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SetupError("The reference cohort \(path) does not exist.")
        }
        if !isDirectory.boolValue {
            do { return try ReferenceCohort(contentsOfCSVFile: path) } catch { throw SetupError("\(error)") }
        }
        return try fromCaseFolder(path, model: model)
    }

    /// A cohort from scored case files: each target lesion with its lesion-level mRECIST category at
    /// the model's endpoint (the first follow-up inside the endpoint window that measured it;
    /// `EndpointAssessment`), the same rule as the reports' endpoint check.
    static func fromCaseFolder(_ path: String, model: NomogramModel) throws -> ReferenceCohort {
        let listing = discoverCaseFiles([path])
        let scoring = try CaseScoring(model: model)
        var lesions: [CohortLesion] = []
        var omissions: [ReferenceCohort.Omission] = []
        for outcome in scoring.run(listing.files, jobs: ProcessInfo.processInfo.activeProcessorCount) {
            for e in outcome.load.result.errors { omissions.append(.init(line: e.line, lesionId: e.source, reason: e.message)) }
            for c in outcome.scores {
                for r in c.lesions {
                    let id = "\(c.patientId)/\(r.lesionId)"
                    guard let endpoint = c.endpoint.lesion(r.lesionId), let category = endpoint.result?.category else {
                        let status = c.endpoint.lesion(r.lesionId)?.unassessed?.text ?? "no endpoint"
                        omissions.append(.init(line: nil, lesionId: id, reason: "no outcome at the model's endpoint (\(status))"))
                        continue
                    }
                    guard let s = r.score,
                          let size = s.input(named: "size_mm")?.value, let nic = s.input(named: "nic_ap_percent")?.value,
                          let ps = s.input(named: "ps_ml_min_100g")?.value else {
                        omissions.append(.init(line: nil, lesionId: id, reason: "a model input is missing"))
                        continue
                    }
                    guard let label = CohortLesion.ResponseLabel(recorded: category.rawValue) else { continue }
                    lesions.append(CohortLesion(id: id, label: label, sizeMm: size, nicApPercent: nic, psMlMin100g: ps))
                }
            }
        }
        do {
            return try ReferenceCohort(lesions: lesions, provenance: .caseFolder(path: path), omissions: omissions)
        } catch {
            throw SetupError("The case folder \(path) cannot serve as a reference cohort: \(error)")
        }
    }

    /// What the report says about the cohort.
    static func describe(_ cohort: ReferenceCohort) -> CohortDescription {
        let neg = cohort.count(.objectiveResponse), pos = cohort.count(.nonResponse)
        let text: String
        switch cohort.provenance {
        case .synthetic: text = "\(neg + pos) synthetic lesions reconstructed from the group statistics published by Zhang et al. (Tables 2–4)"
        case .file(let path): text = "\(neg + pos) lesions from \(URL(fileURLWithPath: path).lastPathComponent)"
        case .caseFolder(let path): text = "\(neg + pos) lesions from the case files in \(path) (lesion-level mRECIST at the model's endpoint: first follow-up inside its window)"
        }
        var ranges: [String: ClosedRange<Double>] = [:]
        let columns: [(String, KeyPath<CohortLesion, Double>)] = [("size_mm", \.sizeMm), ("nic_ap_percent", \.nicApPercent),
                                                                  ("ps_ml_min_100g", \.psMlMin100g)]
        for (name, path) in columns {
            let values = cohort.lesions.map { $0[keyPath: path] }
            if let lo = values.min(), let hi = values.max() { ranges[name] = lo...hi }
        }
        return CohortDescription(description: text, isSynthetic: cohort.isSynthetic, label: cohort.label,
                                 negativeCount: neg, positiveCount: pos, observedRanges: ranges)
    }
}
