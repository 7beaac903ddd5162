import Canvas
import CCairo
import CPangoCairo
import Foundation
import PDFWriter

/// A `Canvas` drawing with Cairo and Pango onto a PNG or SVG surface (PDF pages are written by
/// `PDFPageCanvas`).
///
/// Obtained from `PNGImage.canvas`, `SVGImage.canvas` or `PageImageDocument.beginPage(size:)`;
/// valid until that page ends. Cairo errors are sticky: a
/// failing call (e.g. a zero scale) stops the page from drawing, and the owning document reports
/// it as a `RenderError` when the page ends.
public final class CairoCanvas: Canvas {
    /// `cairo_t*`, owned.
    let cr: OpaquePointer
    /// The thread's font registry (kept alive while the canvas is).
    let fonts: FontRegistry
    /// The registry's text layouts, shared by every canvas of the thread.
    let text: TextLayout
    /// Blocks drawn on this canvas whose markup was invalid and were printed as plain text.
    private(set) var invalidMarkupCount = 0

    /// Creates a context on `surface`.
    /// - Parameters:
    ///   - surface: the page's surface.
    ///   - fonts: the calling thread's font registry.
    ///   - text: that registry's `textLayout()`.
    init(surface: CairoSurface, fonts: FontRegistry, text: TextLayout) {
        self.text = text
        self.fonts = fonts
        // cairo_create never returns NULL: on failure it returns an inert context in an error state,
        // which the owner reports through `status`.
        cr = cairo_create(surface.pointer)
    }

    deinit { cairo_destroy(cr) }

    /// The context's sticky status (`CAIRO_STATUS_SUCCESS` while all went well).
    var status: cairo_status_t { cairo_status(cr) }

    /// Why text was refused: a character none of the bundled fonts can show (the page is then
    /// not written, rather than written with a gap or a box).
    private(set) var unprintable: String?

    /// Why the page cannot be written, `nil` when all went well: refused text, else Cairo's error.
    var failureReason: String? { unprintable ?? (status.isSuccess ? nil : status.reason) }

    public func save() { cairo_save(cr) }

    public func restore() { cairo_restore(cr) }

    public func translate(x: Double, y: Double) { cairo_translate(cr, x, y) }

    public func scale(x: Double, y: Double) { cairo_scale(cr, x, y) }

    /// Rotates by `radians`, clockwise on screen (Cairo's positive direction in y-down space).
    public func rotate(radians: Double) { cairo_rotate(cr, radians) }

    public func clip(to path: Path) {
        build(path)
        cairo_clip(cr)
    }

    public func fill(_ path: Path, color: Color) {
        build(path)
        setSource(color)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        cairo_fill(cr)
    }

    /// Strokes `path`; a dash pattern Cairo would reject (negative, non-finite or all-zero lengths)
    /// is drawn solid instead of failing the page.
    public func stroke(_ path: Path, style: StrokeStyle) {
        build(path)
        Self.setStroke(style, on: cr)
        cairo_stroke(cr)
    }

    /// Fills `shape` with a repeating tile holding one line (a tiling pattern in PDF): the same
    /// picture as the protocol's clipped lines, but one pattern and one fill instead of a clip
    /// path and a few hundred segments per shape.
    ///
    /// The tile is `hatchTileLength` long along the lines and `spacing` across them, with the
    /// line along its middle; the pattern matrix turns it to `angleDegrees` and puts a line
    /// through the centre of `bounds`.
    public func hatch(_ shape: Path, bounds: Rect, angleDegrees: Double, spacing: Double, style: StrokeStyle) {
        guard spacing > 0, spacing.isFinite, bounds.width > 0, bounds.height > 0, angleDegrees.isFinite else { return }
        var extents = cairo_rectangle_t(x: 0, y: 0, width: Self.hatchTileLength, height: spacing)
        guard let tile = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents) else { return }
        defer { cairo_surface_destroy(tile) }
        if let tileContext = cairo_create(tile) {
            cairo_move_to(tileContext, 0, spacing / 2)
            cairo_line_to(tileContext, Self.hatchTileLength, spacing / 2)
            Self.setStroke(style, on: tileContext)
            cairo_stroke(tileContext)
            cairo_destroy(tileContext)
        }
        guard let pattern = cairo_pattern_create_for_surface(tile) else { return }
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT)
        // User → pattern space: rotate the line direction (cos θ, −sin θ) onto the tile's x axis,
        // then move the centre of `bounds` onto the tile's middle line.
        let angle = angleDegrees * Double.pi / 180
        let c = cos(angle), s = sin(angle)
        let centre = Point(x: bounds.midX, y: bounds.midY)
        var matrix = cairo_matrix_t(xx: c, yx: s, xy: -s, yy: c,
                                    x0: -(c * centre.x - s * centre.y), y0: -(s * centre.x + c * centre.y) + spacing / 2)
        cairo_pattern_set_matrix(pattern, &matrix)
        cairo_save(cr)
        build(shape)
        cairo_set_source(cr, pattern)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// Length of a hatch tile along its line, points: longer than any hatched shape, so a line
    /// has no tile seam inside it.
    static let hatchTileLength = 1000.0

    /// Sets colour, width, cap, join and dash of `style` on `context`; a dash pattern Cairo would
    /// reject (negative, non-finite or all-zero lengths) is set as solid.
    private static func setStroke(_ style: StrokeStyle, on context: OpaquePointer) {
        cairo_set_source_rgba(context, style.color.red, style.color.green, style.color.blue, style.color.alpha)
        cairo_set_line_width(context, style.width)
        cairo_set_line_cap(context, cap(style.cap))
        cairo_set_line_join(context, join(style.join))
        let dash = style.dash
        if !dash.isEmpty, dash.allSatisfy({ $0.isFinite && $0 >= 0 }), dash.contains(where: { $0 > 0 }) {
            cairo_set_dash(context, dash, Int32(dash.count), 0)
        } else {
            cairo_set_dash(context, nil, 0, 0)
        }
    }

    /// Measures `text` from the layout's logical extents (what Pango would draw).
    public func measure(_ text: TextBlock) -> TextMetrics {
        self.text.layout(text)?.metrics ?? TextMetrics(width: 0, height: 0, baseline: 0, lineCount: 0)
    }

    /// Draws `text` with the top-left of its layout box at `origin`.
    public func draw(_ text: TextBlock, at origin: Point) {
        guard unprintable == nil, let layout = self.text.layout(text) else { return }
        if layout.isFallback { invalidMarkupCount += 1 }
        if let character = layout.unprintableCharacter {
            unprintable = UnprintableCharacter(character).reason
            return
        }
        setSource(text.color)
        cairo_move_to(cr, origin.x, origin.y)
        pango_cairo_show_layout(cr, layout.pointer)
        cairo_new_path(cr)
    }

    // MARK: - Helpers

    /// Replaces Cairo's current path with `path`.
    private func build(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case let .curve(c1, c2, p): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            // cairo_arc sweeps towards increasing angles: clockwise on screen in y-down space.
            case let .arc(c, r, start, end): cairo_arc(cr, c.x, c.y, r, start, end)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    private static func cap(_ cap: StrokeStyle.LineCap) -> cairo_line_cap_t {
        switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }

    private static func join(_ join: StrokeStyle.LineJoin) -> cairo_line_join_t {
        switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}
