/// A report template that cannot be used, with the file and line to fix.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
    /// The template file at fault.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// A sentence for the person editing the template.
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
