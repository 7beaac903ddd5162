/// A model definition file that cannot be used, located by file, line and key path.
public struct NomogramModelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Sendable, Hashable {
        /// The file could not be read (reason from the file system).
        case unreadable(String)
        /// The file is larger than `NomogramModelFile.maxBytes`.
        case tooLarge(bytes: Int)
        /// The YAML has more nodes than `NomogramModelFile.maxNodes` (e.g. an alias bomb).
        case tooComplex
        /// The YAML itself is malformed (parser message).
        case syntax(String)
        /// A required key is absent.
        case missingKey
        /// A key the format does not know, with the closest known key.
        case unknownKey(suggestion: String?)
        /// The value has the wrong type, e.g. expected "a number", found "\"0,043\"".
        case wrongType(expected: String, found: String)
        /// The value has the right type but is not allowed (the sentence says why).
        case invalidValue(String)
    }

    /// The file path when loaded from a file.
    public var source: String?
    /// 1-based line in the file when known.
    public var line: Int?
    /// Key path inside the model, e.g. `predictors[1].axis_max`; empty for the whole file.
    public var keyPath: String
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    /// - Parameters:
    ///   - source: File path, if any.
    ///   - line: 1-based line, if known.
    ///   - keyPath: Key path inside the model.
    ///   - problem: What is wrong.
    public init(source: String? = nil, line: Int? = nil, keyPath: String, problem: Problem) {
        self.source = source
        self.line = line
        self.keyPath = keyPath
        self.problem = problem
    }

    /// `file:line: key.path: sentence`, e.g.
    /// `models/m.yaml:12: predictors[0].axis_max: the axis must end above its start (axis_min 150, axis_max 0).`
    public var description: String {
        var location = source ?? "model"
        if let line { location += ":\(line)" }
        if !keyPath.isEmpty { location += ": \(keyPath)" }
        return "\(location): \(sentence)"
    }

    private var sentence: String {
        switch problem {
        case let .unreadable(reason): "the model file cannot be read (\(reason))."
        case let .tooLarge(bytes): "the model file is \(bytes) bytes, more than the \(NomogramModelFile.maxBytes) bytes a model definition may have."
        case .tooComplex: "the model file has more than \(NomogramModelFile.maxNodes) YAML nodes (possibly an alias bomb) and was not expanded."
        case let .syntax(message): "the model file is not valid YAML: \(message)"
        case .missingKey: "this key is required in a model definition but is missing."
        case let .unknownKey(suggestion):
            "this key is not part of the model format." + (suggestion.map { " Did you mean \"\($0)\"?" } ?? "")
        case let .wrongType(expected, found): "expected \(expected), found \(found)."
        case let .invalidValue(reason): reason
        }
    }
}
