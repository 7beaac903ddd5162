import Canvas
import CPangoCairo
import PDFWriter

/// One `TextBlock` laid out by Pango, reused by `TextLayout` while it stays in its cache.
final class LaidOutText {
    /// `PangoLayout*`, owned.
    let pointer: OpaquePointer
    /// Whether the block's markup was invalid and its plain text was laid out instead.
    let isFallback: Bool

    /// Takes ownership of `pointer`.
    /// - Parameters:
    ///   - pointer: a configured `PangoLayout*`.
    ///   - isFallback: whether invalid markup was replaced by plain text.
    init(pointer: OpaquePointer, isFallback: Bool) {
        self.pointer = pointer
        self.isFallback = isFallback
    }

    /// The glyph runs for PDF output (`glyphRuns(fonts:)`), extracted on first use.
    private var glyphRuns: [GlyphRun]?
    /// The serial number of the last PDF document whose fonts recorded this block's glyphs.
    package var glyphsRecordedInDocument = 0

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// The logical size: width of the widest line, total height, first baseline and line count,
    /// in points (computed on first use, then kept).
    private(set) lazy var metrics: TextMetrics = {
        // Logical extents only: ink extents would read every glyph's outline.
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, nil, &logical)
        return TextMetrics(width: Self.points(logical.width), height: Self.points(logical.height),
                           baseline: Self.points(pango_layout_get_baseline(pointer)),
                           lineCount: Int(pango_layout_get_line_count(pointer)))
    }()

    /// The first character of the block that none of the bundled fonts can show (Pango then lays
    /// out an "unknown glyph" box for it, or a font's glyph 0), `nil` when every character has a
    /// glyph. Canvases refuse to draw such a block: a character must never vanish from, or turn
    /// into a box on, a chart document. Computed on first use, then kept. O(glyphs).
    private(set) lazy var unprintableCharacter: Unicode.Scalar? = {
        // Pango counts its unknown glyphs (also those a font maps to glyph 0) in C; only a block
        // that has one is searched for the character.
        guard pango_layout_get_unknown_glyphs_count(pointer) > 0, let iterator = pango_layout_get_iter(pointer) else { return nil }
        defer { pango_layout_iter_free(iterator) }
        let text = pango_layout_get_text(pointer).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator),
                  let glyphs = run.pointee.glyphs, let infos = glyphs.pointee.glyphs,
                  let item = run.pointee.item else { continue }
            for index in 0..<Int(glyphs.pointee.num_glyphs) {
                let glyph = infos[index].glyph
                if glyph & Self.unknownGlyphFlag != 0 {
                    return Unicode.Scalar(glyph & ~Self.unknownGlyphFlag) ?? Unicode.Scalar(0xFFFD)
                }
                if glyph == 0, let text, let clusters = glyphs.pointee.log_clusters {
                    let start = text + Int(item.pointee.offset) + Int(clusters[index])
                    let remaining = Int(item.pointee.length) - Int(clusters[index])
                    let cluster = String(decoding: UnsafeBufferPointer(start: start, count: max(0, min(remaining, 4))), as: UTF8.self)
                    return cluster.unicodeScalars.first ?? Unicode.Scalar(0xFFFD)
                }
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return nil
    }()

    /// `PANGO_GLYPH_UNKNOWN_FLAG`: set on a glyph that stands for a character no font has, whose
    /// code point is in the remaining bits.
    static let unknownGlyphFlag: PangoGlyph = 0x1000_0000

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}

extension LaidOutText: PDFShapedText {
    /// The glyph runs of the layout for a PDF page (extracted once per cached layout).
    package func glyphRuns(fonts: PDFFontSubsets) -> [GlyphRun] {
        if let glyphRuns { return glyphRuns }
        let runs = GlyphRun.runs(of: pointer) { font in
            PDFFontFace.of(font, program: fonts.program(at:))
        }
        glyphRuns = runs
        return runs
    }
}
