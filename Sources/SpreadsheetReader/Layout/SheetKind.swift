/// The sheets of a coordinator's workbook.
public enum SheetKind: String, Sendable, CaseIterable {
    /// One row per target lesion, with the patient's own values repeated or on the first row.
    case lesions
    /// One row per follow-up and target lesion.
    case followup
    /// One row per acquired CT series (optional).
    case dose
}

/// Where a column's values go in the patient's case.
enum ColumnTarget: Hashable, Sendable {
    /// The patient ID, which groups rows into patients.
    case patientID
    /// A field of the case by dotted path from its root: `patient.name`, `exam.date`, `treatment.tace_date`.
    case caseField(String)
    /// A field of one lesion: `id`, `size_mm`, `arterial.nic_percent`.
    case lesionField(String)
    /// A field of one follow-up row: `date`, `id` (the lesion), `viable_diameter_mm`, `non_target`, `new_lesions`.
    case followUpField(String)
    /// A field of one dose series: `name`, `kind`, `ctdi_vol_mgy`, `phantom_cm`, `dlp_mgy_cm`, `scan_length_cm`.
    case doseField(String)

    /// The key path's last part(s) this column fills, as an error's key path ends
    /// (`lesions[0].arterial.nic_percent` ends with `arterial.nic_percent`).
    var fieldPath: String {
        switch self {
        case .patientID: "patient.id"
        case .caseField(let path), .lesionField(let path), .followUpField(let path), .doseField(let path): path
        }
    }
}

extension SheetKind {
    /// The default column names of this sheet and where they go.
    var defaultColumns: [(name: String, target: ColumnTarget)] {
        switch self {
        case .lesions:
            return [("patient_id", .patientID), ("patient_name", .caseField("patient.name")),
                    ("birth_date", .caseField("patient.birth_date")), ("sex", .caseField("patient.sex")),
                    ("exam_date", .caseField("exam.date")), ("treatment_date", .caseField("treatment.tace_date")),
                    ("lesion_id", .lesionField("id")), ("segment", .lesionField("segment")),
                    ("size_mm", .lesionField("size_mm")), ("viable_diameter_mm", .lesionField("viable_diameter_mm")),
                    ("nic_ap_percent", .lesionField("arterial.nic_percent")), ("ic_mg_ml", .lesionField("arterial.ic_mg_ml")),
                    ("ic_aorta_mg_ml", .lesionField("arterial.ic_aorta_mg_ml")), ("ps_ml_min_100g", .lesionField("perfusion.ps"))]
        case .followup:
            return [("patient_id", .patientID), ("date", .followUpField("date")), ("lesion_id", .followUpField("id")),
                    ("viable_diameter_mm", .followUpField("viable_diameter_mm")), ("non_target", .followUpField("non_target")),
                    ("new_lesions", .followUpField("new_lesions"))]
        case .dose:
            return [("patient_id", .patientID), ("series", .doseField("name")), ("kind", .doseField("kind")),
                    ("ctdi_vol_mgy", .doseField("ctdi_vol_mgy")), ("phantom_cm", .doseField("phantom_cm")),
                    ("dlp_mgy_cm", .doseField("dlp_mgy_cm")), ("scan_length_cm", .doseField("scan_length_cm"))]
        }
    }

    /// Columns that must be present.
    var requiredColumns: [String] {
        switch self {
        case .lesions: ["patient_id", "lesion_id"]
        case .followup: ["patient_id", "date"]
        case .dose: ["patient_id", "dlp_mgy_cm"]
        }
    }
}
