import Canvas
import CCairo
import PDFWriter

/// One page rendered to pixels and written as PNG.
///
/// The canvas draws in points like every other canvas; the image surface is scaled by `dpi / 72`,
/// so a page of `size` becomes `(size × dpi / 72)` pixels, rounded to the nearest pixel (A4 at
/// 300 dpi is 2480 × 3508). Use from one thread, with that thread's `FontRegistry`.
public final class PNGImage {
    /// The page size in points.
    public let size: Size
    /// The resolution, pixels per inch.
    public let dpi: Double
    /// The image width in pixels.
    public let pixelWidth: Int
    /// The image height in pixels.
    public let pixelHeight: Int
    private let surface: CairoSurface
    private let page: CairoCanvas

    /// Creates a blank page.
    /// - Parameters:
    ///   - size: the page size in points.
    ///   - dpi: pixels per inch (72 = one pixel per point).
    ///   - fonts: the calling thread's font registry.
    ///   - background: painted before drawing; `nil` leaves the page transparent.
    /// - Throws: `RenderError.invalidImageSize` for a non-positive or oversized image,
    ///   `RenderError.resourceUnavailable` if the surface cannot be allocated.
    public init(size: Size, dpi: Double, fonts: FontRegistry, background: Color? = .white) throws(RenderError) {
        let scale = dpi / 72
        let width = (size.width * scale).rounded(), height = (size.height * scale).rounded()
        guard scale.isFinite, scale > 0, width >= 1, height >= 1, width <= 32767, height <= 32767 else {
            throw .invalidImageSize(width: size.width, height: size.height, dpi: dpi)
        }
        surface = try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
                                   creating: "a \(Int(width)) × \(Int(height)) pixel image")
        page = CairoCanvas(surface: surface, fonts: fonts, text: try fonts.textLayout())
        self.size = size
        self.dpi = dpi
        pixelWidth = Int(width)
        pixelHeight = Int(height)
        if let background {
            page.fill(.rect(Rect(x: 0, y: 0, width: width, height: height)), color: background)
        }
        cairo_scale(page.cr, scale, scale)
    }

    /// The canvas to draw the page on, in points.
    public var canvas: Canvas { page }

    /// Writes the image as PNG; may be called more than once (e.g. to several paths).
    /// - Parameter path: the file to create or replace.
    /// - Throws: `RenderError.drawingFailed` if drawing failed, `RenderError.cannotCreateFile` or
    ///   `RenderError.writeFailed` if the file cannot be written (a partial file is deleted).
    public func write(to path: String) throws(RenderError) {
        if let reason = page.failureReason { throw .drawingFailed(page: 1, reason: reason) }
        cairo_surface_flush(surface.pointer)
        let file = try OutputFile(path: path)
        let status = cairo_surface_write_to_png_stream(surface.pointer, OutputFile.cairoWrite, file.cairoClosure)
        do throws(RenderError) {
            guard status.isSuccess else { throw .writeFailed(path: path, reason: status.reason) }
            try file.close()
        } catch {
            file.discard()
            throw error
        }
    }
}
