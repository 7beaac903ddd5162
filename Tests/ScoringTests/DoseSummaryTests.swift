import ClinicalModel
import Testing
@testable import Scoring
import TestSupport

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
        expectClose(d.totalEffectiveDoseMSv, 19.02, absolute: 1e-12)
        #expect(d.perfusionDLPMGyCm == 1033)
        expectClose(d.perfusionEffectiveDoseMSv, 15.495, absolute: 1e-12)
        expectClose(d.dualEnergyEffectiveDoseMSv, 1.875, absolute: 1e-12)
        expectClose(d.plainEffectiveDoseMSv, 1.65, absolute: 1e-12)
        expectClose(d.perfusionSharePercent!, 100 * 1033 / 1268, absolute: 1e-12)
        expectClose(d.plainEffectiveDoseMSv + d.perfusionEffectiveDoseMSv + d.dualEnergyEffectiveDoseMSv, d.totalEffectiveDoseMSv, absolute: 1e-12)
    }

    @Test("A k-factor from the record is used and flagged as given")
    func givenK() {
        let d = DoseSummary(record: DoseRecord(kFactor: 0.014, series: [DoseSeries(name: "A", kind: .plain, dlpMGyCm: 100)]))
        #expect(d.kFactor == 0.014)
        #expect(!d.kFactorIsDefault)
        expectClose(d.totalEffectiveDoseMSv, 1.4, absolute: 1e-12)
        #expect(d.perfusionSharePercent == 0)
        #expect(d.comparisons.map(\.reference.quantity) == [.totalEffectiveDose, .examDLP])  // DLP of the non-perfusion series
    }

    @Test("Perfusion dose against the study's perfusion figures; the DRL only beside non-perfusion series, for orientation")
    func comparisons() {
        let d = DoseSummary(record: Self.fiveSeries)
        let byLabel = Dictionary(d.comparisons.map { ("\($0.reference.label)|\($0.subject)", $0.relation) }, uniquingKeysWith: { a, _ in a })
        #expect(byLabel["\(DoseReference.paperTotal.label)|Total effective dose"] == .within)
        #expect(byLabel["\(DoseReference.paperPerfusion.label)|Perfusion effective dose"] == .within)
        #expect(byLabel["\(DoseReference.earlierPerfusionProtocols.label)|Perfusion effective dose"] == .below)
        // 110 + 62 + 63 = 235 mGy·cm without the two perfusion series (520 + 513).
        let drl = d.comparisons.first { $0.reference.quantity == .examDLP }!
        #expect(drl.subject == "DLP of the non-perfusion series" && drl.value == 235 && drl.relation == .forOrientation)
        #expect(drl.statement == "DLP of the non-perfusion series 235.0 mGy·cm is shown for orientation beside DRL multiphase abdomen CT, DLP per exam (for orientation) "
                + "(1120.0 mGy·cm; Foley SJ et al., Br J Radiol 2012 (Irish national DRLs)). A diagnostic reference level describes a typical multiphase "
                + "abdominal exam across patients, not one patient's dose, and it excludes perfusion (no DRL exists for CT perfusion): it is shown for "
                + "orientation beside the non-perfusion series only.")
        #expect(!d.comparisons.contains { $0.reference.quantity == .seriesCTDIvol })
        // The CTDIvol DRL is set beside each non-perfusion series on the 32 cm phantom, never beside perfusion.
        #expect(Self.fiveSeries.series.map { DoseSummary.referenceLevel(for: $0)?.value } == [13, nil, nil, 13, 13])
    }

    @Test("Mean ± SD comparisons use 2 SD; ranges are inclusive")
    func relations() {
        #expect(DoseSummary.compare(.paperTotal, "x", 19.02 + 2 * 5.39 + 0.01).relation == .above)
        #expect(DoseSummary.compare(.paperTotal, "x", 8.0).relation == .below)
        #expect(DoseSummary.compare(.earlierPerfusionProtocols, "x", 45).relation == .within)
        #expect(DoseSummary.compare(.earlierPerfusionProtocols, "x", 45.1).relation == .above)
        #expect(DoseSummary.compare(.multiphaseAbdomenCTDIvol, "x", 13.1).relation == .forOrientation)
    }
}
