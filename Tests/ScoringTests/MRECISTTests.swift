import ClinicalModel
import Testing
@testable import Scoring
import TestSupport

@Suite("mRECIST")
struct MRECISTTests {
    typealias T = ScoringFixtures

    /// A case with lesions of the given baseline viable diameters and these follow-ups.
    static func assess(_ baselines: [(String, Double)], _ followUps: [FollowUp], predicted: [String: Bool] = [:]) -> MRECISTAssessment {
        let lesions = baselines.map { T.lesion($0.0, size: $0.1 + 5, nic: 20, ps: 20, viable: $0.1) }
        let c = PatientCase(source: "test", patient: Patient(id: "P"), lesions: lesions, followUps: followUps)
        return MRECISTAssessment(case: c, predictedNonResponse: predicted)
    }

    struct TargetRow: Sendable, CustomTestStringConvertible {
        let baseline: [Double]
        let history: [[Double]]
        let now: [Double]
        let expected: MRECISTResponse
        let why: String
        var testDescription: String { why }
    }

    @Test("Target response table, in order CR → PD → PR → SD", arguments: [
        TargetRow(baseline: [40, 20], history: [], now: [0, 0], expected: .cr, why: "step 1: no enhancement in any target → CR"),
        TargetRow(baseline: [40, 20], history: [[10, 0]], now: [0, 0], expected: .cr, why: "CR is checked before PD (nadir 10)"),
        TargetRow(baseline: [40, 20], history: [], now: [50, 22], expected: .pd, why: "step 2: S = 72 ≥ 1.2·60 → PD"),
        TargetRow(baseline: [40, 20], history: [], now: [28, 14], expected: .pr, why: "step 3: S = 42 ≤ 0.7·60 → PR (exactly −30 %)"),
        TargetRow(baseline: [40, 20], history: [], now: [30, 15], expected: .sd, why: "step 4: −25 % → SD"),
        TargetRow(baseline: [40, 20], history: [[20, 5]], now: [25, 6], expected: .pd,
                  why: "PD against the nadir 25, not baseline: S = 31 is −48 % from baseline"),
        TargetRow(baseline: [40, 20], history: [[0, 0]], now: [3, 0], expected: .pd, why: "recurrence after CR: nadir 0"),
        TargetRow(baseline: [40, 0], history: [], now: [40, 0], expected: .sd, why: "a target already 0 at baseline does not make CR"),
    ])
    func targetTable(_ row: TargetRow) {
        let ids = ["L1", "L2"]
        var followUps = row.history.enumerated().map { i, d in T.followUp("2025-0\(i + 2)-15", Array(zip(ids, d))) }
        followUps.append(T.followUp("2025-06-15", Array(zip(ids, row.now))))
        let a = Self.assess(Array(zip(ids, row.baseline)), followUps)
        #expect(a.latest?.target == row.expected)
    }

    struct OverallRow: Sendable, CustomTestStringConvertible {
        let target: MRECISTResponse
        let nonTarget: FollowUp.NonTargetStatus?
        let newLesions: Bool
        let expected: MRECISTResponse
        var testDescription: String { "\(target) / \(nonTarget?.rawValue ?? "not recorded") / new \(newLesions) → \(expected)" }
    }

    /// Every row of the overall-response table, with every "any"/"non-PD" expanded.
    static let overallRows: [OverallRow] = {
        var rows: [OverallRow] = [
            OverallRow(target: .cr, nonTarget: .cr, newLesions: false, expected: .cr),
            OverallRow(target: .cr, nonTarget: FollowUp.NonTargetStatus.none, newLesions: false, expected: .cr),
            OverallRow(target: .cr, nonTarget: nil, newLesions: false, expected: .cr),
            OverallRow(target: .cr, nonTarget: .nonCRNonPD, newLesions: false, expected: .pr),
            OverallRow(target: .ne, nonTarget: FollowUp.NonTargetStatus.none, newLesions: false, expected: .ne),
        ]
        let nonPD: [FollowUp.NonTargetStatus?] = [FollowUp.NonTargetStatus.none, .cr, .nonCRNonPD, nil]
        for nt in nonPD {
            rows.append(OverallRow(target: .pr, nonTarget: nt, newLesions: false, expected: .pr))
            rows.append(OverallRow(target: .sd, nonTarget: nt, newLesions: false, expected: .sd))
        }
        let anyTarget: [MRECISTResponse] = [.cr, .pr, .sd, .pd, .ne]
        let anyNonTarget: [FollowUp.NonTargetStatus?] = [FollowUp.NonTargetStatus.none, .cr, .nonCRNonPD, .pd, nil]
        for t in anyTarget {
            for nt in anyNonTarget {
                for new in [false, true] where t == .pd || nt == .pd || new {
                    rows.append(OverallRow(target: t, nonTarget: nt, newLesions: new, expected: .pd))
                }
            }
        }
        return rows
    }()

