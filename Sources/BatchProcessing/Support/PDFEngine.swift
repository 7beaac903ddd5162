import CairoBackend
import Canvas
import PDFWriter

/// Which program writes PDF output: the project's own PDF writer (the default: PDF/A-2, pages
/// as vectors for every printer driver) or Cairo's PDF surface (the reference the writer is
/// compared with; no PDF/A, no tags, no links).
public enum PDFEngine: String, CaseIterable, Sendable {
    case writer
    case cairo

    /// A PDF being written by this engine: the pages to draw on, and how to complete the file.
    public struct Output {
        /// Where pages, outline and metadata go.
        public let sink: DocumentSink
        /// Writes the file; throws the first drawing or writing error (the file is then deleted).
        public let finish: () throws -> Void
    }

    /// Opens `path` for a PDF written by this engine.
    /// - Parameters:
    ///   - path: the file to create or replace.
    ///   - fonts: the calling thread's font registry.
    /// - Returns: the document's sink and its `finish`.
    /// - Throws: `RenderError` when the file or the engine cannot start.
    public func open(path: String, fonts: FontRegistry) throws -> Output {
        switch self {
        case .writer:
            let document = try PDFDocument(path: path, fonts: fonts)
            return Output(sink: document, finish: { try document.finish() })
        case .cairo:
            let document = try CairoPDFDocument(path: path, fonts: fonts)
            return Output(sink: document, finish: { try document.finish() })
        }
    }
}
