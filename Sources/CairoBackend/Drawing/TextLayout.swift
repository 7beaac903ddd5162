import Canvas
import CCairo
import CPangoCairo

/// One reusable Pango layout bound to a `FontRegistry`: turns `TextBlock`s into laid-out text.
///
/// Owned by one document (so by one thread). Font descriptions are cached per `FontSpec`; the
/// layout is reconfigured only when the block changes, so `measure` followed by `draw` of the same
/// block lays it out once.
final class TextLayout {
    /// Keeps the font map alive for as long as the context uses it.
    let fonts: FontRegistry
    /// `PangoContext*`, owned.
    private let context: OpaquePointer
    /// `PangoLayout*`, owned.
    let layout: OpaquePointer
    /// `PangoFontDescription*` per font, owned.
    private var descriptions: [FontSpec: OpaquePointer] = [:]
    /// The block the layout currently holds.
    private var current: TextBlock?
    /// Whether the current block's markup was invalid and its plain text was laid out instead.
    private(set) var currentIsFallback = false
    /// How many drawn blocks were marked up invalidly and printed as plain text instead.
    var invalidMarkupCount = 0

    /// Creates a context at 72 dpi with hint metrics off, and a layout on it.
    /// - Parameter fonts: the thread's font registry.
    /// - Throws: `RenderError.resourceUnavailable` if Pango cannot create the objects.
    init(fonts: FontRegistry) throws(RenderError) {
        guard let context = pango_font_map_create_context(fonts.fontMap) else {
            throw .resourceUnavailable("a Pango context")
        }
        pango_cairo_context_set_resolution(context, 72)
        // Pango ≥ 1.44 rounds glyph positions to whole device units by default: at 72 dpi that is
        // whole points, which made "Probability" at 10 pt 1.6 pt wider in PDF than in a 300 dpi PNG.
        pango_context_set_round_glyph_positions(context, 0)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        guard let layout = pango_layout_new(context) else {
            g_object_unref(UnsafeMutableRawPointer(context))
            throw .resourceUnavailable("a Pango layout")
        }
        self.fonts = fonts
        self.context = context
        self.layout = layout
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// Lays out `block` for drawing on `cr` (its transform and surface font options).
    /// - Parameters:
    ///   - block: the text and its style.
    ///   - cr: the Cairo context it will be measured or drawn on.
    func prepare(_ block: TextBlock, for cr: OpaquePointer) {
        // Re-lays out only when the transform or target changed (Pango compares the context serial).
        pango_cairo_update_layout(cr, layout)
        guard block != current else { return }
        current = block
        pango_layout_set_attributes(layout, nil)
        pango_layout_set_font_description(layout, description(for: block.font))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        if let width = block.width, width.isFinite, width > 0 {
            pango_layout_set_width(layout, Self.pangoUnits(width))
        } else {
            pango_layout_set_width(layout, -1)
        }
        pango_layout_set_alignment(layout, Self.alignment(block.alignment))
        let spacing = block.lineSpacing.isFinite ? max(0, block.lineSpacing) * Self.clampedSize(block.font.size) : 0
        pango_layout_set_spacing(layout, Self.pangoUnits(spacing))
        currentIsFallback = false
        if block.isMarkup {
            setMarkup(block)
        } else {
            pango_layout_set_text(layout, block.text, -1)
        }
    }

    /// The logical size of the prepared layout.
    /// - Returns: width of the widest line, total height, first baseline and line count, in points.
    func metrics() -> TextMetrics {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        return TextMetrics(width: Self.points(logical.width), height: Self.points(logical.height),
                           baseline: Self.points(pango_layout_get_baseline(layout)),
                           lineCount: Int(pango_layout_get_line_count(layout)))
    }

    /// Parses the markup once; invalid markup is printed as the block's plain text instead.
    private func setMarkup(_ block: TextBlock) {
        switch MarkupText.parse(block.text) {
        case let .styled(text, attributes):
            pango_layout_set_text(layout, text, -1)
            pango_layout_set_attributes(layout, attributes.pointer)
        case .invalid:
            currentIsFallback = true
            pango_layout_set_text(layout, block.plainText, -1)
        }
    }

    private func description(for font: FontSpec) -> OpaquePointer? {
        if let cached = descriptions[font] { return cached }
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, font.family == .mono ? "Noto Sans Mono" : "Noto Sans")
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(description, Self.clampedSize(font.size) * Double(PANGO_SCALE))
        descriptions[font] = description
        return description
    }

    /// Font sizes Pango accepts: finite, between 0.1 pt and 1000 pt (else 10 pt).
    private static func clampedSize(_ size: Double) -> Double {
        size.isFinite && size > 0 ? min(max(size, 0.1), 1000) : 10
    }

    private static func alignment(_ a: TextBlock.Alignment) -> PangoAlignment {
        switch a {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
    }

    private static func pangoUnits(_ points: Double) -> Int32 {
        Int32(clamping: Int((points * Double(PANGO_SCALE)).rounded()))
    }

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}
