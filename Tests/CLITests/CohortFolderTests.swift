import Foundation
import TestSupport
import Testing

/// A folder of case files with follow-up serves as a reference cohort: each scored lesion with the
/// lesion-level mRECIST category at its first evaluable follow-up.
@Suite struct CohortFolderTests {
    typealias CLI = CommandLineRunner

    @Test func exampleCasesFormACohortFromTheirFirstEvaluableFollowUp() throws {
        let out = try CLI.hccreport(["cohort", CLI.examples, "--format", "json"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        // 18 lesions in 13 cases; p12 (2 lesions, no follow-up) and p13/L2 (not measured) are left out.
        // First follow-ups: ObR = p01 L1, p03 L1+L2, p04 L1 (PR before its later PD), p05 L1 (PR), p07 L1, p09 L1,
        // p10 L1 (CR), p11 L1+L2, p13 L1; NR = p02 L1, p06 L1+L2 (SD), p08 L1 (SD).
        #expect(doc["n_obr"] as? Int == 11)
        #expect(doc["n_nr"] as? Int == 4)
        let table = try CLI.hccreport(["cohort", CLI.examples])
        #expect(table.stdout.contains("HCC-2025-0012/L1 left out: no evaluable follow-up"))
    }

    @Test func renderAcceptsACaseFolderAsCohort() throws {
        let output = try makeTemporaryDirectory("cohort-folder-render")
        defer { try? FileManager.default.removeItem(at: output) }
        let out = try CLI.hccreport(["render", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", output.path, "--cohort", CLI.examples, "--date", "2025-06-30"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let text = try CLI.tool("pdftotext", [output.appendingPathComponent("HCC-2025-0001.pdf").path, "-"]).stdout
        #expect(text.contains("15 lesions from the case files in"))
        #expect(!text.contains("Synthetic reference reconstructed"))
    }
}
