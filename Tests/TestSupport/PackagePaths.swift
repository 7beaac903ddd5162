import Foundation

/// Folders of the package source tree as the tests see them (the tests run from the source tree; the package
/// declares no resources).
public enum PackagePaths {
    /// The package root, the folder holding `Package.swift` (this file is `Tests/TestSupport/PackagePaths.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder of the package, e.g. `"Examples/cases"`.
    /// - Parameter relativePath: the path below the package root.
    /// - Returns: the absolute file URL.
    public static func file(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The sources folder of a test target, e.g. `Tests/ChartsTests`.
    /// - Parameter testTarget: the test target's name.
    /// - Returns: the folder's URL.
    public static func tests(_ testTarget: String) -> URL {
        root.appendingPathComponent("Tests").appendingPathComponent(testTarget)
    }
}
