import TestSupport
import CaseReader
import ClinicalModel
import Foundation

/// Builds small case files for tests: a minimal valid YAML patient whose lines can be replaced.
enum CaseText {
    /// A valid case; line numbers are fixed (line 9 is `nic_percent`).
    static let minimal = """
        patient:
          id: P1
        exam:
          date: 2025-01-14
        lesions:
          - id: L1
            size_mm: 42.4
            arterial:
              nic_percent: 17.42
            perfusion:
              ps: 17.38

        """

    /// `minimal` with the exact line `old` replaced by `new` (which may span several lines).
    static func replacing(_ old: String, with new: String) -> String {
        var lines = minimal.components(separatedBy: "\n")
        guard let index = lines.firstIndex(of: old) else { fatalError("no line \(old)") }
        lines[index] = new
        return lines.joined(separator: "\n")
    }

    /// `minimal` followed by `extra` lines.
    static func appending(_ extra: String) -> String { minimal + extra + "\n" }

    /// Reads `text` as a file named `name`.
    static func read(_ text: String, name: String = "p.yaml", reader: CaseFileReader = CaseFileReader()) -> CaseFileResult {
        reader.read(data: Data(text.utf8), sourceName: name)
    }

    /// The fixtures folder of this test target.
    static let fixtures = FixtureFolder("CaseReaderTests").directory
}
