@testable import Charts
import ClinicalModel
import Scoring

/// The paper's two worked examples (Figure 2) scored with the published model, as a patient's two lesions.
enum ReportLesions {
    static let model = NomogramModel.zhang2025

    static func lesion(_ id: String, segment: String, size: Double, nic: Double, ps: Double) -> Lesion {
        Lesion(id: id, segment: segment, sizeMm: Measurement(size),
               arterial: PhaseMeasurements(nicPercent: Measurement(nic)), perfusion: PerfusionMeasurements(ps: Measurement(ps)))
    }

    static func scored(_ lesions: [Lesion]) throws -> [PatientLesion] {
        let scale = NomogramScale(model: model)
        return PatientLesion.tagged(try lesions.map { l in
            (name: "Lesion \(l.id) (segment \(l.segment ?? "?"))", score: try NomogramScore(lesion: l, model: model, scale: scale))
        })
    }

    static func paperExamples() throws -> [PatientLesion] {
        try scored([lesion("1", segment: "VII", size: 42.4, nic: 17.42, ps: 17.38),
                    lesion("2", segment: "IV", size: 100.5, nic: 54.71, ps: 36.57)])
    }
}
