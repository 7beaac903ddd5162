/// A parsed YAML or JSON node with its 1-based line: the common tree both parsers produce, so that
/// YAML and JSON carrying the same content decode to identical `PatientCase` values.
///
/// Scalars keep their text exactly as written; numbers, dates and booleans are interpreted by the
/// decoder (never by YAML 1.1 type resolution), so `010` is ten and `no` is never silently `false`.
///
/// Readers of other sources (a spreadsheet) build the same tree and pass it to
/// `CaseFileReader.read(documents:source:)`, so that the same rules and sentences apply; for them
/// `line` is a 1-based index into their own table of places (cells), resolved in their errors.
public struct SourceNode: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        /// Text of a scalar; `quoted` when written in quotes (or as a YAML block scalar), i.e. explicitly text.
        case scalar(String, quoted: Bool)
        case sequence([SourceNode])
        case mapping([SourceEntry])
    }

    public var content: Content
    /// 1-based line where the node starts (or, for a source that is not text, the index of its place).
    public var line: Int

    /// Creates a node.
    /// - Parameters:
    ///   - content: A scalar, a list or a mapping.
    ///   - line: 1-based line, or index of the place the node came from.
    public init(content: Content, line: Int) {
        self.content = content
        self.line = line
    }

    /// Whether the node is an explicit "no value": an empty plain scalar, `~` or `null`.
    public var isNull: Bool {
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
public struct SourceEntry: Sendable, Hashable {
    public var key: String
    public var keyLine: Int
    public var value: SourceNode

    /// Creates an entry.
    /// - Parameters:
    ///   - key: The key as written.
    ///   - keyLine: Line (or place index) of the key.
    ///   - value: The value.
    public init(key: String, keyLine: Int, value: SourceNode) {
        self.key = key
        self.keyLine = keyLine
        self.value = value
    }
}
