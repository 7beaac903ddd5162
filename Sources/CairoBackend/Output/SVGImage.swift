import Canvas
import CCairo
import PDFWriter

/// One page written as SVG (units: points). Text becomes glyph outlines, so it is not searchable.
///
/// Use from one thread, with that thread's `FontRegistry`; call `finish()` to complete the file.
public final class SVGImage {
    /// The file being written.
    public let path: String
    private let file: OutputFile
    private let surface: CairoSurface
    private let page: CairoCanvas
    private var finished = false

    /// Opens `path` for an SVG page of `size`.
    /// - Parameters:
    ///   - path: the file to create or replace.
    ///   - size: the page size in points.
    ///   - fonts: the calling thread's font registry.
    /// - Throws: `RenderError.cannotCreateFile` if `path` cannot be opened,
    ///   `RenderError.resourceUnavailable` if Cairo cannot start the surface.
    public init(path: String, size: Size, fonts: FontRegistry) throws(RenderError) {
        let file = try OutputFile(path: path)
        do throws(RenderError) {
            surface = try CairoSurface(
                cairo_svg_surface_create_for_stream(OutputFile.cairoWrite, file.cairoClosure, size.width, size.height),
                creating: "an SVG surface")
            cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
            page = CairoCanvas(surface: surface, fonts: fonts, text: try fonts.textLayout())
        } catch {
            file.discard()
            throw error
        }
        self.path = path
        self.file = file
    }

    deinit {
        if !finished { abandon() }
    }

    /// The canvas to draw the page on, in points.
    public var canvas: Canvas { page }

    /// Completes and closes the file; calling it again after success does nothing.
    /// - Throws: `RenderError.drawingFailed` or `RenderError.writeFailed`; the partial file is deleted.
    public func finish() throws(RenderError) {
        guard !finished else { return }
        finished = true
        do throws(RenderError) {
            if let reason = page.failureReason { throw .drawingFailed(page: 1, reason: reason) }
            let status = surface.finish()
            guard status.isSuccess else { throw .writeFailed(path: path, reason: status.reason) }
            try file.close()
        } catch {
            abandon()
            throw error
        }
    }

    private func abandon() {
        _ = surface.finish()
        file.discard()
    }
}
