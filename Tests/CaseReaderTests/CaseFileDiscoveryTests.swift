import CaseReader
import Foundation
import TestSupport
import Testing

@Suite("Case file discovery")
struct CaseFileDiscoveryTests {
    /// A fresh temporary folder tree.
    private func makeTree() throws -> String {
        let root = try makeTemporaryDirectory("casefiles").path
        let manager = FileManager.default
        for folder in ["b", "a/deep", ".hidden", "outside"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["p2.yaml", "p10.yaml", "notes.txt", "b/x.JSON", "a/deep/y.yml", ".secret.yaml", ".hidden/z.yaml", "outside/o.yaml"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try manager.createSymbolicLink(atPath: root + "/b/link.yaml", withDestinationPath: root + "/outside/o.yaml")
        try manager.createSymbolicLink(atPath: root + "/b/loop", withDestinationPath: root)
        return root
    }

    @Test("folders expand recursively in sorted order; hidden entries and linked folders are skipped")
    func expandsFolder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = CaseFileDiscovery().expand([root + "/b", root + "/a", root + "/p2.yaml", root])
        let relative = listing.files.map { String($0.path.dropFirst(root.count + 1)) }
        #expect(relative == ["b/link.yaml", "b/x.JSON", "a/deep/y.yml", "p2.yaml", "outside/o.yaml", "p10.yaml"])
        #expect(listing.errors.isEmpty)
    }

    @Test("hidden entries are included on request; explicit files are always taken")
    func hiddenAndExplicit() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let listing = CaseFileDiscovery(includeHidden: true).expand([root + "/notes.txt", root + "/.hidden"])
        #expect(listing.files.map(\.lastPathComponent) == ["notes.txt", "z.yaml"])
    }

    @Test("missing paths and folders without case files are errors")
    func errors() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        let listing = CaseFileDiscovery().expand([root + "/missing.yaml", root + "/empty"])
        #expect(listing.files.isEmpty)
        #expect(listing.errors.map(\.description) == [
            "\(root)/missing.yaml: no such file or folder",
            "\(root)/empty: the folder contains no .yaml, .yml or .json files",
        ])
    }
}
