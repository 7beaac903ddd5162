import Foundation

/// Turns a patient ID into a safe file name inside the output folder.
///
/// Keeps ASCII letters, digits, `.`, `-` and `_`; every other character (slashes, spaces, NUL,
/// non-ASCII) becomes `_`; leading dots, underscores and hyphens are dropped so no name is hidden,
/// climbs out of the folder or reads as a command-line option; at most 100 characters; names the
/// batch itself writes (`overview`, `summary`, `errors`) get a `patient-` prefix. When any of this
/// changed the ID, the first 8 hex digits of the ID's SHA-256 are appended, so two different IDs
/// (e.g. `HCC/0001` and `HCC_0001`, or two Chinese names) never map to the same file:
/// `../../etc/passwd` → `etc_passwd-<8 hex>`. IDs that are already safe keep their exact name.
enum ReportFileName {
    static let reserved: Set<String> = ["overview", "summary", "errors"]

    /// The base name (without extension) for `patientId`.
    static func base(for patientId: String) -> String {
        var out = ""
        for scalar in patientId.unicodeScalars {
            let c = Character(scalar)
            if scalar.isASCII && (c.isLetter || c.isNumber || c == "." || c == "-" || c == "_") {
                out.append(c)
            } else {
                out.append("_")
            }
        }
        while let f = out.first, f == "." || f == "_" || f == "-" { out.removeFirst() }
        while let l = out.last, l == "." { out.removeLast() }
        if out.count > 100 { out = String(out.prefix(100)) }
        if out.isEmpty { out = "patient" }
        if reserved.contains(out.lowercased()) { out = "patient-" + out }
        if out != patientId {
            out += "-" + InputDigest.sha256(Data(patientId.utf8)).prefix(8)
        }
        return out
    }
}
