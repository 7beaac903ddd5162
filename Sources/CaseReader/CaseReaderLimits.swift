/// Safety limits applied before and while parsing a case file.
///
/// A case file is small (a few kB, a few hundred nodes); the limits are orders of magnitude above
/// that and exist so that a wrong or hostile file fails fast with a clear error instead of
/// exhausting memory or the stack.
public struct CaseReaderLimits: Sendable, Hashable {
    /// Largest file accepted, bytes; checked before the file is parsed. Default 2 MiB.
    public var maxFileBytes: Int
    /// Deepest nesting of lists and mappings. Default 32 (schema 1 needs at most 8).
    public var maxDepth: Int
    /// Most nodes (scalars, lists, mappings) after expanding YAML aliases. Default 100 000.
    public var maxNodes: Int
    /// Most YAML alias uses (`*name`) in one file. Default 16; 0 forbids aliases.
    public var maxAliases: Int
    /// Most errors listed for one patient before the rest are summarised. Default 50.
    public var maxErrorsPerCase: Int

    /// Creates limits; every argument has the documented default.
    /// - Parameters:
    ///   - maxFileBytes: Largest accepted file, bytes.
    ///   - maxDepth: Deepest nesting of lists/mappings.
    ///   - maxNodes: Most nodes after alias expansion.
    ///   - maxAliases: Most YAML alias uses.
    ///   - maxErrorsPerCase: Most errors listed per patient.
    public init(maxFileBytes: Int = 2 << 20, maxDepth: Int = 32, maxNodes: Int = 100_000,
                maxAliases: Int = 16, maxErrorsPerCase: Int = 50) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliases = maxAliases
        self.maxErrorsPerCase = maxErrorsPerCase
    }
}
