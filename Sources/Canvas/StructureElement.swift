/// What a part of a page is, for readers that do not see it: one element of a tagged PDF's
/// logical structure (ISO 32000-1 §14.8.4 standard structure types).
///
/// The composer opens an element with `Canvas.beginStructure(_:)` before drawing its content and
/// closes it with `endStructure()`; elements nest (a table holds rows, a row holds cells).
public struct StructureElement: Sendable, Hashable {
    /// The standard structure type, named as PDF writes it.
    public enum Role: String, Sendable, Hashable {
        case document = "Document"
        case heading1 = "H1", heading2 = "H2", heading3 = "H3"
        case paragraph = "P"
        case list = "L", listItem = "LI", label = "Lbl", listBody = "LBody"
        case table = "Table", tableHead = "THead", tableBody = "TBody", tableRow = "TR"
        case headerCell = "TH", dataCell = "TD"
        case figure = "Figure", caption = "Caption"
        case link = "Link", span = "Span"
    }

    /// Which cells a header cell heads (`/Scope`).
    public enum Scope: String, Sendable, Hashable {
        case column = "Column", row = "Row"
    }

    public var role: Role
    /// Alternative text (`/Alt`): what a figure shows, or what a link does (also its annotation's
    /// `/Contents`).
    public var alternativeText: String?
    /// BCP 47 language of the element's text when it differs from the document's (`/Lang`).
    public var language: String?
    /// For header cells: the cells they head.
    public var scope: Scope?

    public init(_ role: Role, alternativeText: String? = nil, language: String? = nil, scope: Scope? = nil) {
        self.role = role
        self.alternativeText = alternativeText
        self.language = language
        self.scope = scope
    }

    /// A paragraph.
    public static let paragraph = StructureElement(.paragraph)

    /// A heading of `level` 1…3 (deeper levels are written as level 3).
    public static func heading(level: Int) -> StructureElement {
        StructureElement(level <= 1 ? .heading1 : level == 2 ? .heading2 : .heading3)
    }

    /// A figure described by `alternativeText`.
    public static func figure(alternativeText: String) -> StructureElement {
        StructureElement(.figure, alternativeText: alternativeText)
    }

    /// A header cell heading its column or row.
    public static func headerCell(scope: Scope) -> StructureElement {
        StructureElement(.headerCell, scope: scope)
    }

    /// A span of text in `language` (BCP 47).
    public static func span(language: String) -> StructureElement {
        StructureElement(.span, language: language)
    }

    /// A link whose purpose `description` states.
    public static func link(description: String) -> StructureElement {
        StructureElement(.link, alternativeText: description)
    }
}

/// Drawing that is not content (ISO 32000-1 §14.8.2.2): repeated page furniture and decoration
/// a reader skips.
public enum ArtifactKind: String, Sendable, Hashable {
    /// The running header repeated on every page.
    case header = "Header"
    /// The running footer: provenance, page number, barcode.
    case footer = "Footer"
    /// A mark printed on every page (e.g. "DEMONSTRATION").
    case watermark = "Watermark"
    /// Rules, bands and boxes that only arrange the page.
    case layout = "Layout"
}
