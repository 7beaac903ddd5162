import Canvas
import CCairo

/// A multi-page PDF written to a file: the Cairo `DocumentSink`.
///
/// Pages may have any size (`Size.a4`, `Size.letter`, …). Fonts are embedded as subsets of the
/// bundled Noto fonts only. With `DocumentMetadata.creationDate` set, two runs produce
/// byte-identical files. Outline entries may be added at any time before `finish()`, also for
/// pages already drawn or not drawn yet; they are written, in the order added, when the document
/// is finished. Drawing errors are collected and thrown by `finish()`; a failed document's file
/// is deleted. Use from one thread, with that thread's `FontRegistry`.
///
/// The content is wrapped in a structure tree (`Document` → one `Part` per page). Besides being
/// good practice, this works around a cairo 1.16 bug: a link on a page with untagged content
/// makes cairo reference a structure element it never writes (`qpdf --check`: "object 3 0 not found").
public final class PDFDocument: DocumentSink {
    /// The file being written.
    public let path: String
    private let file: OutputFile
    private let surface: CairoSurface
    private let fonts: FontRegistry
    private let text: TextLayout
    private var page: CairoCanvas?
    /// Barcode images, written once however many pages show them.
    private let moduleMasks = ModuleMasks()
    private var outline: [(title: String, page: Int, level: Int)] = []
    private var firstError: RenderError?
    private var finished = false
    /// Pages begun so far.
    public private(set) var pageCount = 0

    /// How far, in points, a polyline on the page may deviate from the one drawn: 0.05 pt
    /// (0.018 mm), under half a dot of a 600 dpi printer. Cairo spends about as much on each
    /// segment it writes as on a glyph, and density outlines and ROC staircases have many
    /// points that add nothing at that scale (see `Path.simplified(tolerance:)`).
    public static let pathTolerance = 0.05

    /// Opens `path` for a new PDF.
    /// - Parameters:
    ///   - path: the file to create or replace (the batch writer passes a temporary name and renames).
    ///   - fonts: the calling thread's font registry.
    ///   - metadata: document information; may also be set later with `setMetadata(_:)`.
    /// - Throws: `RenderError.cannotCreateFile` if `path` cannot be opened for writing,
    ///   `RenderError.resourceUnavailable` if Cairo or Pango cannot start the document.
    public init(path: String, fonts: FontRegistry, metadata: DocumentMetadata? = nil) throws(RenderError) {
        let file = try OutputFile(path: path)
        do {
            surface = try CairoSurface(
                cairo_pdf_surface_create_for_stream(OutputFile.cairoWrite, file.cairoClosure, Size.a4.width, Size.a4.height),
                creating: "a PDF surface")
            text = try fonts.textLayout()
        } catch {
            file.discard()
            throw error
        }
        self.fonts = fonts
        self.path = path
        self.file = file
        if let metadata { setMetadata(metadata) }
    }

    deinit {
        // Abandoned without finish(): Cairo writes its last bytes into `file` while finishing, so
        // finish the surface while the file still exists, then remove the partial file.
        if !finished { abandon() }
    }

    /// Blocks whose markup was invalid and were printed as plain text (a template bug to report).
    public private(set) var invalidMarkupCount = 0

    /// Starts page `pageCount + 1` (ending the current page first, if any).
    /// - Parameter size: the page size in points.
    /// - Returns: the page's canvas, valid until `endPage()`.
    public func beginPage(size: Size) -> Canvas {
        endPage()
        pageCount += 1
        cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
        let canvas = CairoCanvas(surface: surface, fonts: fonts, text: text, pathTolerance: Self.pathTolerance,
                                 moduleMasks: moduleMasks)
        if pageCount == 1 { canvas.beginStructure(Self.documentTag) }
        canvas.beginStructure(Self.pageTag)
        page = canvas
        return canvas
    }

    /// Ends the current page (no-op without one) and records any Cairo error of that page.
    public func endPage() {
        guard let canvas = page else { return }
        page = nil
        canvas.endStructure(Self.pageTag)
        invalidMarkupCount += canvas.invalidMarkupCount
        cairo_show_page(canvas.cr)
        record(canvas.status, page: pageCount)
        record(surface.status, page: pageCount)
    }

    /// Adds a bookmark; written at `finish()`, which checks that `page` exists.
    /// - Parameters:
    ///   - title: the bookmark text (UTF-8).
    ///   - page: the 1-based target page.
    ///   - level: 0 for top level; deeper levels nest under the previous shallower entry (a level
    ///     deeper than possible is attached to the deepest available parent).
    public func addOutlineEntry(title: String, page: Int, level: Int) {
        outline.append((title, page, level))
    }

    /// Sets title, author, subject, keywords, creator and, if given, the creation and modification date.
    /// - Parameter metadata: the document information; empty strings are left out.
    public func setMetadata(_ metadata: DocumentMetadata) {
        let fields: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate), (CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate),
        ]
        for case let (key, value?) in fields where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface.pointer, key, value)
        }
    }

    /// Ends the last page, writes the outline, finishes the PDF and closes the file.
    ///
    /// Calling it again after success does nothing.
    /// - Throws: `RenderError.drawingFailed` for the first page that failed to draw,
    ///   `RenderError.outlinePageOutOfRange`, `RenderError.emptyDocument`, or
    ///   `RenderError.writeFailed`; the partial file is deleted in every case.
    public func finish() throws(RenderError) {
        guard !finished else { return }
        finished = true
        endPage()
        do throws(RenderError) {
            if let firstError { throw firstError }
            guard pageCount > 0 else { throw RenderError.emptyDocument(path: path) }
            let closing = CairoCanvas(surface: surface, fonts: fonts, text: text)
            closing.endStructure(Self.documentTag)
            guard closing.status.isSuccess else { throw RenderError.drawingFailed(page: nil, reason: closing.status.reason) }
            try writeOutline()
            let status = surface.finish()
            guard status.isSuccess else { throw RenderError.drawingFailed(page: nil, reason: status.reason) }
            try file.close()
        } catch {
            abandon()
            throw error
        }
    }

    /// Stops Cairo writing (finishing is idempotent) and deletes the partial file.
    private func abandon() {
        _ = surface.finish()
        file.discard()
    }

    private func writeOutline() throws(RenderError) {
        var parents: [Int32] = []
        for entry in outline {
            guard (1...pageCount).contains(entry.page) else {
                throw .outlinePageOutOfRange(title: entry.title, page: entry.page, pageCount: pageCount)
            }
            let level = min(max(entry.level, 0), parents.count)
            let parent = level == 0 ? Int32(CAIRO_PDF_OUTLINE_ROOT) : parents[level - 1]
            let id = cairo_pdf_surface_add_outline(surface.pointer, parent, entry.title, "page=\(entry.page)",
                                                   CAIRO_PDF_OUTLINE_FLAG_OPEN)
            parents = Array(parents.prefix(level)) + [id]
        }
        guard surface.status.isSuccess else { throw .drawingFailed(page: nil, reason: surface.status.reason) }
    }

    /// The structure element spanning the whole document.
    private static let documentTag = "Document"
    /// The structure element of one page.
    private static let pageTag = "Part"

    private func record(_ status: cairo_status_t, page: Int) {
        if firstError == nil, !status.isSuccess { firstError = .drawingFailed(page: page, reason: status.reason) }
    }
}
