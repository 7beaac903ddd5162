import Foundation

/// Writes a line to standard error.
/// - Parameter text: The line, without its newline.
public func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
