/// Why a document, image or page could not be rendered or written.
public enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output file could not be opened for writing (missing folder, no permission, …).
    case cannotCreateFile(path: String, reason: String)
    /// Writing or closing the output file failed (disk full, I/O error, …).
    case writeFailed(path: String, reason: String)
    /// A page (1-based) failed to draw — a transform that cannot be inverted, a `restore()`
    /// without `save()` (in Cairo's words, also for PDF pages), any Cairo error in PNG and SVG —
    /// or the document could not be finished (a font that cannot be embedded).
    case drawingFailed(page: Int?, reason: String)
    /// Pango or Cairo could not create an object (usually out of memory).
    case resourceUnavailable(String)
    /// An outline entry points at a page the document does not have.
    case outlinePageOutOfRange(title: String, page: Int, pageCount: Int)
    /// The document was finished without any page.
    case emptyDocument(path: String)
    /// The requested raster size is not drawable (zero, negative or beyond Cairo's 32 767-pixel limit).
    case invalidImageSize(width: Double, height: Double, dpi: Double)

    public var description: String {
        switch self {
        case let .cannotCreateFile(path, reason):
            return "The file \(path) could not be created: \(reason)."
        case let .writeFailed(path, reason):
            return "Writing \(path) failed: \(reason)."
        case let .drawingFailed(page?, reason):
            return "Drawing page \(page) failed: \(reason)."
        case let .drawingFailed(nil, reason):
            return "Finishing the document failed: \(reason)."
        case let .resourceUnavailable(what):
            return "The renderer could not create \(what); the system may be out of memory."
        case let .outlinePageOutOfRange(title, page, pageCount):
            return "The bookmark \"\(title)\" points to page \(page), but the document has \(pageCount) page\(pageCount == 1 ? "" : "s")."
        case let .emptyDocument(path):
            return "The document \(path) has no pages, so nothing was written."
        case let .invalidImageSize(width, height, dpi):
            return "An image of \(width) × \(height) pt at \(dpi) dpi cannot be rendered; use a positive resolution that keeps each side below 32 767 pixels."
        }
    }
}
