import CFontconfig
import CPangoCairo
import PDFWriter

extension GlyphRun {
    /// The runs of `layout`, positioned as `pango_renderer_draw_layout` does (line's logical x and
    /// baseline, runs side by side, each raised by its `y_offset`), each line's runs in reading
    /// (logical) order: every run is placed at its own position, so the order changes nothing on
    /// the page, but text extraction follows it and reads mixed-direction lines as typed.
    /// O(glyphs + runs · log runs).
    /// - Parameters:
    ///   - layout: a `PangoLayout*`.
    ///   - resolve: the face of a run's `PangoFont*` (`nil` skips the run).
    static func runs(of layout: OpaquePointer, resolve: (UnsafeMutablePointer<PangoFont>) -> PDFFontFace?) -> [GlyphRun] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        let text = pango_layout_get_text(layout).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }
        var runs: [GlyphRun] = []
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { continue }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = points(pango_layout_iter_get_baseline(iterator))
            var x = points(logical.x)
            var lineRuns: [(offset: Int32, run: GlyphRun)] = []
            defer { runs.append(contentsOf: lineRuns.sorted { $0.offset < $1.offset }.map(\.run)) }
            var node = line.pointee.runs
            while let current = node {
                node = current.pointee.next
                guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                      let item = run.pointee.item, let glyphString = run.pointee.glyphs else { continue }
                let width = points(pango_glyph_string_get_width(glyphString))
                defer { x += width }
                guard let pangoFont = item.pointee.analysis.font, let face = resolve(pangoFont) else { continue }
                let glyphs = Self.glyphs(glyphString.pointee, item: item.pointee, text: text)
                guard !glyphs.isEmpty else { continue }
                // Odd bidi embedding levels are right to left.
                lineRuns.append((item.pointee.offset,
                                 GlyphRun(font: face, x: x, y: baseline - points(run.pointee.y_offset), glyphs: glyphs,
                                          rightToLeft: item.pointee.analysis.level & 1 == 1)))
            }
        } while pango_layout_iter_next_line(iterator) != 0
        return runs
    }

    private static func glyphs(_ string: PangoGlyphString, item: PangoItem, text: UnsafePointer<UInt8>?) -> [Glyph] {
        let count = Int(string.num_glyphs)
        guard count > 0, let infos = string.glyphs else { return [] }
        // Each glyph's cluster end (byte offset into the item): the next different cluster start
        // when clusters ascend (left-to-right text); otherwise the next larger start of all.
        var ends = [Int32](repeating: item.length, count: count)
        if let clusters = string.log_clusters {
            var ascending = true
            for index in stride(from: count - 2, through: 0, by: -1) {
                let here = clusters[index], next = clusters[index + 1]
                if next < here { ascending = false; break }
                ends[index] = next != here ? next : ends[index + 1]
            }
            if !ascending {
                let starts = Set((0..<count).map { clusters[$0] }).sorted()
                for index in 0..<count {
                    ends[index] = starts.first(where: { $0 > clusters[index] }) ?? item.length
                }
            }
        }
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(count)
        var pen = 0.0
        var previousCluster: Int32 = -1
        for index in 0..<count {
            let info = infos[index]
            defer { pen += points(info.geometry.width) }
            let glyph = info.glyph
            if glyph == PangoGlyph(0x0FFF_FFFF) || glyph == PangoGlyph(0xFFFF_FFFF) { continue }
            var clusterText: String?
            if let clusters = string.log_clusters, let text, clusters[index] != previousCluster {
                let start = clusters[index]
                previousCluster = start
                clusterText = String(decoding: UnsafeBufferPointer(start: text + Int(item.offset) + Int(start),
                                                                   count: max(0, Int(ends[index] - start))),
                                     as: UTF8.self)
            }
            // A character without a glyph: the canvas refuses the block (`LaidOutText.unprintableCharacter`)
            // before any run is written, so `.notdef` is never drawn or mapped to text.
            if glyph & LaidOutText.unknownGlyphFlag != 0 || glyph == 0 { continue }
            glyphs.append(Glyph(id: glyph, x: pen + points(info.geometry.x_offset), rise: -points(info.geometry.y_offset),
                                text: clusterText))
        }
        return glyphs
    }

    private static func points(_ units: Int32) -> Double { Double(units) / Double(PANGO_SCALE) }
}

extension PDFFontFace {
    /// The face of `font` (a Pango fontconfig font): its file from `FC_FILE`, its size from
    /// `FC_PIXEL_SIZE` (points at the registry's 72 dpi), its matrix from `FC_MATRIX`.
    /// - Parameters:
    ///   - font: a `PangoFont*` of the registry's font map.
    ///   - program: the loaded font file for a path.
    static func of(_ font: UnsafeMutablePointer<PangoFont>, program: (String) -> PDFFontProgram?) -> PDFFontFace? {
        guard let pattern = pango_fc_font_get_pattern(UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)) else { return nil }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file,
              let loaded = program(String(cString: UnsafeRawPointer(file).assumingMemoryBound(to: CChar.self)))
        else { return nil }
        var size = 0.0
        if FcPatternGetDouble(pattern, FC_PIXEL_SIZE, 0, &size) != FcResultMatch || !(size > 0) {
            guard let description = pango_font_describe_with_absolute_size(font) else { return nil }
            size = Double(pango_font_description_get_size(description)) / Double(PANGO_SCALE)
            pango_font_description_free(description)
        }
        var embolden: FcBool = FcFalse
        _ = FcPatternGetBool(pattern, FC_EMBOLDEN, 0, &embolden)
        var matrix: UnsafeMutablePointer<FcMatrix>?
        if FcPatternGetMatrix(pattern, FC_MATRIX, 0, &matrix) == FcResultMatch, let m = matrix?.pointee {
            return PDFFontFace(program: loaded, size: size, xx: m.xx, yx: m.yx, xy: m.xy, yy: m.yy, embolden: embolden == FcTrue)
        }
        return PDFFontFace(program: loaded, size: size, xx: 1, yx: 0, xy: 0, yy: 1, embolden: embolden == FcTrue)
    }
}
