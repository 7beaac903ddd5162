import CHarfBuzzSubset
import Foundation

/// One bundled TrueType font file, loaded with HarfBuzz for embedding in PDFs: its metrics,
/// PostScript name, glyph advances, and subsets of it.
///
/// Loaded once per `FontRegistry` (so per thread) and kept for the registry's life; HarfBuzz
/// faces are read-only after loading.
package final class PDFFontProgram {
    /// The font file.
    let path: String
    /// The PostScript name (`NotoSans-Regular`), the base of the embedded font's name.
    let postScriptName: String
    /// Font units per em.
    let unitsPerEm: Double
    /// Bounding box of all glyphs, ascent, descent and cap height, in 1/1000 em (PDF glyph space).
    let boundingBox: [Double]
    let ascent: Double
    let descent: Double
    let capHeight: Double
    /// The italic angle in degrees, counter-clockwise (negative for right-leaning italics), from
    /// the `post` table.
    let italicAngle: Double
    /// The weight class (`OS/2` usWeightClass: 400 regular, 700 bold); 400 without the table.
    let weightClass: Int
    /// Whether the face is italic: a slanted `post` italic angle or the `OS/2` fsSelection
    /// ITALIC bit.
    let isItalic: Bool
    /// Whether all glyphs have the same advance (`post` isFixedPitch).
    let isFixedPitch: Bool
    /// `hb_face_t*`, owned.
    private let face: OpaquePointer
    /// `hb_font_t*` at a scale of one unit per font unit, owned.
    private let font: OpaquePointer

    /// Loads `path` (face 0).
    /// - Parameter path: a TrueType file.
    /// - Returns: `nil` if HarfBuzz cannot read it as a font with glyphs.
    init?(path: String) {
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, 0), hb_face_get_glyph_count(face) > 0 else { return nil }
        let upem = Int32(hb_face_get_upem(face))
        guard let font = hb_font_create(face) else {
            hb_face_destroy(face)
            return nil
        }
        hb_font_set_scale(font, upem, upem)
        self.path = path
        self.face = face
        self.font = font
        unitsPerEm = Double(upem)
        let perMille = 1000 / Double(upem)

        var name = [CChar](repeating: 0, count: 128)
        var length = UInt32(name.count)
        _ = hb_ot_name_get_utf8(face, hb_ot_name_id_t(HB_OT_NAME_ID_POSTSCRIPT_NAME), hb_language_get_default(), &length, &name)
        let psName = String(decoding: name.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        postScriptName = psName.isEmpty ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : psName

        func metric(_ tag: hb_ot_metrics_tag_t) -> Double {
            var value: hb_position_t = 0
            _ = hb_ot_metrics_get_position(font, tag, &value)
            return Double(value) * perMille
        }
        ascent = metric(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER)
        descent = metric(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER)
        capHeight = metric(HB_OT_METRICS_TAG_CAP_HEIGHT)

        let head = Self.table(face, "head")
        boundingBox = head.count >= 44
            ? [36, 38, 40, 42].map { Double(Int16(bitPattern: UInt16(head[$0]) << 8 | UInt16(head[$0 + 1]))) * perMille }
            : [0, descent, 1000, ascent]
        func uint32(_ table: [UInt8], _ at: Int) -> UInt32 {
            table.count >= at + 4 ? UInt32(table[at]) << 24 | UInt32(table[at + 1]) << 16 | UInt32(table[at + 2]) << 8 | UInt32(table[at + 3]) : 0
        }
        func uint16(_ table: [UInt8], _ at: Int) -> Int { table.count >= at + 2 ? Int(table[at]) << 8 | Int(table[at + 1]) : 0 }
        let post = Self.table(face, "post")
        italicAngle = Double(Int32(bitPattern: uint32(post, 4))) / 65536
        isFixedPitch = uint32(post, 12) != 0
        let os2 = Self.table(face, "OS/2")
        weightClass = os2.count >= 6 ? uint16(os2, 4) : 400
        isItalic = italicAngle != 0 || uint16(os2, 62) & 1 != 0
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
    }

    /// The `/Flags` of the font's descriptor (ISO 32000-1 9.8.2): FixedPitch (bit 1), Symbolic
    /// (bit 3) or Nonsymbolic (bit 6), Italic (bit 7). Serif (bit 2) stays clear: every bundled
    /// face is sans-serif.
    /// - Parameter symbolic: whether the embedded glyphs go beyond the standard Latin set.
    func descriptorFlags(symbolic: Bool) -> Int {
        (isFixedPitch ? 1 << 0 : 0) | (symbolic ? 1 << 2 : 1 << 5) | (isItalic ? 1 << 6 : 0)
    }

    /// The descriptor's `/StemV` (vertical stem width, 1/1000 em), which TrueType does not record:
    /// 50 + (weight class / 65)², truncated, the approximation of ReportLab and PDFlib
    /// (`src/reportlab/pdfbase/ttfonts.py`, `stemV = 50 + int((usWeightClass / 65.0) ** 2)`):
    /// 87 for regular, 165 for bold.
    var stemV: Int { 50 + Int((Double(weightClass) / 65) * (Double(weightClass) / 65)) }

    /// The glyphs of printable ASCII (U+0020–U+007E) in this font.
    private(set) lazy var asciiGlyphs: Set<UInt32> = Set((0x20...0x7E).compactMap { (scalar: UInt32) -> UInt32? in
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar, &glyph) != 0 ? glyph : nil
    })

    /// The advance width of glyph `id` in 1/1000 em, rounded to 1/1000 of that (the value written
    /// in the PDF's `/W` array and used to position text).
    func advance(of id: UInt32) -> Double {
        let units = hb_font_get_glyph_h_advance(font, id)
        return (Double(units) * 1000 / unitsPerEm * 1000).rounded() / 1000
    }

    /// The number of glyphs in the font.
    var glyphCount: UInt32 { hb_face_get_glyph_count(face) }

    /// Whether subsets renumber their glyphs (a PDF then maps its glyph codes to them with a
    /// `/CIDToGIDMap` stream): fonts with many glyphs, the CJK fallbacks. Keeping glyph ids would
    /// give their subsets loca and hmtx tables for every glyph up to the highest one used (447 KB
    /// for a few ideographs of Droid Sans Fallback, three times the subsetter's work and much
    /// compression); the Noto faces keep their ids, so their subsets stay shareable and small.
    var renumbersGlyphs: Bool { glyphCount > Self.renumberingThreshold }

    /// Fonts with more glyphs than this renumber their subsets' glyphs.
    static let renumberingThreshold: UInt32 = 10_000

    /// A subset font program and, when glyphs were renumbered, each kept glyph's new id.
    struct SubsetProgram {
        let bytes: [UInt8]
        /// Old glyph id → new glyph id, `nil` when ids are unchanged.
        let newGlyphIDs: [UInt32: UInt32]?
    }

    /// A TrueType font with the outlines of `glyphs` (and of the glyphs they are built from)
    /// only, without the layout tables a PDF does not use (HarfBuzz's subsetter); glyph ids
    /// unchanged unless `renumbersGlyphs`. O(size of the kept glyphs + tables).
    ///
    /// The hinting (the `fpgm`, `prep` and `cvt ` programs and each glyph's instructions) is
    /// kept: printers and Ghostscript rasterise TrueType glyphs at 100–600 dpi with it, and
    /// without it glyphs are spaced and stemmed unevenly at low resolutions.
    /// - Parameter glyphs: glyph ids used by a document.
    /// - Returns: the font file's bytes and the glyph renumbering, or `nil` if HarfBuzz fails.
    func subset(_ glyphs: [UInt32]) -> SubsetProgram? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        hb_set_add(glyphSet, 0)
        for glyph in glyphs { hb_set_add(glyphSet, glyph) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in Self.droppedTables { hb_set_add(dropped, Self.tag(tag)) }
        // `.notdef` keeps its outline (the subsetter empties it otherwise): the font stays a valid
        // TrueType font for every consumer, though the writer never shows glyph 0.
        let renumber = renumbersGlyphs
        hb_subset_input_set_flags(input, (renumber ? 0 : HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue)
                                      | HB_SUBSET_FLAGS_NOTDEF_OUTLINE.rawValue)
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        var newGlyphIDs: [UInt32: UInt32]?
        if renumber {
            guard let mapping = hb_subset_plan_old_to_new_glyph_mapping(plan) else { return nil }
            var map: [UInt32: UInt32] = [:]
            for glyph in glyphs {
                let new = hb_map_get(mapping, glyph)
                guard new != UInt32.max else { return nil }  // HB_MAP_VALUE_INVALID
                map[glyph] = new
            }
            newGlyphIDs = map
        }
        guard let subset = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(subset) }
        guard let blob = hb_face_reference_blob(subset) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return SubsetProgram(bytes: [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length))), newGlyphIDs: newGlyphIDs)
    }

    /// Tables dropped from embedded subsets: the layout tables (Pango shaped the text before the
    /// glyphs were written; PDF viewers never read them). The character map, names, PostScript
    /// and OS/2 tables are kept, as Cairo's subsetter kept them: the PDF reference does not need
    /// them for a CID font, but printer drivers that turn TrueType into PostScript Type 42 fonts
    /// may read them, and they cost a few hundred bytes.
    private static let droppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "kern", "morx", "STAT"]

    private static func tag(_ s: String) -> hb_tag_t {
        s.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }

    private static func table(_ face: OpaquePointer, _ name: String) -> [UInt8] {
        guard let blob = hb_face_reference_table(face, tag(name)) else { return [] }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
    }
}
