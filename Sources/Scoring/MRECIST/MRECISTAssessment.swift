import ClinicalModel
import Formatting

/// mRECIST (Lencioni & Llovet 2010) for every follow-up of a case: per time point the target sum S,
/// baseline S_bl, nadir S_nadir, changes, target/non-target/overall response, objective response,
/// and the lesion-level categories the study used (docs/DOMAIN.md §5).
///
/// Definitions, stated precisely:
/// - Target lesions are the case's lesions with a baseline diameter: `viable_diameter_mm`, else
///   `size_mm` (the note in `notes` says which).
/// - S_nadir at time point t = min(S_bl, S(t′) for every evaluable t′ before t); t itself is excluded,
///   so progression is always judged against an earlier state. Per lesion likewise.
/// - PD is against the nadir, PR against baseline; boundaries inclusive, decided in exact integer
///   micrometres (`ViableDiameter`); no 5 mm absolute rule (a note says when RECIST 1.1 would differ).
/// - A follow-up that does not measure every target lesion has target response NE with a reason;
///   its overall response is still PD when non-target PD or a new lesion says so, else NE. Its sum
///   does not enter later nadirs; the lesions it did measure do enter their own nadirs.
/// - Follow-up entries naming a lesion that is not a target are ignored with a note.
/// O(T·L) for T time points and L target lesions.
public struct MRECISTAssessment: Sendable, Hashable {
    /// The baseline of one target lesion.
    public struct Baseline: Sendable, Hashable {
        /// Which recorded value served as the baseline.
        public enum Source: String, Sendable, Hashable {
            /// `viable_diameter_mm` (the mRECIST baseline proper).
            case viableDiameter = "viable_diameter_mm"
            /// `size_mm`, because no viable diameter was recorded.
            case sizeMm = "size_mm"
        }

        /// The lesion.
        public let lesionId: String
        /// The baseline viable diameter.
        public let diameter: ViableDiameter
        /// Where it came from.
        public let source: Source
    }

    /// Target lesions with their baselines, in case order.
    public let baselines: [Baseline]
    /// S_bl.
    public let baselineSum: ViableDiameter
    /// Every follow-up in date order.
    public let timePoints: [MRECISTTimePoint]
    /// Case-level notes (baseline taken from size_mm; lesions without any baseline diameter).
    public let notes: [String]

    /// The caveat every mRECIST table carries.
    public static let caveats = [
        "mRECIST has no 5 mm absolute rule for progression (RECIST 1.1 has); boundaries are inclusive "
            + "(−30 % is PR, +20 % is PD).",
        "With immune checkpoint inhibitors pseudo-progression occurs (iRECIST); mRECIST has no confirmation rule.",
    ]

    /// The latest time point, or `nil` without follow-up.
    public var latest: MRECISTTimePoint? { timePoints.last }

    /// The best overall response recorded from the start of treatment until the first progression
    /// (CR > PR > SD > PD; NE time points skipped; the earliest of equal responses), or `nil` when
    /// no time point is evaluable. O(T).
    public var bestOverallResponse: MRECISTTimePoint? {
        let rank: [MRECISTResponse: Int] = [.cr: 0, .pr: 1, .sd: 2, .pd: 3]
        var best: MRECISTTimePoint?
        for tp in timePoints {
            guard let r = rank[tp.overall] else { continue }
            if best.map({ r < rank[$0.overall]! }) ?? true { best = tp }
            if tp.overall == .pd { break }
        }
        return best
    }

    /// S_nadir after the latest follow-up: the smallest of S_bl and every evaluable sum (the reference
    /// the next scan's PD limit is taken from). O(T).
    public var nadirSum: ViableDiameter { timePoints.compactMap(\.sum).reduce(baselineSum, min) }

    /// The first time point at which a new lesion was recorded, if any.
    public var firstNewLesion: MRECISTTimePoint? { timePoints.first { $0.newLesions } }

