import CairoBackend
import Foundation
import TestSupport
import Testing

/// Paths and factories shared by the Cairo backend and PDF writer tests.
public enum TestEnvironment {
    /// The bundled fonts, found the way the CLI finds them (source tree as the last resort).
    public static func fontDirectory() throws -> URL {
        try FontLocator(environment: [:], executable: nil, installPrefixes: [], sourceTree: PackagePaths.root).locate()
    }

    /// A font registry for the calling thread.
    public static func fonts() throws -> FontRegistry { try FontRegistry(directory: fontDirectory()) }

    /// A fresh, empty temporary folder, removed by the caller.
    public static func temporaryDirectory() throws -> URL { try makeTemporaryDirectory("cairo-tests") }
}