    @Test("Overall response table, every row", arguments: overallRows)
    func overallTable(_ row: OverallRow) {
        #expect(MRECISTResponse.overall(target: row.target, nonTarget: row.nonTarget, newLesions: row.newLesions) == row.expected)
    }

    @Test("Objective response is CR + PR; NE is neither")
    func objectiveResponse() {
        #expect(MRECISTResponse.allCases.map(\.isObjectiveResponse) == [true, true, false, false, nil])
    }

    struct Boundary: Sendable, CustomTestStringConvertible {
        let baseline: Double
        let nadirStep: Double?
        let now: Double
        let expected: MRECISTResponse
        var testDescription: String { "\(baseline) → \(nadirStep.map { "\($0) → " } ?? "")\(now): \(expected)" }
    }

    @Test("Inclusive boundaries never flip through floating point", arguments: [
        Boundary(baseline: 10.0, nadirStep: nil, now: 7.0, expected: .pr),
        Boundary(baseline: 10.0, nadirStep: nil, now: 7.1, expected: .sd),
        Boundary(baseline: 10.0, nadirStep: nil, now: 12.0, expected: .pd),
        Boundary(baseline: 10.0, nadirStep: nil, now: 11.9, expected: .sd),
        Boundary(baseline: 33.3, nadirStep: nil, now: 23.31, expected: .pr),
        Boundary(baseline: 33.3, nadirStep: nil, now: 23.32, expected: .sd),
        Boundary(baseline: 33.3, nadirStep: nil, now: 39.96, expected: .pd),
        Boundary(baseline: 33.3, nadirStep: nil, now: 39.95, expected: .sd),
        Boundary(baseline: 0.3, nadirStep: nil, now: 0.21, expected: .pr),
        Boundary(baseline: 20.0, nadirStep: 14.1, now: 16.92, expected: .pd),
        Boundary(baseline: 20.0, nadirStep: 14.1, now: 16.91, expected: .sd),
    ])
    func boundaries(_ b: Boundary) {
        var followUps: [FollowUp] = []
        if let n = b.nadirStep { followUps.append(T.followUp("2025-03-01", [("L1", n)])) }
        followUps.append(T.followUp("2025-05-01", [("L1", b.now)]))
        let a = Self.assess([("L1", b.baseline)], followUps)
        #expect(a.latest?.target == b.expected)
        #expect(a.latest?.lesion("L1")?.category == b.expected)
        // The floating-point products themselves would get some of these wrong:
        // 0.7 * 0.3 = 0.21 exactly in decimal, but 0.21 > 0.7 * 0.3 in binary.
    }

    @Test("Sums of two lesions at exactly −30 % are PR")
    func sumBoundary() {
        // 3.3 + 4.1 = 7.4 (binary: 7.3999…); 0.7 × 7.4 = 5.18 = 2.31 + 2.87.
        let a = Self.assess([("L1", 3.3), ("L2", 4.1)], [T.followUp("2025-03-01", [("L1", 2.31), ("L2", 2.87)])])
        #expect(a.latest?.target == .pr)
        expectClose(a.latest!.changeFromBaselinePercent!, -30, absolute: 1e-12)
    }

    @Test("Nadir at t is the minimum over baseline and EARLIER evaluable time points only")
    func nadirDefinition() throws {
        let a = Self.assess([("L1", 50)], [
            T.followUp("2025-03-01", [("L1", 30)]),
            T.followUp("2025-04-01", [("L1", 40)]),
            T.followUp("2025-05-01", [("L1", 20)]),
            T.followUp("2025-06-01", [("L1", 24)]),
        ])
        #expect(a.timePoints.map(\.nadirSum.millimetres) == [50, 30, 30, 20])
        #expect(a.timePoints.map(\.target) == [.pr, .pd, .pr, .pd])
        #expect(a.timePoints.map { $0.lesion("L1")!.nadir.millimetres } == [50, 30, 30, 20])
        let t2 = a.timePoints[1]
        expectClose(t2.changeFromNadirPercent!, 100 * 10.0 / 30, absolute: 1e-12)
        expectClose(t2.changeFromBaselinePercent!, -20, absolute: 1e-12)
        #expect(t2.overall == .pd)
        #expect(t2.objectiveResponse == false)
    }

