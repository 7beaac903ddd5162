/// The elements of a DICOM data set (or of one sequence item) that the dose-report reader uses.
struct DICOMDataset: Sendable {
    /// Text values (trailing spaces and NULs removed), by tag.
    var strings: [DICOMTag: String] = [:]
    /// Sequence items, by tag.
    var sequences: [DICOMTag: [DICOMDataset]] = [:]

    /// A text value.
    func string(_ tag: DICOMTag) -> String? { strings[tag] }

    /// The items of a sequence (empty when absent).
    func items(_ tag: DICOMTag) -> [DICOMDataset] { sequences[tag] ?? [] }
}
