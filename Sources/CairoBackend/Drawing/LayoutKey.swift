import Canvas

/// A `TextBlock` as the key of `TextLayout`'s cache: the colour set aside (it does not change
/// the layout) and a hash of the text's length, first 64 and last 16 bytes and the style,
/// instead of every byte.
///
/// Reports hash their blocks a thousand times each, and hashing whole paragraphs with SipHash
/// is a visible part of a report's cost. Equality still compares everything, so two texts that
/// share length, beginning and end only share a hash bucket. O(1) hashing, O(n) equality.
struct LayoutKey: Hashable {
    let block: TextBlock

    init(_ block: TextBlock) {
        var block = block
        block.color = .black
        self.block = block
    }

    static func == (a: LayoutKey, b: LayoutKey) -> Bool { a.block == b.block }

    func hash(into hasher: inout Hasher) {
        let text = block.text.utf8
        hasher.combine(text.count)
        let hashed = text.withContiguousStorageIfAvailable { bytes -> Bool in
            let raw = UnsafeRawBufferPointer(bytes)
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.prefix(64)))
            if raw.count > 64 { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw.suffix(16))) }
            return true
        }
        if hashed == nil { hasher.combine(block.text) }
        hasher.combine(block.font)
        hasher.combine(block.width)
        hasher.combine(block.alignment)
        hasher.combine(block.isMarkup)
        hasher.combine(block.lineSpacing)
    }
}
