/// The glyphs a document shows in one font file, collected while pages are drawn and written as
/// one embedded subset when the document is finished.
final class PDFFontUsage {
    let program: PDFFontProgram
    /// The resource name pages use (`F0`, `F1`, …).
    let name: String
    /// The number reserved for the font's `Type0` dictionary.
    let object: Int
    /// Glyph id → the text it shows (empty when only part of a cluster).
    private(set) var glyphs: [UInt32: String] = [:]

    init(program: PDFFontProgram, name: String, object: Int) {
        self.program = program
        self.name = name
        self.object = object
    }

    /// Records that `id` is shown, standing for `text` (the first non-empty text is kept).
    func use(_ id: UInt32, text: String?) {
        // `.notdef` is never shown, so never mapped to text (PDF/A forbids referencing it).
        guard id != 0 else { return }
        if let existing = glyphs[id], !existing.isEmpty || text == nil { return }
        glyphs[id] = text ?? ""
    }

    /// Six capital letters derived from the glyph set, prefixed to the font's name as PDF
    /// requires for subsets; the same glyphs always give the same tag (reproducible files).
    func subsetTag(_ sortedGlyphs: [UInt32]) -> String {
        // FNV-1a (Swift's `hashValue` changes from run to run) of the glyphs and of the face's name.
        var hash = sortedGlyphs.reduce(Self.fnvOffset) { Self.fnv($0, UInt64($1)) }
        hash ^= program.postScriptName.utf8.reduce(Self.fnvOffset) { Self.fnv($0, UInt64($1)) }
        var letters = ""
        for _ in 0..<6 {
            letters.unicodeScalars.append(Unicode.Scalar(UInt8(65 + hash % 26)))
            hash /= 26
        }
        return letters
    }

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325

    private static func fnv(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* 0x0000_0100_0000_01B3
    }
}
