import Canvas
import CCairo
import CPangoCairo
import PDFWriter

/// Lays out `TextBlock`s with Pango for one thread, keeping recently used layouts for reuse.
///
/// Owned by a `FontRegistry` (so by one thread) and shared by every canvas and document made with
/// that registry: the batch measures a report on one canvas and draws it on another, and most of
/// a report's text (headings, labels, legends, definitions) repeats from patient to patient, so
/// shaping (HarfBuzz, the bulk of rendering time) is done once per distinct block instead of on
/// every measure and draw. Layouts do not depend on the Cairo context they are drawn on: the Pango
/// context has fixed font options (72 dpi, hint metrics and hint style off, unrounded glyph
/// positions) and an identity matrix, so text measures identically in PDF, PNG and SVG and under
/// any transform (Cairo scales and rotates the glyphs when drawing).
///
/// The cache is two generations of at most `generationSize` layouts each: a lookup that hits the
/// older generation moves the layout to the current one; when the current one is full, the older
/// one is dropped. Frequently used text therefore stays, and memory is bounded. O(1) per lookup
/// (hashing the block's text).
final class TextLayout {
    /// Layouts per generation (two generations are kept). Besides the template's text, a report
    /// has some 110 blocks of its own (numbers, table cells, sentences), many of which recur in
    /// later reports ("15.1", "19.96 mSv"): a generation large enough to keep them from one report
    /// to the next saves laying them out again, for some MiB more memory per worker thread.
    static let generationSize = 2048

    /// `PangoContext*`, owned.
    private let context: OpaquePointer
    /// `PangoFontDescription*` per font, owned.
    private var descriptions: [FontSpec: OpaquePointer] = [:]
    private var current: [LayoutKey: LaidOutText] = [:]
    private var older: [LayoutKey: LaidOutText] = [:]

    /// Creates a context at 72 dpi with hint metrics off.
    /// - Parameter fontMap: the thread's Pango font map (the context keeps a reference).
    /// - Throws: `RenderError.resourceUnavailable` if Pango cannot create the context.
    init(fontMap: UnsafeMutablePointer<PangoFontMap>) throws(RenderError) {
        guard let context = pango_font_map_create_context(fontMap) else {
            throw .resourceUnavailable("a Pango context")
        }
        pango_cairo_context_set_resolution(context, 72)
        // Pango ≥ 1.44 rounds glyph positions to whole device units by default: at 72 dpi that is
        // whole points, which made "Probability" at 10 pt 1.6 pt wider in PDF than in a 300 dpi PNG.
        pango_context_set_round_glyph_positions(context, 0)
        // Paragraphs are left to right (strong, not "weak": a paragraph that starts with a Hebrew
        // or Arabic name is not turned around); see `configure`.
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        self.context = context
    }

    deinit {
        current = [:]
        older = [:]
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The laid-out `block`, from the cache when it was laid out recently.
    /// - Parameter block: the text and its style (the colour does not affect the layout).
    /// - Returns: the layout; `nil` only if Pango cannot allocate one.
    func layout(_ block: TextBlock) -> LaidOutText? {
        let key = LayoutKey(block)
        if let hit = current[key] { return hit }
        if let hit = older.removeValue(forKey: key) {
            store(hit, for: key)
            return hit
        }
        guard let pointer = pango_layout_new(context) else { return nil }
        let laidOut = LaidOutText(pointer: pointer, isFallback: configure(pointer, for: block))
        store(laidOut, for: key)
        return laidOut
    }

    private func store(_ layout: LaidOutText, for key: LayoutKey) {
        if current.count >= Self.generationSize {
            older = current
            current = [:]
        }
        current[key] = layout
    }

    /// Sets text, font, width, alignment and spacing on a new layout.
    /// - Returns: whether the block's markup was invalid and its plain text was laid out instead.
    private func configure(_ layout: OpaquePointer, for block: TextBlock) -> Bool {
        pango_layout_set_font_description(layout, description(for: block.font))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        // Every paragraph is left-to-right, as the reports are written; right-to-left names are
        // still shaped and ordered right to left inside it (Unicode bidi), but a paragraph that
        // starts with one is neither reversed nor aligned to the other side.
        pango_layout_set_auto_dir(layout, 0)
        if let width = block.width, width.isFinite, width > 0 {
            pango_layout_set_width(layout, Self.pangoUnits(width))
        } else {
            pango_layout_set_width(layout, -1)
        }
        pango_layout_set_alignment(layout, Self.alignment(block.alignment))
        let spacing = block.lineSpacing.isFinite ? max(0, block.lineSpacing) * Self.clampedSize(block.font.size) : 0
        pango_layout_set_spacing(layout, Self.pangoUnits(spacing))
        guard block.isMarkup else {
            pango_layout_set_text(layout, block.text, -1)
            return false
        }
        switch MarkupText.parse(block.text) {
        case let .styled(text, attributes):
            pango_layout_set_text(layout, text, -1)
            pango_layout_set_attributes(layout, attributes.pointer)
            return false
        case .invalid:
            pango_layout_set_text(layout, block.plainText, -1)
            return true
        }
    }

    private func description(for font: FontSpec) -> OpaquePointer? {
        if let cached = descriptions[font] { return cached }
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, FontRegistry.familyList(primary: font.family == .mono ? "Noto Sans Mono" : "Noto Sans"))
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
}

extension TextLayout: PDFTextShaper {
    package func shapedText(_ block: TextBlock) -> (any PDFShapedText)? { layout(block) }
}
