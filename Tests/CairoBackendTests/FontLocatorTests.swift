import CairoBackend
import Foundation
import RenderingTestSupport
import Testing
import TestSupport

@Suite("Font location and registry")
struct FontLocatorTests {
    /// A folder holding copies (symlinks) of the bundled fonts.
    static func fontCopy(in parent: URL, named name: String) throws -> URL {
        let folder = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = try TestEnvironment.fontDirectory()
        for file in FontLocator.requiredFiles {
            try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(file),
                                                       withDestinationURL: source.appendingPathComponent(file))
        }
        return folder
    }

    @Test func optionWinsOverEnvironmentAndFallbacks() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let option = try Self.fontCopy(in: dir, named: "option")
        let env = try Self.fontCopy(in: dir, named: "env")
        let locator = FontLocator(option: option.path, environment: ["HCCREPORT_FONTS": env.path],
                                  executable: nil, installPrefixes: [], sourceTree: PackagePaths.root)
        #expect(try locator.locate().path == option.path)
        var withoutOption = locator
        withoutOption.option = nil
        #expect(try withoutOption.locate().path == env.path)
        withoutOption.environment = [:]
        #expect(try withoutOption.locate().path == PackagePaths.root.appendingPathComponent("Fonts").path)
    }

    @Test func executableRelativeFoldersComeBeforeInstallPrefixes() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An installed layout: <prefix>/bin/hccreport and <prefix>/share/hccreport/Fonts.
        let fonts = try Self.fontCopy(in: dir.appendingPathComponent("share/hccreport"), named: "Fonts")
        let locator = FontLocator(environment: [:], executable: dir.appendingPathComponent("bin/hccreport"),
                                  installPrefixes: ["/nonexistent-prefix"], sourceTree: PackagePaths.root)
        #expect(try locator.locate().path == fonts.path)
        let order = locator.fallbackCandidates().map(\.path)
        #expect(order.first == dir.appendingPathComponent("bin/Fonts").path)
        #expect(order.firstIndex(of: fonts.path) ?? 99 < order.firstIndex(of: "/nonexistent-prefix/share/hccreport/Fonts") ?? -1)
        #expect(order.last == PackagePaths.root.appendingPathComponent("Fonts").path)
    }

    @Test func nothingFoundListsEverySearchedFolder() {
        let locator = FontLocator(environment: [:], executable: URL(fileURLWithPath: "/nonexistent/bin/hccreport"),
                                  installPrefixes: ["/nonexistent-prefix"])
        let error = #expect(throws: FontLocationError.self) { try locator.locate() }
        #expect(error?.description == "The bundled fonts were not found; looked in: /nonexistent/bin/Fonts, "
            + "/nonexistent/share/hccreport/Fonts, /nonexistent/Fonts, /Fonts, "
            + "/nonexistent-prefix/share/hccreport/Fonts; set HCCREPORT_FONTS or pass --fonts.")
    }

    @Test func wrongExplicitFolderIsAnErrorNotAFallthrough() {
        let locator = FontLocator(environment: ["HCCREPORT_FONTS": "/tmp"], executable: nil, installPrefixes: [],
                                  sourceTree: PackagePaths.root)
        let error = #expect(throws: FontLocationError.self) { try locator.locate() }
        #expect(error?.description == "The font folder /tmp (from HCCREPORT_FONTS) does not contain the bundled fonts "
            + FontLocator.requiredFiles.joined(separator: ", ") + "; point it at the hccreport Fonts folder.")
    }

    @Test func registryRejectsAFolderWithoutFonts() throws {
        let dir = try TestEnvironment.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: FontLocationError.incompleteDirectory(path: dir.path, source: "the font registry",
                                                              missing: FontLocator.requiredFiles)) {
            _ = try FontRegistry(directory: dir)
        }
    }

    @Test func registryLoadsTheBundledFolder() throws {
        let fonts = try TestEnvironment.fonts()
        #expect(fonts.directory.path == PackagePaths.root.appendingPathComponent("Fonts").path)
    }
}
