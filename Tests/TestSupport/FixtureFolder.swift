import Foundation

/// The committed fixture files of one test target, `Tests/<target>/Fixtures`, each made by a script that sits
/// beside it (R, Python) with the command in its header.
public struct FixtureFolder: Sendable {
    /// The folder's URL.
    public let directory: URL

    /// The `Fixtures` folder of a test target.
    /// - Parameter testTarget: the test target's name, e.g. `"StatisticsTests"`.
    public init(_ testTarget: String) {
        directory = PackagePaths.tests(testTarget).appendingPathComponent("Fixtures")
    }

    /// A fixture file's URL (the file need not exist).
    /// - Parameter name: the path below the folder, e.g. `"vectors.json"` or `"broken/missing-size.yaml"`.
    public func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// A fixture file's path (the file need not exist).
    /// - Parameter name: the path below the folder.
    public func path(_ name: String) -> String { url(name).path }

    /// A fixture file's bytes.
    /// - Parameter name: the path below the folder.
    /// - Throws: when the file cannot be read.
    public func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// A fixture file's text, read as UTF-8.
    /// - Parameter name: the path below the folder.
    /// - Throws: when the file cannot be read or is not UTF-8.
    public func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    /// A JSON fixture decoded with a default `JSONDecoder`.
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - name: the path below the folder.
    /// - Returns: the decoded value.
    /// - Throws: when the file cannot be read or decoded.
    public func decode<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(name))
    }
}
