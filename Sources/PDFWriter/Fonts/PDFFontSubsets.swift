/// The font programs a thread embeds in PDFs, and the subsets it made of them recently.
///
/// One per `FontRegistry` (so per thread). Reports of a batch mostly show the same glyphs
/// (the template's text and digits), so a document often needs exactly the subset an earlier one
/// needed: it is then reused, already compressed, instead of being made again.
package final class PDFFontSubsets {
    /// A subset font program, compressed for a `/FontFile2` stream.
    struct Subset {
        let compressed: [UInt8]
        /// The uncompressed length (`/Length1`).
        let length: Int
        /// The compressed `/CIDToGIDMap` stream (two bytes, big-endian, per glyph code from 0 to
        /// the highest used) when the subset renumbered its glyphs, `nil` for `/Identity`.
        let compressedGlyphMap: [UInt8]?
    }

    private struct Key: Hashable {
        let path: String
        let glyphs: [UInt32]
    }

    /// Subsets kept (the cache is emptied when it grows past this).
    static let capacity = 256

    private var programs: [String: PDFFontProgram?] = [:]
    /// The thread's stream compressor, for its subsets and for its documents' streams.
    let compressor = FlateCompressor()
    private var subsets: [Key: Subset] = [:]
    /// Subsets made and subsets reused, for tests and the benchmark.
    private(set) var made = 0
    private(set) var reused = 0

    /// The loaded font file at `path` (loaded on first use; `nil` if unreadable).
    package func program(at path: String) -> PDFFontProgram? {
        if let loaded = programs[path] { return loaded }
        let loaded = PDFFontProgram(path: path)
        programs[path] = loaded
        return loaded
    }

    /// The compressed subset of `program` with `glyphs` (sorted).
    /// - Returns: `nil` if HarfBuzz or libdeflate fails.
    func subset(of program: PDFFontProgram, glyphs: [UInt32]) -> Subset? {
        let key = Key(path: program.path, glyphs: glyphs)
        if let cached = subsets[key] {
            reused += 1
            return cached
        }
        guard let program = program.subset(glyphs), let compressor, let compressed = compressor.compress(program.bytes) else { return nil }
        var glyphMap: [UInt8]?
        if let newGlyphIDs = program.newGlyphIDs {
            var map = [UInt8](repeating: 0, count: 2 * (Int(glyphs.max() ?? 0) + 1))
            for (old, new) in newGlyphIDs {
                map[2 * Int(old)] = UInt8(truncatingIfNeeded: new >> 8)
                map[2 * Int(old) + 1] = UInt8(truncatingIfNeeded: new)
            }
            guard let compressedMap = compressor.compress(map) else { return nil }
            glyphMap = compressedMap
        }
        if subsets.count >= Self.capacity { subsets.removeAll(keepingCapacity: true) }
        let subset = Subset(compressed: compressed, length: program.bytes.count, compressedGlyphMap: glyphMap)
        subsets[key] = subset
        made += 1
        return subset
    }
}
