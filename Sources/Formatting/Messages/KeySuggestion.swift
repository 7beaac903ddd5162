/// "Did you mean …?" for an unknown name: the closest allowed one. Case-file keys, model-file keys and
/// lesion field paths all use it, so the same typo gets the same suggestion everywhere.
public enum KeySuggestion {
    /// The allowed key closest to `key`, or `nil` when none is close.
    ///
    /// Keys that are equal after ignoring case, `_`, `-` and spaces (`sizeMm`, `Size-mm`) match
    /// first; otherwise the smallest Levenshtein distance wins if it is at most max(2, ⌊len/3⌋).
    /// - Parameters:
    ///   - key: The name as written.
    ///   - allowed: The names allowed there.
    /// - Returns: The allowed name to suggest, or `nil`.
    /// - Complexity: O(k · m · n) for k allowed keys of length m and a key of length n (all tiny).
    public static func closest(to key: String, among allowed: [String]) -> String? {
        let normalizedKey = normalize(key)
        if let exact = allowed.first(where: { normalize($0) == normalizedKey }) { return exact }
        let limit = max(2, key.count / 3)
        var best: (key: String, distance: Int)?
        for candidate in allowed {
            let distance = levenshtein(key.lowercased(), candidate)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.key
    }

    private static func normalize(_ key: String) -> String {
        String(key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Levenshtein edit distance (insert, delete, substitute cost 1), two-row dynamic programme; O(m · n).
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
