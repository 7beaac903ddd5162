import Canvas

/// Lays out `TextBlock`s for PDF pages: the writer's only way to text, so that it needs no
/// particular text engine (the Pango layout of CairoBackend is the one the tool uses).
///
/// Used from one thread, with the `PDFWriterContext` of that thread.
package protocol PDFTextShaper: AnyObject {
    /// The laid-out `block`.
    /// - Parameter block: the text and its style.
    /// - Returns: the shaped text; `nil` only if the text engine cannot allocate a layout.
    func shapedText(_ block: TextBlock) -> (any PDFShapedText)?
}

/// One `TextBlock` laid out for a PDF page: its size, what keeps it from being printed, and the
/// glyph runs that show it.
package protocol PDFShapedText: AnyObject {
    /// The logical size: width of the widest line, total height, first baseline and line count.
    var metrics: TextMetrics { get }
    /// Whether the block's markup was invalid and its plain text was laid out instead.
    var isFallback: Bool { get }
    /// The first character that none of the fonts can show, `nil` when every character has a glyph.
    var unprintableCharacter: Unicode.Scalar? { get }
    /// The serial number of the last PDF document whose fonts recorded this block's glyphs
    /// (`PDFWriterContext.nextDocumentSerial()`; 0 for none).
    var glyphsRecordedInDocument: Int { get set }
    /// The glyph runs that show the block, with their font files.
    /// - Parameter fonts: the writer context's font programs, loaded by path.
    /// - Returns: the runs, positioned from the layout's top-left corner.
    func glyphRuns(fonts: PDFFontSubsets) -> [GlyphRun]
}
