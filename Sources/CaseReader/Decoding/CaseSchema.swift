import ClinicalModel

/// Case-file schema version 1 (docs/SCHEMA.md): the keys allowed at each level and the possible range
/// of every number. One table, so that "did you mean …?" and the bounds cannot drift apart; the lesion
/// measurements' keys, units and ranges are the domain model's (`LesionField`), shared with the model
/// files, the required-inputs check and `analyze`.
enum CaseSchema {
    /// The only schema version this reader understands.
    static let version = 1

    static let rootKeys = ["schema_version", "patient", "exam", "lesions", "treatment", "followup"]
    static let patientKeys = ["id", "name", "birth_date", "sex", "weight_kg", "child_pugh", "bclc", "etiology", "afp_ng_ml",
                               "responsible_clinician"]
    static let examKeys = ["date", "scanner", "software", "dose", "study_instance_uid", "accession_number", "referring_physician"]
    static let doseKeys = ["k_factor", "series", "rdsr"]
    static let seriesKeys = ["name", "kind", "ctdi_vol_mgy", "phantom_cm", "dlp_mgy_cm", "scan_length_cm"]
    static let lesionKeys = ["id", "segment", "location", "size_mm", "viable_diameter_mm", "corona_enhancement",
                             "arterial", "portal_venous", "perfusion"]
    static let treatmentKeys = ["tace_date", "lenvatinib_mg_per_day", "ici", "first_line"]
    static let followUpKeys = ["date", "lesions", "non_target", "new_lesions"]
    static let followUpLesionKeys = ["id", "viable_diameter_mm"]
    static let observerKeys = ["observers"]

    /// Keys of `arterial` / `portal_venous`, with their quantities: the recorded `LesionField.PhaseQuantity`s.
    static let phaseQuantities: [(key: String, quantity: Quantity)] =
        LesionField.PhaseQuantity.allCases.filter(\.isRecorded).map { ($0.rawValue, $0.quantity) }

    /// Keys of `perfusion`, with their quantities: the `LesionField.PerfusionQuantity`s.
    static let perfusionQuantities: [(key: String, quantity: Quantity)] =
        LesionField.PerfusionQuantity.allCases.map { ($0.rawValue, $0.quantity) }

    /// Longest diameter (`LesionField.sizeQuantity`).
    static let sizeMm = LesionField.sizeQuantity
    /// Viable diameter: 0 (no enhancement left) up to 300 mm.
    static let viableDiameterMm = Quantity.nonNegative("mm", "mm", max: 300)
    /// Body weight: > 0 and ≤ 500 kg.
    static let weightKg = Quantity.positive("kg", "kg", max: 500)
    /// Serum AFP: ≥ 0 ng/mL (values above 10⁶ occur).
    static let afpNgMl = Quantity.nonNegative("ng/mL", "ng/mL")
    /// Conversion coefficient k in (0, 1] mSv/(mGy·cm); adult body values are 0.002–0.02.
    static let kFactor = Quantity(unitName: "mSv/(mGy·cm)", unitSymbol: "mSv/(mGy·cm)",
                                  lower: .init(value: 0, inclusive: false), upper: .init(value: 1, inclusive: true), statesRange: true)
    static let ctdiVolMGy = Quantity.nonNegative("mGy", "mGy")
    static let dlpMGyCm = Quantity.nonNegative("mGy·cm", "mGy·cm")
    /// Scan length: > 0 and ≤ 200 cm (longer than a body).
    static let scanLengthCm = Quantity.positive("cm", "cm", max: 200)
    /// Lenvatinib: 0–24 mg/day (24 mg is the highest labelled daily dose; HCC uses 8 or 12 mg).
    static let lenvatinibMgPerDay = Quantity.nonNegative("mg per day", "mg/day", max: 24)
    /// The longest accession number DICOM can carry (VR SH).
    static let accessionNumberLength = 16
    /// CTDI phantom diameters that exist.
    static let phantomDiameters = [16, 32]
}
