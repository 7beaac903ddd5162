/// One content item of a structured report's content tree (PS3.3 C.17.3): its value type, concept
/// name and value, and its children.
struct SRContentItem: Sendable {
    /// CONTAINER, NUM, CODE, TEXT, UIDREF, …
    var valueType: String
    var concept: SRCode?
    var text: String?
    var code: SRCode?
    /// A NUM item's value as written (DS text) and its unit's code value (UCUM: `mGy`, `mGy.cm`, `mm`).
    var number: (text: String, unit: String)?
    var children: [SRContentItem]

    /// The content item in a data set (the document itself or a content-sequence item).
    init(_ dataset: DICOMDataset) {
        valueType = dataset.string(.valueType) ?? ""
        concept = SRCode(dataset.items(.conceptNameCodeSequence).first)
        text = dataset.string(.textValue) ?? dataset.string(.uid)
        code = SRCode(dataset.items(.conceptCodeSequence).first)
        if let measured = dataset.items(.measuredValueSequence).first, let value = measured.string(.numericValue) {
            number = (value, SRCode(measured.items(.measurementUnitsCodeSequence).first)?.value ?? "")
        }
        children = dataset.items(.contentSequence).map(SRContentItem.init)
    }

    /// The children named `concept`.
    func children(_ concept: SRCode) -> [SRContentItem] {
        children.filter { $0.concept?.matches(concept) == true }
    }

    /// The first child named `concept`.
    func child(_ concept: SRCode) -> SRContentItem? {
        children.first { $0.concept?.matches(concept) == true }
    }
}
