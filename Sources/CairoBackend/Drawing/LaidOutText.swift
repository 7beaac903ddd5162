import Canvas
import CPangoCairo

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

    /// The glyph runs for PDF output (`TextLayout.glyphRuns(of:)`), extracted on first use.
    var glyphRuns: [GlyphRun]?
    /// The serial number of the last PDF document whose fonts recorded this block's glyphs.
    var glyphsRecordedInDocument = 0

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

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}
