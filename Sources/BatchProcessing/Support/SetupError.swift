/// A set-up problem that stops a command before any case is processed (exit code 2).
public struct SetupError: Error, CustomStringConvertible {
    public let description: String

    /// A set-up error with its sentence for the user.
    /// - Parameter description: What is wrong and, where it helps, what to do.
    public init(_ description: String) { self.description = description }
}
