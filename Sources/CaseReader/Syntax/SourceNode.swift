/// A parsed YAML or JSON node with its 1-based line: the common tree both parsers produce, so that
/// YAML and JSON carrying the same content decode to identical `PatientCase` values.
///
/// Scalars keep their text exactly as written; numbers, dates and booleans are interpreted by the
/// decoder (never by YAML 1.1 type resolution), so `010` is ten and `no` is never silently `false`.
struct SourceNode: Sendable {
    enum Content: Sendable {
        /// Text of a scalar; `quoted` when written in quotes (or as a YAML block scalar), i.e. explicitly text.
        case scalar(String, quoted: Bool)
        case sequence([SourceNode])
        case mapping([SourceEntry])
    }

    var content: Content
    /// 1-based line where the node starts.
    var line: Int

    /// Whether the node is an explicit "no value": an empty plain scalar, `~` or `null`.
    var isNull: Bool {
        guard case .scalar(let text, quoted: false) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// How the node reads in an error sentence: `"17,4"`, `a list`, `a group of keys`, `nothing`.
    var foundDescription: String {
        switch content {
        case .scalar(let text, let quoted):
            if isNull { return "nothing" }
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return quoted ? "\"\(shown)\" (in quotes, so it is text)" : "\"\(shown)\""
        case .sequence: return "a list"
        case .mapping: return "a group of keys"
        }
    }
}

/// One `key: value` pair of a mapping, with the key's line.
struct SourceEntry: Sendable {
    var key: String
    var keyLine: Int
    var value: SourceNode
}
