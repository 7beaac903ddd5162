import ClinicalModel
import Scoring

extension AnalysisCohort {
    /// Printed label and case-file field path (`LesionField`) of the columns the study used; their units
    /// are the fields' (`LesionField.quantity`). Other columns print their name and, when the name is
    /// itself a field path, read that field and print its unit.
    static let knownColumns: [String: (label: String, field: String)] = [
        "size_mm": ("Size", "size_mm"),
        "nic_ap_percent": ("NIC-AP", "arterial.nic_percent"),
        "ps_ml_min_100g": ("PS", "perfusion.ps"),
        "ic_ap_mg_ml": ("IC-AP", "arterial.ic_mg_ml"),
        "zeff_ap": ("Zeff-AP", "arterial.zeff"),
        "lambda_hu_ap": ("λHU-AP", "arterial.lambda_hu"),
        "bf_ml_min_100g": ("BF", "perfusion.bf"),
        "bv_ml_100g": ("BV", "perfusion.bv"),
        "habf_ml_min_100g": ("HABF", "perfusion.habf"),
        "mtt_s": ("MTT", "perfusion.mtt"),
        "ttp_s": ("TTP", "perfusion.ttp"),
        "tmax_s": ("Tmax", "perfusion.tmax"),
    ]

    /// The printed unit of a column: its case-file field's, or none.
    /// - Parameter column: A column name.
    /// - Returns: The unit symbol, e.g. "mL/min/100 g"; empty when the column has no case-file field.
    static func unit(forColumn column: String) -> String {
        caseFileField(forColumn: column).flatMap { try? LesionField(path: $0) }?.quantity.unitSymbol ?? ""
    }

    /// The case-file field a column corresponds to, so that a refit model can read it from a lesion.
    /// - Parameter column: A column name.
    /// - Returns: The field path, or `nil` when the column has no case-file counterpart.
    static func caseFileField(forColumn column: String) -> String? {
        if let known = knownColumns[column] { return known.field }
        return (try? LesionField(path: column))?.path
    }

    /// The analysis view of a reference cohort: outcome NR (positive) vs ObR, the three model
    /// predictors and every extra column.
    ///
    /// Rule for categorical columns when `categoricalColumns` is `nil`: an extra column is
    /// categorical when every recorded value is 0 or 1 (a binary code such as
    /// `corona_enhancement`); all other columns are numeric.
    /// - Parameters:
    ///   - cohort: The reference cohort.
    ///   - categoricalColumns: Names of extra columns to treat as category codes, or `nil` for the
    ///     binary-code rule above.
    /// - Throws: As `init(lesionIds:outcomes:columns:...)`.
    public init(_ cohort: ReferenceCohort, categoricalColumns: Set<String>? = nil) throws {
        let lesions = cohort.lesions
        var columns: [Column] = []
        for name in CohortLesion.predictorNames + cohort.extraColumns {
            let values = lesions.map { $0.value(named: name) }
            let isBinaryCode = values.allSatisfy { $0 == nil || $0 == 0 || $0 == 1 }
            let isPredictor = CohortLesion.predictorNames.contains(name)
            let categorical = !isPredictor && (categoricalColumns?.contains(name) ?? isBinaryCode)
            let known = Self.knownColumns[name]
            columns.append(Column(name: name, label: known?.label ?? name, unit: Self.unit(forColumn: name),
                                  kind: categorical ? .categorical : .numeric, values: values))
        }
        try self.init(lesionIds: lesions.map(\.id), outcomes: lesions.map { $0.outcome.isPositive },
                      columns: columns, positiveClass: CohortLesion.Outcome.nonResponse.rawValue,
                      negativeClass: CohortLesion.Outcome.objectiveResponse.rawValue,
                      description: cohort.label, source: cohort.source, isSynthetic: cohort.isSynthetic)
    }
}
