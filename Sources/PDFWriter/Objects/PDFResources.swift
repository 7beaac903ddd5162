import Canvas

/// The objects of one PDF being written and the resources its pages draw with: fonts,
/// transparency states and hatching patterns, each written once per document.
///
/// Each page lists the ones it uses in its own resource dictionary (`PDFPageResources`), so a
/// font used on five pages is still one object.
final class PDFResources {
    /// The file's objects.
    var file: PDFObjectFile

    private var fonts: [ObjectIdentifier: PDFFontUsage] = [:]
    private var fontOrder: [PDFFontUsage] = []
    private var alphaStates = PDFResourceCategory<AlphaKey>(prefix: "GS")
    /// Patterns are never shared (each has its own matrix): keyed by their number.
    private var patterns = PDFResourceCategory<Int>(prefix: "P")

    /// A number no other document of this thread's registry had, so text blocks can tell
    /// whether their glyphs were already recorded for this document.
    let serial: Int

    /// - Parameters:
    ///   - serial: the document's serial number (`PDFWriterContext.nextDocumentSerial()`).
    ///   - compressor: the thread's stream compressor (`nil`: streams are written uncompressed).
    init(serial: Int, compressor: FlateCompressor?) {
        self.serial = serial
        file = PDFObjectFile(compressor: compressor)
    }

    /// The document's usage record of `program` (resource `F<n>`), made on first use.
    func font(for program: PDFFontProgram) -> PDFFontUsage {
        if let usage = fonts[ObjectIdentifier(program)] { return usage }
        let usage = PDFFontUsage(program: program, name: "F\(fontOrder.count)", object: file.reserve())
        fonts[ObjectIdentifier(program)] = usage
        fontOrder.append(usage)
        return usage
    }

    struct AlphaKey: Hashable {
        let fill: Double
        let stroke: Double
    }

    /// The graphics state setting fill (`/ca`) and stroke (`/CA`) opacity, written on first use.
    func alphaState(fill: Double, stroke: Double) -> PDFResourceCategory<AlphaKey>.Entry {
        let (state, isNew) = alphaStates.entry(for: AlphaKey(fill: fill, stroke: stroke), reserve: { file.reserve() })
        if isNew {
            file.write(state.object) { out in
                out.append("<</Type/ExtGState/ca ")
                out.append(number: fill)
                out.append("/CA ")
                out.append(number: stroke)
                out.append(">>")
            }
        }
        return state
    }

    /// Writes a coloured tiling pattern and returns its name and object.
    /// - Parameters:
    ///   - matrix: pattern space → the page's default (PDF) space.
    ///   - tile: the tile's size (its bounding box and step).
    ///   - alphaState: a graphics state the tile's content uses, if any.
    ///   - content: the tile's content stream.
    func tilingPattern(matrix: AffineTransform, tile: Size, alphaState: PDFResourceCategory<AlphaKey>.Entry?,
                       content: PDFBytes) -> PDFResourceCategory<Int>.Entry {
        let (pattern, _) = patterns.entry(for: patterns.entries.count, reserve: { file.reserve() })
        file.writeStream(pattern.object, data: content.bytes) { out in
            out.append("/Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox")
            out.append(numbers: [0, 0, tile.width, tile.height])
            out.append("/XStep ")
            out.append(number: tile.width)
            out.append("/YStep ")
            out.append(number: tile.height)
            out.append("/Matrix[")
            out.append(matrix: matrix)
            out.append("]/Resources")
            var tileResources = PDFPageResources()
            if let alphaState { tileResources.use(.graphicsState, name: alphaState.name, object: alphaState.object) }
            tileResources.write(to: &out)
        }
        return pattern
    }

    /// Writes the fonts (subset, widths, ToUnicode map).
    /// - Parameter subsets: the registry's cache of font subsets.
    /// - Returns: `false` if a font could not be subset.
    func finish(subsets: PDFFontSubsets) -> Bool {
        for usage in fontOrder {
            guard writeFont(usage, subsets: subsets) else { return false }
        }
        return true
    }

