import CairoBackend
import Canvas
import Foundation
import PageLayout
import PDFWriter
import ReportComposer

/// Writes one composed document as a PDF, atomically, with its own font registry.
///
/// For the batch-level documents (overview, cohort report); per-patient reports reuse their
/// worker's registry instead.
enum PDFFile {
    /// - Parameters:
    ///   - destination: the final path.
    ///   - fontsDirectory: the bundled fonts.
    ///   - compose: builds the document, given a canvas that measures text exactly as the PDF will draw it.
    /// - Throws: `SetupError` naming the file and the reason; no partial file is left.
    static func write(to destination: URL, fontsDirectory: URL, compose: (Canvas) -> ComposedDocument) throws {
        let tmp = AtomicFile.temporaryURL(for: destination, token: -1)
        do {
            let fonts = try FontRegistry(directory: fontsDirectory)
            let measurer = try PNGImage(size: Size(width: 1, height: 1), dpi: 72, fonts: fonts)
            let document = compose(measurer.canvas)
            let pdf = try PDFDocument(path: tmp.path, fonts: fonts)
            DocumentComposer.render(document, into: pdf, measurer: measurer.canvas)
            try pdf.finish()
        } catch {
            unlink(tmp.path)
            throw SetupError("\(destination.lastPathComponent) could not be written: \(error)")
        }
        try AtomicFile.commit(tmp, to: destination)
    }
}
