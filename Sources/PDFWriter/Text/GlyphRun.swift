/// A run of glyphs of one font on one baseline, as Pango laid it out: what a PDF text object
/// needs to show a `TextBlock` (glyph ids, positions, and the text each glyph stands for).
package struct GlyphRun {
    /// One glyph and where it goes.
    package struct Glyph {
        /// The font's glyph id (never 0, `.notdef`).
        package let id: UInt32
        /// Pen position of the glyph's origin from the run's start, points (offset included).
        package let x: Double
        /// Baseline shift of this glyph, points, positive up (marks placed above or below).
        package let rise: Double
        /// The characters this glyph shows, for the PDF's ToUnicode map: the whole cluster on the
        /// cluster's first glyph, `nil` on the others.
        package let text: String?

        package init(id: UInt32, x: Double, rise: Double, text: String?) {
            self.id = id
            self.x = x
            self.rise = rise
            self.text = text
        }
    }

    package let font: PDFFontFace
    /// The run's origin from the layout's top-left corner, points (y down, on the baseline).
    package let x: Double
    package let y: Double
    package let glyphs: [Glyph]
    /// The run as PDF text operators, one segment per baseline shift.
    let segments: [Segment]
    /// Each glyph id of the run once, with the text of its first occurrence that has one.
    let distinctGlyphs: [(id: UInt32, text: String?)]

    /// Glyphs drawn from one text matrix: its origin relative to the run's, and the `TJ`
    /// operator showing them.
    struct Segment {
        let x: Double
        let rise: Double
        /// `[<glyph ids> adjustment <glyph ids> …]TJ` and a newline.
        let showText: [UInt8]
    }

    /// - Parameters:
    ///   - font: the run's face.
    ///   - x, y: the run's origin.
    ///   - glyphs: the glyphs in visual order (left to right), as Pango stores them.
    ///   - rightToLeft: whether the run's text reads right to left: its glyphs are then written
    ///     from right to left, each moved to its place, so that the content stream holds them in
    ///     reading order and text extraction (which follows that order) gets the name as typed.
    package init(font: PDFFontFace, x: Double, y: Double, glyphs: [Glyph], rightToLeft: Bool = false) {
        self.font = font
        self.x = x
        self.y = y
        self.glyphs = glyphs
        segments = Self.segments(of: rightToLeft ? glyphs.reversed() : glyphs, font: font)
        var seen: [UInt32: Int] = [:]
        var distinct: [(id: UInt32, text: String?)] = []
        for glyph in glyphs {
            if let index = seen[glyph.id] {
                if distinct[index].text == nil { distinct[index].text = glyph.text }
            } else {
                seen[glyph.id] = distinct.count
                distinct.append((glyph.id, glyph.text))
            }
        }
        distinctGlyphs = distinct
    }

    /// Tolerance between a glyph's position in the PDF and Pango's, points.
    static let positionTolerance = 0.005

    /// The glyphs as `TJ` arrays: 2-byte glyph ids in literal strings (the fonts are
    /// `Identity-H`; `(`, `)`, `\\` and line-end bytes escaped), and where the
    /// font's advance widths (the PDF's `/W`) would leave a glyph more than `positionTolerance`
    /// from where Pango put it, an adjustment in 1/1000 em that moves it back (kerning, Pango's
    /// rounding). A change of baseline shift starts a new segment. O(glyphs).
    private static func segments(of glyphs: [Glyph], font: PDFFontFace) -> [Segment] {
        let scale = font.size / 1000
        var segments: [Segment] = []
        var index = 0
        while index < glyphs.count {
            let first = glyphs[index]
            var out = PDFBytes(capacity: 8 + 3 * glyphs.count)
            out.append("[(")
            var pen = first.x
            while index < glyphs.count, glyphs[index].rise == first.rise {
                let glyph = glyphs[index]
                let drift = glyph.x - pen
                if abs(drift) > positionTolerance, scale > 0 {
                    let adjustment = (-drift / scale * 100).rounded() / 100
                    out.append(")")
                    out.append(number: adjustment, decimals: 2)
                    out.append("(")
                    pen -= adjustment * scale
                }
                out.append(stringByte: UInt8(truncatingIfNeeded: glyph.id >> 8))
                out.append(stringByte: UInt8(truncatingIfNeeded: glyph.id))
                pen += font.program.advance(of: glyph.id) * scale
                index += 1
            }
            out.append(")]TJ\n")
            segments.append(Segment(x: first.x, rise: first.rise, showText: out.bytes))
        }
        return segments
    }
}

/// A font program at a size, with the fontconfig matrix of synthetic slants.
package struct PDFFontFace {
    let program: PDFFontProgram
    /// The em size in points.
    let size: Double
    /// Fontconfig's glyph matrix (`FC_MATRIX`), identity unless fontconfig synthesises a style.
    let xx: Double, yx: Double, xy: Double, yy: Double
    /// Whether fontconfig synthesises bold for this face (`FC_EMBOLDEN`: bold text in a family
    /// without a bold weight, such as the CJK fallbacks).
    var embolden = false

    package init(program: PDFFontProgram, size: Double, xx: Double, yx: Double, xy: Double, yy: Double, embolden: Bool = false) {
        self.program = program
        self.size = size
        self.xx = xx
        self.yx = yx
        self.xy = xy
        self.yy = yy
        self.embolden = embolden
    }

    /// The outline stroke that synthesises bold as FreeType does (`FT_GlyphSlot_Embolden`, which
    /// Cairo uses for PNG and SVG): each outline grows by 1/48 em on every side.
    var emboldenStrokeWidth: Double { size / 24 }
}