    @Test("mRECIST has no 5 mm rule: +20 % with +2 mm is PD, and the note says RECIST 1.1 differs")
    func noFiveMillimetreRule() {
        let a = Self.assess([("L1", 10.0)], [T.followUp("2025-03-01", [("L1", 12.0)])])
        #expect(a.latest?.target == .pd)
        #expect(a.latest?.notes == ["Progression by mRECIST (+20.0 % over the nadir) with an absolute increase of 2.0 mm; RECIST 1.1 would also require ≥ 5 mm and call this SD."])
        let big = Self.assess([("L1", 40.0)], [T.followUp("2025-03-01", [("L1", 48.0)])])
        #expect(big.latest?.target == .pd)
        #expect(big.latest?.notes.isEmpty == true)
    }

    @Test("A follow-up that omits a target lesion is NE, excluded from later nadirs")
    func missingTarget() {
        let a = Self.assess([("L1", 40), ("L2", 20)], [
            T.followUp("2025-03-01", [("L1", 10)]),
            T.followUp("2025-04-01", [("L1", 10)], newLesions: true),
            T.followUp("2025-05-01", [("L1", 30), ("L2", 20)]),
        ])
        let first = a.timePoints[0]
        #expect(first.target == .ne)
        #expect(first.overall == .ne)
        #expect(first.objectiveResponse == nil)
        #expect(first.sum == nil)
        #expect(first.notes == ["Target lesion L2 was not measured at this follow-up, so the target response is not evaluable (NE)."])
        #expect(first.lesion("L1")?.category == .pr)
        #expect(first.lesion("L2")?.category == .ne)
        #expect(a.timePoints[1].overall == .pd)  // a new lesion is PD even when targets are NE
        // Sum nadir stays at baseline 60 (NE sums do not count); L1's own nadir is 10.
        let last = a.timePoints[2]
        #expect(last.nadirSum.millimetres == 60)
        #expect(last.target == .sd)
        #expect(last.lesion("L1")?.category == .pd)
        #expect(last.lesion("L1")?.nadir.millimetres == 10)
    }

    @Test("Baseline falls back to size_mm, with a note; unknown follow-up lesions are ignored with a note")
    func baselineSource() throws {
        let lesions = [Lesion(id: "L1", sizeMm: Measurement(42.4)),
                       Lesion(id: "L2", sizeMm: Measurement(30), viableDiameterMm: 25),
                       Lesion(id: "L3")]
        let c = PatientCase(source: "t", patient: Patient(id: "P"), lesions: lesions,
                            followUps: [T.followUp("2025-03-01", [("L1", 20), ("L2", 25), ("X9", 4)], nonTarget: nil)])
        let a = MRECISTAssessment(case: c)
        #expect(a.baselines.map(\.source) == [.sizeMm, .viableDiameter])
        #expect(a.baselineSum.millimetres == 67.4)
        #expect(a.notes == ["Lesion L1: no viable_diameter_mm recorded, so the mRECIST baseline is size_mm 42.4 mm (the whole lesion, including any necrotic part).",
                            "Lesion L3 has neither viable_diameter_mm nor size_mm and is not a target lesion."])
        #expect(a.latest?.notes == ["Lesion X9 is not a target lesion of this case; its measurement was ignored.",
                                    "Non-target status not recorded; treated as no non-target lesions."])
        #expect(a.latest?.target == .pr)  // S = 45 ≤ 0.7 × 67.4 = 47.18
    }

    @Test("Lesion-level categories and agreement with the nomogram")
    func lesionLevel() {
        let a = Self.assess([("L1", 40), ("L2", 30)], [T.followUp("2025-03-01", [("L1", 0), ("L2", 29)])],
                            predicted: ["L1": false, "L2": false])
        let l1 = a.latest!.lesion("L1")!, l2 = a.latest!.lesion("L2")!
        #expect(l1.category == .cr)
        #expect(l1.changeFromBaselinePercent == -100)
        #expect(l1.predictionMatched == true)
        #expect(l2.category == .sd)
        #expect(l2.predictionMatched == false)
        #expect(a.latest?.target == .pr)  // 29 / 70 = −58.6 %
        let unscored = Self.assess([("L1", 40)], [T.followUp("2025-03-01", [("L1", 20)])])
        #expect(unscored.latest?.lesion("L1")?.predictionMatched == nil)
    }

    @Test("ViableDiameter arithmetic is exact in micrometres")
    func viableDiameter() {
        let a = ViableDiameter(millimetres: 0.1), b = ViableDiameter(millimetres: 0.2)
        #expect((a + b) == ViableDiameter(millimetres: 0.3))
        #expect(ViableDiameter(millimetres: 23.31).micrometres == 23_310)
        #expect(ViableDiameter(millimetres: 12).percentChange(from: .zero) == nil)
        #expect(ViableDiameter(millimetres: 23.31).description == "23.31 mm")
    }
}
