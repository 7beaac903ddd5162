import Canvas
import CCairo
import PDFWriter

/// A multi-page PDF drawn by Cairo's own PDF surface: the reference the project's PDF writer is
/// compared with, and the `--pdf-engine cairo` output.
///
/// The same `CairoCanvas` and Pango layouts as PNG and SVG output; outline entries and document
/// information through Cairo's PDF interface. No PDF/A (no XMP, output intent or file
/// identifier), no tags, no link annotations (`CairoCanvas` draws no links). Drawing errors
/// are collected and thrown by `finish()`; a failed document's file is deleted. Use from one
/// thread, with that thread's `FontRegistry`.
public final class CairoPDFDocument: DocumentSink {
    /// The file being written.
    public let path: String
    private let file: OutputFile
    private let fonts: FontRegistry
    private let text: TextLayout
    private let surface: CairoSurface
    private var page: CairoCanvas?
    /// Pages, first drawing error, bookmarks.
    private var progress = DocumentProgress()
    /// Pages begun so far.
    public var pageCount: Int { progress.pageCount }

    /// Opens `path` for a new PDF.
    /// - Parameters:
    ///   - path: the file to create or replace.
    ///   - fonts: the calling thread's font registry.
    /// - Throws: `RenderError.cannotCreateFile` if `path` cannot be opened,
    ///   `RenderError.resourceUnavailable` if Cairo or Pango cannot start.
    public init(path: String, fonts: FontRegistry) throws(RenderError) {
        let file = try OutputFile(path: path)
        do throws(RenderError) {
            // The first page sets its own size in `beginPage`.
            surface = try CairoSurface(cairo_pdf_surface_create_for_stream(OutputFile.cairoWrite, file.cairoClosure, 595, 842),
                                       creating: "a PDF surface")
            text = try fonts.textLayout()
        } catch {
            file.discard()
            throw error
        }
        self.path = path
        self.file = file
        self.fonts = fonts
    }

    deinit {
        if !progress.isFinished {
            _ = surface.finish()
            file.discard()
        }
    }

    /// Starts page `pageCount + 1` of `size` (ending the current page first, if any).
    public func beginPage(size: Size) -> Canvas {
        endPage()
        progress.beginPage()
        cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
        let canvas = CairoCanvas(surface: surface, fonts: fonts, text: text)
        page = canvas
        return canvas
    }

    /// Ends the current page (no-op without one) and records its drawing error, if any.
    public func endPage() {
        guard let canvas = page else { return }
        page = nil
        progress.recordFailure(canvas.failureReason)
        cairo_show_page(canvas.cr)
    }

    /// Adds a bookmark to `top` (points from the top edge) of `page`; written by `finish()`.
    public func addOutlineEntry(title: String, page: Int, level: Int, top: Double) {
        progress.addOutlineEntry(title: title, page: page, level: level, top: top)
    }

    /// Sets the document information (empty fields are left out).
    public func setMetadata(_ metadata: DocumentMetadata) {
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate ?? ""), (CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate ?? ""),
        ]
        for (key, value) in fields where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface.pointer, key, value)
        }
    }

    /// Ends the last page, writes the outline and completes the file.
    /// - Throws: `RenderError.drawingFailed`, `.outlinePageOutOfRange`, `.emptyDocument` or
    ///   `.writeFailed`; the file is deleted in every case.
    public func finish() throws(RenderError) {
        guard progress.finish() else { return }
        endPage()
        do throws(RenderError) {
            try progress.check(path: path)
            // Cairo nests an entry under the id of its parent, returned when the parent was added.
            var ids: [Int32] = []
            for (entry, parent) in zip(progress.outline, progress.outlineParents) {
                let id = cairo_pdf_surface_add_outline(surface.pointer, parent.map { ids[$0] } ?? Int32(CAIRO_PDF_OUTLINE_ROOT), entry.title,
                                                       "page=\(entry.page) pos=[0 \(entry.top.isFinite ? max(entry.top, 0) : 0)]",
                                                       cairo_pdf_outline_flags_t(rawValue: 0))
                ids.append(id)
            }
            let status = surface.finish()
            guard status.isSuccess else { throw RenderError.writeFailed(path: path, reason: status.reason) }
            try file.close()
        } catch {
            _ = surface.finish()
            file.discard()
            throw error
        }
    }
}