    /// Assesses every follow-up of a case.
    /// - Parameters:
    ///   - patientCase: The case; `followUps` are taken in the order given (the reader sorts by date).
    ///   - predictedNonResponse: The nomogram's prediction per lesion id (true = NR), for
    ///     `MRECISTLesionResponse.predictionMatched`.
    public init(case patientCase: PatientCase, predictedNonResponse: [String: Bool] = [:]) {
        var notes: [String] = []
        var baselines: [Baseline] = []
        for lesion in patientCase.lesions {
            if let viable = lesion.viableDiameterMm {
                baselines.append(Baseline(lesionId: lesion.id, diameter: ViableDiameter(millimetres: viable), source: .viableDiameter))
            } else if let size = lesion.sizeMm?.value {
                baselines.append(Baseline(lesionId: lesion.id, diameter: ViableDiameter(millimetres: size), source: .sizeMm))
                notes.append("Lesion \(lesion.id): no viable_diameter_mm recorded, so the mRECIST baseline is size_mm "
                             + "\(ReportNumber.measured(size)) mm (the whole lesion, including any necrotic part).")
            } else {
                notes.append("Lesion \(lesion.id) has neither viable_diameter_mm nor size_mm and is not a target lesion.")
            }
        }
        self.baselines = baselines
        self.notes = notes
        baselineSum = baselines.reduce(.zero) { $0 + $1.diameter }

        var nadirSum = baselineSum
        var lesionNadir = Dictionary(uniqueKeysWithValues: baselines.map { ($0.lesionId, $0.diameter) })
        var points: [MRECISTTimePoint] = []
        for followUp in patientCase.followUps {
            var pointNotes: [String] = []
            var measured: [String: ViableDiameter] = [:]
            for m in followUp.lesions {
                guard lesionNadir[m.lesionId] != nil else {
                    pointNotes.append("Lesion \(m.lesionId) is not a target lesion of this case; its measurement was ignored.")
                    continue
                }
                if measured[m.lesionId] == nil { measured[m.lesionId] = ViableDiameter(millimetres: m.viableDiameterMm) }
            }
            let lesions = baselines.map { b in
                MRECISTLesionResponse(lesionId: b.lesionId, diameter: measured[b.lesionId], baseline: b.diameter,
                                      nadir: lesionNadir[b.lesionId]!, predictedNonResponse: predictedNonResponse[b.lesionId])
            }
            let missing = baselines.filter { measured[$0.lesionId] == nil }.map(\.lesionId)
            let target: MRECISTResponse
            var sum: ViableDiameter?
            if baselines.isEmpty {
                target = .ne
                pointNotes.append("There is no target lesion with a baseline diameter, so the target response is not evaluable (NE).")
            } else if !missing.isEmpty {
                target = .ne
                let list = missing.joined(separator: ", ")
                pointNotes.append("Target lesion\(missing.count == 1 ? "" : "s") \(list) \(missing.count == 1 ? "was" : "were") not measured at this follow-up, so the target response is not evaluable (NE).")
            } else {
                let diameters = baselines.map { measured[$0.lesionId]! }
                let s = diameters.reduce(.zero, +)
                sum = s
                target = MRECISTResponse.target(diameters: diameters, baseline: baselineSum, nadir: nadirSum)
                if target == .pd, s.micrometres - nadirSum.micrometres < 5000 {
                    pointNotes.append("Progression by mRECIST (+\(ReportNumber.measured(s.percentChange(from: nadirSum) ?? 0, maxDecimals: 1)) % over the nadir) with an absolute increase of "
                                      + "\(ViableDiameter(micrometres: s.micrometres - nadirSum.micrometres)); RECIST 1.1 would also require ≥ 5 mm and call this SD.")
                }
            }
            if followUp.nonTarget == nil {
                pointNotes.append("Non-target status not recorded; treated as no non-target lesions.")
            }
            let overall = MRECISTResponse.overall(target: target, nonTarget: followUp.nonTarget, newLesions: followUp.newLesions)
            points.append(MRECISTTimePoint(
                date: followUp.date, sum: sum, baselineSum: baselineSum, nadirSum: nadirSum,
                changeFromBaselinePercent: sum?.percentChange(from: baselineSum),
                changeFromNadirPercent: sum?.percentChange(from: nadirSum),
                target: target, nonTarget: followUp.nonTarget, newLesions: followUp.newLesions, overall: overall,
                lesions: lesions, notes: pointNotes))
            if let s = sum { nadirSum = min(nadirSum, s) }
            for (id, d) in measured { lesionNadir[id] = min(lesionNadir[id]!, d) }
        }
        timePoints = points
    }
}