    /// Type0 font → CIDFontType2 (glyph ids as CIDs) → descriptor → subset program, plus the
    /// ToUnicode map that makes the text searchable and copyable.
    private func writeFont(_ usage: PDFFontUsage, subsets: PDFFontSubsets) -> Bool {
        let glyphs = usage.glyphs.keys.sorted()
        let program = usage.program
        let embedded = Self.embeddedGlyphs(glyphs, of: program)
        guard let subset = subsets.subset(of: program, glyphs: embedded) else { return false }
        let baseName = usage.subsetTag(embedded) + "+" + program.postScriptName
        let fontFile = file.reserve(), descriptor = file.reserve(), cidFont = file.reserve(), toUnicode = file.reserve()
        let glyphMap = subset.compressedGlyphMap.map { map in
            let object = file.reserve()
            file.writeCompressedStream(object, compressed: map) { _ in }
            return object
        }
        file.writeCompressedStream(fontFile, compressed: subset.compressed) { out in
            out.append("/Length1 ")
            out.append(integer: subset.length)
        }
        file.write(descriptor) { out in
            out.append("<</Type/FontDescriptor/FontName")
            out.append(name: baseName)
            out.append("/Flags ")
            out.append(integer: program.descriptorFlags(symbolic: Self.isSymbolic(usage.glyphs.values)))
            out.append("/FontBBox")
            out.append(numbers: program.boundingBox, decimals: 0)
            out.append("/ItalicAngle ")
            out.append(number: program.italicAngle, decimals: 2)
            out.append("/Ascent ")
            out.append(number: program.ascent, decimals: 0)
            out.append("/Descent ")
            out.append(number: program.descent, decimals: 0)
            out.append("/CapHeight ")
            out.append(number: program.capHeight, decimals: 0)
            out.append("/StemV ")
            out.append(integer: program.stemV)
            out.append("/FontFile2 ")
            out.append(reference: fontFile)
            out.append(">>")
        }
        file.write(cidFont) { out in
            out.append("<</Type/Font/Subtype/CIDFontType2/BaseFont")
            out.append(name: baseName)
            out.append("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ")
            out.append(reference: descriptor)
            if let glyphMap {
                out.append("/CIDToGIDMap ")
                out.append(reference: glyphMap)
            } else {
                out.append("/CIDToGIDMap/Identity")
            }
            out.append("/W[")
            // Runs of consecutive glyph ids share one array: `first [w1 w2 …]`.
            var index = 0
            while index < glyphs.count {
                var end = index + 1
                while end < glyphs.count, glyphs[end] == glyphs[end - 1] + 1 { end += 1 }
                out.append(integer: Int(glyphs[index]))
                out.append(numbers: glyphs[index..<end].lazy.map(program.advance(of:)))
                index = end
            }
            out.append("]>>")
        }
        file.writeStream(toUnicode, data: Self.toUnicodeMap(usage.glyphs, sorted: glyphs).bytes)
        file.write(usage.object) { out in
            out.append("<</Type/Font/Subtype/Type0/BaseFont")
            out.append(name: baseName)
            out.append("/Encoding/Identity-H/DescendantFonts[")
            out.append(reference: cidFont)
            out.append("]/ToUnicode ")
            out.append(reference: toUnicode)
            out.append(">>")
        }
        return true
    }

    /// The glyphs to embed for a document that shows `glyphs` (sorted): those, plus all of
    /// printable ASCII when the document already shows at least half of it in this font.
    ///
    /// Reports differ mostly in a few letters and digits of patient data; with the whole ASCII
    /// range, the documents of a batch mostly need the same subset of their heading and body
    /// fonts, which `PDFFontSubsets` then makes once (a subset costs more than drawing a page).
    /// Fonts used for a few words keep their small subsets. Depends only on the document, so
    /// files stay reproducible. O(glyphs).
    static func embeddedGlyphs(_ glyphs: [UInt32], of program: PDFFontProgram) -> [UInt32] {
        let ascii = program.asciiGlyphs
        guard glyphs.count(where: ascii.contains) * 2 >= ascii.count else { return glyphs }
        return Set(glyphs).union(ascii).sorted()
    }

    /// Whether glyphs showing `texts` go beyond the standard Latin character set (ISO 32000-1
    /// Annex D: printable ASCII, Latin-1 and the typographic marks of WinAnsi and MacRoman), so
    /// the descriptor is flagged Symbolic rather than Nonsymbolic.
    static func isSymbolic<Texts: Sequence<String>>(_ texts: Texts) -> Bool {
        texts.contains { text in text.unicodeScalars.contains { !standardLatin.contains($0) } }
    }

    /// The standard Latin character set (ISO 32000-1 Annex D).
    private static let standardLatin: Set<Unicode.Scalar> = {
        var set = Set((0x20...0x7E).compactMap(Unicode.Scalar.init) + (0xA0...0xFF).compactMap(Unicode.Scalar.init))
        set.formUnion("ŒœŠšŸŽžƒıŁłˆˇ˘˙˚˛˜˝–—‘’‚“”„†‡•…‰‹›€™−⁄ﬁﬂ".unicodeScalars)
        return set
    }()

    /// A CMap from 2-byte glyph codes to UTF-16 text (`bfchar` entries, at most 100 per block as
    /// the CMap format requires). Glyphs without text are left out.
    static func toUnicodeMap(_ glyphs: [UInt32: String], sorted: [UInt32]) -> PDFBytes {
        var out = PDFBytes()
        out.append("""
        /CIDInit/ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def
        /CMapName/Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000><FFFF>
        endcodespacerange

        """)
        let mapped = sorted.filter { !(glyphs[$0] ?? "").isEmpty }
        var start = 0
        while start < mapped.count {
            let block = mapped[start..<min(start + 100, mapped.count)]
            out.append(integer: block.count)
            out.append(" beginbfchar\n")
            for glyph in block {
                out.append("<")
                out.append(hex: Int(glyph), width: 4)
                out.append("><")
                for unit in (glyphs[glyph] ?? "").utf16 { out.append(hex: Int(unit), width: 4) }
                out.append(">\n")
            }
            out.append("endbfchar\n")
            start += 100
        }
        out.append("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n")
        return out
    }
}
