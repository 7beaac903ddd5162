import Canvas
import PDFWriter

/// A `DocumentSink` that writes every page as its own PNG or SVG file.
///
/// Each page is written when it ends, to `pagePath(pageNumber)` (1-based). Outline entries and
/// metadata have no place in images and are ignored. Errors are collected and thrown by
/// `finish()`. Use from one thread, with that thread's `FontRegistry`.
public final class PageImageDocument: DocumentSink {
    /// The image format of the pages.
    public enum Format: Sendable, Hashable {
        /// Raster pages at `dpi` pixels per inch on a white background.
        case png(dpi: Double)
        /// Vector pages (text as outlines).
        case svg
    }

    /// The format of every page.
    public let format: Format
    private let fonts: FontRegistry
    private let pagePath: (Int) -> String
    private var png: PNGImage?
    private var svg: SVGImage?
    private var firstError: RenderError?
    /// Pages begun so far.
    public private(set) var pageCount = 0
    /// The files written so far, in page order.
    public private(set) var writtenPaths: [String] = []

    /// Creates an empty document.
    /// - Parameters:
    ///   - format: PNG at a resolution, or SVG.
    ///   - fonts: the calling thread's font registry.
    ///   - pagePath: the file of each page, e.g. `{ "report-\($0).png" }`.
    public init(format: Format, fonts: FontRegistry, pagePath: @escaping (Int) -> String) {
        self.format = format
        self.fonts = fonts
        self.pagePath = pagePath
    }

    /// Starts the next page; if its image cannot be created the returned canvas draws nothing
    /// and `finish()` throws the reason.
    /// - Parameter size: the page size in points.
    /// - Returns: the page's canvas, valid until `endPage()`.
    public func beginPage(size: Size) -> Canvas {
        endPage()
        pageCount += 1
        do throws(RenderError) {
            switch format {
            case .png(let dpi):
                let image = try PNGImage(size: size, dpi: dpi, fonts: fonts)
                png = image
                return image.canvas
            case .svg:
                let image = try SVGImage(path: pagePath(pageCount), size: size, fonts: fonts)
                svg = image
                return image.canvas
            }
        } catch {
            if firstError == nil { firstError = error }
            return RecordingCanvas()
        }
    }

    /// Writes the current page's file (no-op without a page).
    public func endPage() {
        let path = pagePath(pageCount)
        do throws(RenderError) {
            if let image = png {
                png = nil
                try image.write(to: path)
                writtenPaths.append(path)
            } else if let image = svg {
                svg = nil
                try image.finish()
                writtenPaths.append(path)
            }
        } catch {
            if firstError == nil { firstError = error }
        }
    }

    /// Ignored: images have no outline.
    public func addOutlineEntry(title: String, page: Int, level: Int, top: Double) {}

    /// Ignored: the images carry no document information.
    public func setMetadata(_ metadata: DocumentMetadata) {}

    /// Writes the last page and reports the first error of any page.
    /// - Throws: the first `RenderError` met while creating, drawing or writing a page, or
    ///   `RenderError.emptyDocument` if no page was drawn.
    public func finish() throws(RenderError) {
        endPage()
        if let firstError { throw firstError }
        guard pageCount > 0 else { throw .emptyDocument(path: pagePath(1)) }
    }
}
