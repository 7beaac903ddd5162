import Foundation

/// Finds the bundled `Fonts/` folder at run time.
///
/// SwiftPM cannot bundle the top-level `Fonts/` folder as a resource, so the binary looks for it,
/// in this order: the `--fonts` option, the `HCCREPORT_FONTS` environment variable (both are
/// authoritative: a wrong folder is an error, not a fallthrough), folders relative to the
/// executable (`Fonts`, `../share/hccreport/Fonts`, and `Fonts` in up to four parent folders,
/// which covers `.build/<triple>/<config>/`), the install prefixes (`<prefix>/share/hccreport/Fonts`),
/// and finally the source tree (for tests).
public struct FontLocator: Sendable, Hashable {
    /// The environment variable naming the font folder.
    public static let environmentVariable = "HCCREPORT_FONTS"
    /// The font files a usable folder must contain (every weight and style the templates use).
    public static let requiredFiles = [
        "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
        "NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf",
        "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
        "DroidSansFallbackFull.ttf", "NanumGothic.ttf",
    ]

    /// The folder given with `--fonts`, if any.
    public var option: String?
    /// The process environment (only `HCCREPORT_FONTS` is read).
    public var environment: [String: String]
    /// The running executable; `nil` skips the executable-relative candidates.
    public var executable: URL?
    /// Install prefixes searched for `share/hccreport/Fonts`.
    public var installPrefixes: [String]
    /// The repository root of a source checkout (tests pass it); `nil` skips it.
    public var sourceTree: URL?

    /// Creates a locator.
    /// - Parameters:
    ///   - option: the `--fonts` value, if given.
    ///   - environment: the environment to read `HCCREPORT_FONTS` from (defaults to the process's).
    ///   - executable: the running binary (defaults to `/proc/self/exe` resolved, else `argv[0]`).
    ///   - installPrefixes: prefixes searched for `share/hccreport/Fonts`.
    ///   - sourceTree: the root of a source checkout, searched last.
    public init(option: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: URL? = FontLocator.currentExecutable,
                installPrefixes: [String] = ["/usr/local", "/usr", "/opt/hccreport"],
                sourceTree: URL? = nil) {
        self.option = option
        self.environment = environment
        self.executable = executable
        self.installPrefixes = installPrefixes
        self.sourceTree = sourceTree
    }

    /// The running executable with symlinks resolved, if it can be determined.
    public static var currentExecutable: URL? {
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath() }
    }

    /// The folders searched after the option and the environment variable, in order, without duplicates.
    /// - Returns: absolute folder URLs (they need not exist).
    public func fallbackCandidates() -> [URL] {
        var result: [URL] = []
        if let executable {
            let dir = executable.deletingLastPathComponent()
            result.append(dir.appendingPathComponent("Fonts"))
            result.append(dir.deletingLastPathComponent().appendingPathComponent("share/hccreport/Fonts"))
            var parent = dir
            for _ in 0..<4 {
                parent = parent.deletingLastPathComponent()
                result.append(parent.appendingPathComponent("Fonts"))
            }
        }
        for prefix in installPrefixes {
            result.append(URL(fileURLWithPath: prefix).appendingPathComponent("share/hccreport/Fonts"))
        }
        if let sourceTree { result.append(sourceTree.appendingPathComponent("Fonts")) }
        var seen = Set<String>()
        return result.map(\.standardizedFileURL).filter { seen.insert($0.path).inserted }
    }

    /// Finds the font folder.
    /// - Returns: the first folder, in the documented order, that holds all `requiredFiles`.
    /// - Throws: `FontLocationError.incompleteDirectory` when `--fonts` or `HCCREPORT_FONTS` names
    ///   a folder without the fonts; `FontLocationError.notFound` listing every folder tried otherwise.
    public func locate() throws(FontLocationError) -> URL {
        let explicit: [(String?, String)] = [(option, "--fonts"), (environment[Self.environmentVariable], Self.environmentVariable)]
        for case let (path?, source) in explicit where !path.isEmpty {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let missing = Self.missingFiles(in: url)
            guard missing.isEmpty else {
                throw .incompleteDirectory(path: url.path, source: source, missing: missing)
            }
            return url
        }
        let candidates = fallbackCandidates()
        if let found = candidates.first(where: { Self.missingFiles(in: $0).isEmpty }) { return found }
        throw .notFound(searched: candidates.map(\.path))
    }

    /// The required font files absent from `directory`.
    /// - Parameter directory: a folder to inspect.
    /// - Returns: file names from `requiredFiles` that are not readable there, in that order.
    public static func missingFiles(in directory: URL) -> [String] {
        requiredFiles.filter { !FileManager.default.isReadableFile(atPath: directory.appendingPathComponent($0).path) }
    }
}
