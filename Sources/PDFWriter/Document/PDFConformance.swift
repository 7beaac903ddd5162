/// What a written PDF claims to conform to, as its XMP metadata states it: a part and level of
/// PDF/A (ISO 19005) and, for a tagged document, a part of PDF/UA (ISO 14289).
public struct PDFConformance: Sendable, Hashable {
    /// The PDF/A part (`pdfaid:part`).
    public var part: Int
    /// The PDF/A level (`pdfaid:conformance`): "B" (visual appearance) or "A" (also tagged).
    public var level: String
    /// The PDF/UA part (`pdfuaid:part`), `nil` for an untagged document.
    public var universalAccessibilityPart: Int?

    public init(part: Int, level: String, universalAccessibilityPart: Int? = nil) {
        self.part = part
        self.level = level
        self.universalAccessibilityPart = universalAccessibilityPart
    }

    /// PDF/A-2b: archival appearance (metadata, embedded fonts, output intent), no structure tree.
    public static let pdfA2b = PDFConformance(part: 2, level: "B")

    /// PDF/A-2a and PDF/UA-1: also tagged (structure tree, artifacts, alternative text, `/Lang`).
    public static let pdfA2aUA1 = PDFConformance(part: 2, level: "A", universalAccessibilityPart: 1)

    /// What `PDFDocument` writes.
    public static let written = pdfA2aUA1
}
