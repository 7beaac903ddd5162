/// What the PDF documents written on one thread share: the loaded font programs and the font
/// subsets made recently (reused by later documents), the stream compressor, and the serial
/// numbers that tell documents apart.
///
/// One per thread (a `FontRegistry` keeps it); every `PDFDocument` of that thread is written with it.
package final class PDFWriterContext {
    /// The thread's font programs, PDF font subsets and stream compressor.
    package let fonts = PDFFontSubsets()

    private var documentSerial = 0

    package init() {}

    /// A new serial number for a PDF document (never 0, the "no document" of `PDFShapedText`).
    func nextDocumentSerial() -> Int {
        documentSerial += 1
        return documentSerial
    }
}
