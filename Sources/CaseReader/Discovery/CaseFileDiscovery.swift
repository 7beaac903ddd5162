import Foundation

/// Expands the files and folders named on the command line into the case files to read.
///
/// Rules:
/// - A file named explicitly is always taken, whatever its name or extension.
/// - A folder is searched recursively for `*.yaml`, `*.yml` and `*.json` (extension in any letter case).
/// - Hidden entries (name starting with `.`) inside a folder are skipped, folders included, unless
///   `includeHidden` is set.
/// - Symbolic links inside a folder: links to files are followed; links to folders are not entered
///   (no cycles, no escaping the tree). A folder named explicitly is entered even if it is a link.
/// - Order: the arguments in the order given; inside a folder, by relative path compared by Unicode
///   scalar values (so `p10.yaml` precedes `p2.yaml`), identical on every machine and locale.
/// - A path reached twice is listed once, at its first position.
/// - A missing path or a folder without case files is reported as an error; the rest is still listed.
public struct CaseFileDiscovery: Sendable {
    /// File extensions searched in folders (lower case).
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Whether hidden files and folders inside a searched folder are included.
    public var includeHidden: Bool

    /// Creates a discovery.
    /// - Parameter includeHidden: Include names starting with `.` inside folders; default `false`.
    public init(includeHidden: Bool = false) {
        self.includeHidden = includeHidden
    }

    /// The files and the problems found while expanding paths.
    public struct Listing: Sendable, Hashable {
        /// Case files in reading order.
        public var files: [URL]
        /// Missing paths and folders without case files.
        public var errors: [CaseReadError]
    }

    /// Expands `paths` (files or folders, relative or absolute).
    /// - Parameter paths: As given on the command line.
    /// - Returns: The files to read and the errors found. O(n log n) in the number of entries.
    public func expand(_ paths: [String]) -> Listing {
        var files: [URL] = []
        var errors: [CaseReadError] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(CaseReadError(source: path, line: nil, keyPath: "", kind: .unreadableFile, message: "no such file or folder"))
                continue
            }
            let found = isDirectory.boolValue ? search(folder: path) : [path]
            if isDirectory.boolValue, found.isEmpty {
                errors.append(CaseReadError(source: path, line: nil, keyPath: "", kind: .noCaseFiles,
                                            message: "the folder contains no .yaml, .yml or .json files"))
            }
            for file in found where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(URL(fileURLWithPath: file))
            }
        }
        return Listing(files: files, errors: errors)
    }

    /// Case files below `folder`, sorted by relative path.
    private func search(folder: String) -> [String] {
        var relativePaths: [String] = []
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? folder : Self.join(folder, relative)
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where includeHidden || !name.hasPrefix(".") {
                let childRelative = relative.isEmpty ? name : Self.join(relative, name)
                let childPath = Self.join(folder, childRelative)
                let type = (try? manager.attributesOfItem(atPath: childPath))?[.type] as? FileAttributeType
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: childPath, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if type != .typeSymbolicLink { pending.append(childRelative) }
                } else if let dot = name.lastIndex(of: "."), Self.extensions.contains(name[name.index(after: dot)...].lowercased()) {
                    relativePaths.append(childRelative)
                }
            }
        }
        return relativePaths
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            .map { Self.join(folder, $0) }
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
