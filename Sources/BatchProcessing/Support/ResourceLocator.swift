import Foundation

/// Finds the bundled resource folders (Templates, Fonts, Examples) at run time.
///
/// SwiftPM bundles resources only inside targets, but the product keeps them at the top level, so
/// the binary looks, in order: an explicit option; the environment (`HCCREPORT_HOME` holding all
/// three, or `HCCREPORT_TEMPLATES` / `HCCREPORT_FONTS` / `HCCREPORT_EXAMPLES`); `../share/hccreport`
/// next to the executable (an installed layout); the folders above the executable (a build inside
/// the source tree, `.build/<config>/hccreport`); `/usr/local/share/hccreport` and `/usr/share/hccreport`.
public struct ResourceLocator {
    public enum Kind: String, CaseIterable {
        case templates = "Templates"
        case fonts = "Fonts"
        case examples = "Examples"

        var environmentVariable: String { "HCCREPORT_" + rawValue.uppercased() }
        /// A file that must exist inside the folder for it to count.
        var marker: String {
            switch self {
            case .templates: return "tumor-board/layout.yaml"
            case .fonts: return "NotoSans-Regular.ttf"
            case .examples: return "cases"
            }
        }
    }

    let environment: [String: String]
    let executable: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
         executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()) {
        self.environment = environment
        self.executable = executable.path.hasPrefix("/") ? executable
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(executable.path).standardizedFileURL
    }

    /// The places searched for `kind`, in order.
    func candidates(_ kind: Kind, explicit: String? = nil) -> [URL] {
        var out: [URL] = []
        if let explicit { out.append(URL(fileURLWithPath: explicit)) }
        if let v = environment[kind.environmentVariable], !v.isEmpty { out.append(URL(fileURLWithPath: v)) }
        if let home = environment["HCCREPORT_HOME"], !home.isEmpty { out.append(URL(fileURLWithPath: home).appendingPathComponent(kind.rawValue)) }
        let binDir = executable.deletingLastPathComponent()
        out.append(binDir.deletingLastPathComponent().appendingPathComponent("share/hccreport/\(kind.rawValue)"))
        var dir = binDir
        for _ in 0..<6 {
            out.append(dir.appendingPathComponent(kind.rawValue))
            dir = dir.deletingLastPathComponent()
        }
        out.append(URL(fileURLWithPath: "/usr/local/share/hccreport/\(kind.rawValue)"))
        out.append(URL(fileURLWithPath: "/usr/share/hccreport/\(kind.rawValue)"))
        return out
    }

    /// The first candidate folder that holds the kind's marker file.
    /// - Throws: `SetupError` listing every place looked at.
    public func locate(_ kind: Kind, explicit: String? = nil) throws -> URL {
        let places = candidates(kind, explicit: explicit)
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw SetupError("The \(kind.rawValue.lowercased()) folder \(explicit) does not exist.")
            }
            return url
        }
        for url in places where FileManager.default.fileExists(atPath: url.appendingPathComponent(kind.marker).path) {
            return url.standardizedFileURL
        }
        throw SetupError("The bundled \(kind.rawValue) folder was not found; looked in: "
                         + places.map(\.path).joined(separator: ", ")
                         + ". Set \(kind.environmentVariable) (or HCCREPORT_HOME) to the folder.")
    }
}
