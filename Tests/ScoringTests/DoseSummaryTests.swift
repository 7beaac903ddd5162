import ClinicalModel
import Testing
@testable import Scoring

@Suite("Dose summary")
struct DoseSummaryTests {
    /// A five-series LD-DE&PCT record close to the paper's mean (19.02 mSv, perfusion 15.55 mSv).
    static let fiveSeries = DoseRecord(series: [
        DoseSeries(name: "Non-contrast", kind: .plain, ctdiVolMGy: 5.0, phantomCm: 32, dlpMGyCm: 110.0, scanLengthCm: 22),
        DoseSeries(name: "Perfusion 1", kind: .perfusion, ctdiVolMGy: 32.5, phantomCm: 32, dlpMGyCm: 520.0, scanLengthCm: 16),
        DoseSeries(name: "Perfusion 2", kind: .perfusion, ctdiVolMGy: 32.1, phantomCm: 32, dlpMGyCm: 513.0, scanLengthCm: 16),
        DoseSeries(name: "Arterial DE", kind: .dualEnergy, ctdiVolMGy: 3.1, phantomCm: 32, dlpMGyCm: 62.0, scanLengthCm: 20),
        DoseSeries(name: "Portal-venous DE", kind: .dualEnergy, ctdiVolMGy: 3.1, phantomCm: 32, dlpMGyCm: 63.0, scanLengthCm: 20),
    ])

    @Test("Per-series and total effective dose with the default k")
    func sums() {
        let d = DoseSummary(record: Self.fiveSeries)
        #expect(d.kFactor == 0.015)
        #expect(d.kFactorIsDefault)
        #expect(d.series.map(\.effectiveDoseMSv) == [110.0 * 0.015, 520.0 * 0.015, 513.0 * 0.015, 62.0 * 0.015, 63.0 * 0.015])
        #expect(d.totalDLPMGyCm == 1268)
        #expect(abs(d.totalEffectiveDoseMSv - 19.02) < 1e-12)
        #expect(d.perfusionDLPMGyCm == 1033)
        #expect(abs(d.perfusionEffectiveDoseMSv - 15.495) < 1e-12)
        #expect(abs(d.dualEnergyEffectiveDoseMSv - 1.875) < 1e-12)
        #expect(abs(d.plainEffectiveDoseMSv - 1.65) < 1e-12)
        #expect(abs(d.perfusionSharePercent! - 100 * 1033 / 1268) < 1e-12)
        #expect(abs(d.plainEffectiveDoseMSv + d.perfusionEffectiveDoseMSv + d.dualEnergyEffectiveDoseMSv - d.totalEffectiveDoseMSv) < 1e-12)
    }

    @Test("A k-factor from the record is used and flagged as given")
    func givenK() {
        let d = DoseSummary(record: DoseRecord(kFactor: 0.014, series: [DoseSeries(name: "A", kind: .plain, dlpMGyCm: 100)]))
        #expect(d.kFactor == 0.014)
        #expect(!d.kFactorIsDefault)
        #expect(abs(d.totalEffectiveDoseMSv - 1.4) < 1e-12)
        #expect(d.perfusionSharePercent == 0)
        #expect(d.comparisons.map(\.reference.quantity) == [.totalEffectiveDose, .examDLP])
    }

    @Test("Comparisons with the paper, earlier protocols and the multiphase DRL")
    func comparisons() {
        let d = DoseSummary(record: Self.fiveSeries)
        let byLabel = Dictionary(d.comparisons.map { ("\($0.reference.label)|\($0.subject)", $0.relation) }, uniquingKeysWith: { a, _ in a })
        #expect(byLabel["\(DoseReference.paperTotal.label)|Total effective dose"] == .within)
        #expect(byLabel["\(DoseReference.paperPerfusion.label)|Perfusion effective dose"] == .within)
        #expect(byLabel["\(DoseReference.earlierPerfusionProtocols.label)|Perfusion effective dose"] == .below)
        #expect(byLabel["\(DoseReference.multiphaseAbdomenDLP.label)|Exam DLP"] == .above)
        // CTDIvol compared per non-perfusion series only (3 plain/DE series), all below 13 mGy.
        let ctdi = d.comparisons.filter { $0.reference.quantity == .seriesCTDIvol }
        #expect(ctdi.map(\.subject) == ["CTDIvol of Non-contrast", "CTDIvol of Arterial DE", "CTDIvol of Portal-venous DE"])
        #expect(ctdi.allSatisfy { $0.relation == .below })
        let drl = d.comparisons.first { $0.reference.quantity == .examDLP }!
        #expect(drl.statement == "Exam DLP 1268.0 mGy·cm is above DRL multiphase abdomen CT, DLP per exam (1120.0 mGy·cm; Foley SJ et al., Br J Radiol 2012 (Irish national DRLs)). This DRL is for multiphase abdominal CT; no DRL exists for CT perfusion, so an exam that includes perfusion is expected to exceed it.")
    }

    @Test("Mean ± SD comparisons use 2 SD; ranges are inclusive")
    func relations() {
        #expect(DoseSummary.compare(.paperTotal, "x", 19.02 + 2 * 5.39 + 0.01).relation == .above)
        #expect(DoseSummary.compare(.paperTotal, "x", 8.0).relation == .below)
        #expect(DoseSummary.compare(.earlierPerfusionProtocols, "x", 45).relation == .within)
        #expect(DoseSummary.compare(.earlierPerfusionProtocols, "x", 45.1).relation == .above)
        #expect(DoseSummary.compare(.multiphaseAbdomenCTDIvol, "x", 13).relation == .below)
        #expect(DoseSummary.compare(.multiphaseAbdomenCTDIvol, "x", 13.1).relation == .above)
    }
}
