import Canvas
import PDFWriter

extension PDFDocument {
    /// Opens `path` for a new PDF whose text is laid out with Pango from the thread's registry.
    /// - Parameters:
    ///   - path: the file to create or replace (the batch writer passes a temporary name and renames).
    ///   - fonts: the calling thread's font registry.
    ///   - metadata: document information; may also be set later with `setMetadata(_:)`.
    /// - Throws: `RenderError.cannotCreateFile` if `path` cannot be opened for writing,
    ///   `RenderError.resourceUnavailable` if Pango cannot start laying out text.
    public convenience init(path: String, fonts: FontRegistry, metadata: DocumentMetadata? = nil) throws(RenderError) {
        let text = try fonts.textLayout()
        try self.init(path: path, text: text, context: fonts.pdfWriterContext, metadata: metadata)
    }
}
