import Foundation
import TestSupport
import Testing

/// A folder of case files with follow-up serves as a reference cohort: each scored lesion with the
/// lesion-level mRECIST category at the model's endpoint (the first follow-up 61–90 days after the
/// first TACE, ± 7 days), the rule of the reports' endpoint check.
@Suite struct CohortFolderTests {
    typealias CLI = CommandLineRunner

    @Test func exampleCasesFormACohortFromTheirEndpointFollowUp() throws {
        let out = try CLI.hccreport(["cohort", CLI.examples, "--format", "json"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        // 21 lesions in 16 cases; left out: p12 L1+L2 (no follow-up yet), p13/L2 (not measured at the day-73
        // follow-up), p15 L1 (only a week-30 follow-up). At the endpoint: ObR = p01 L1, p03 L1+L2, p04 L1 (PR at
        // day 70 before its later PD), p05 L1 (PR at day 66), p07 L1, p09 L1, p10 L1 (CR), p11 L1+L2, p13 L1,
        // p14 L1 (PR at week 9 before PD at week 19); NR = p02 L1, p06 L1+L2 (SD), p08 L1 (SD), p16 L1 (SD).
        #expect(doc["n_obr"] as? Int == 12)
        #expect(doc["n_nr"] as? Int == 5)
        let table = try CLI.hccreport(["cohort", CLI.examples])
        #expect(table.stdout.contains("HCC-2025-0012/L1 left out: no outcome at the model's endpoint (not yet assessable)"))
        #expect(table.stdout.contains("HCC-2025-0013/L2 left out: no outcome at the model's endpoint (not measured at the follow-up inside the window)"))
        #expect(table.stdout.contains("HCC-2025-0015/L1 left out: no outcome at the model's endpoint (no follow-up inside the window)"))
    }

    @Test func renderAcceptsACaseFolderAsCohort() throws {
        let output = try makeTemporaryDirectory("cohort-folder-render")
        defer { try? FileManager.default.removeItem(at: output) }
        let out = try CLI.hccreport(["render", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", output.path, "--cohort", CLI.examples, "--date", "2025-06-30",
                                     "--template", "full"])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let text = try CLI.tool("pdftotext", [output.appendingPathComponent("HCC-2025-0001.pdf").path, "-"]).stdout
        #expect(text.contains("17 lesions from the case files in"))
        #expect(!text.contains("Synthetic reference reconstructed"))
    }
}
