import Foundation
import TestSupport
import Testing

/// Scanners' dose reports (RDSR) on the command line: named by a case (`exam.dose.rdsr`) or found
/// in `--dose-reports DIR`; an unusable one fails only its case, with a sentence naming the file.
@Suite(.serialized) struct DoseReportCommandTests {
    typealias CLI = CommandLineRunner
    static let fixtures = PackagePaths.root.appendingPathComponent("Tests/DoseReportReaderTests/Fixtures")

    /// A minimal case; `dose` is the YAML under `exam:` (indented by four spaces).
    static func caseFile(id: String, birth: String, exam: String, dose: String) -> String {
        """
        patient:
          id: "\(id)"
          birth_date: \(birth)
        exam:
          date: \(exam)
        \(dose)
        lesions:
          - id: L1
            size_mm: 42
            arterial: {nic_percent: 17.4}
            perfusion: {ps: 25.1}

        """
    }

    func folder(_ files: [String: String], reports: [String: String] = [:]) throws -> URL {
        let dir = try makeTemporaryDirectory("dose-reports")
        for (name, text) in files {
            let target = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: target, atomically: true, encoding: .utf8)
        }
        for (name, fixture) in reports {
            let target = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: target)
        }
        return dir
    }

    func scores(_ out: ProcessOutput) throws -> [String: [String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for c in cases { byID[c["patient_id"] as? String ?? ""] = c }
        return byID
    }

    @Test func aCaseNamingItsDoseReportGetsTheEventsAsSeries() throws {
        let dir = try folder(["a.yaml": Self.caseFile(id: "HCC-2025-0101", birth: "1958-03-14", exam: "2025-01-10", dose: "  dose: {rdsr: rdsr/siemens.dcm}")],
                             reports: ["rdsr/siemens.dcm": "siemens.dcm"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["score", "a.yaml", "--format", "json"], in: dir)
        #expect(out.status == 0, "\(out.stderr)")
        let dose = try #require(try scores(out)["HCC-2025-0101"]?["dose"] as? [String: Any])
        // 3.6 + 24.5 + 402.5 + 1012.2, the accumulated DLP (113813) of the report.
        expectClose(dose["total_dlp_mgy_cm"] as? Double ?? 0, 1442.8, absolute: 1e-9)
        let series = try #require(dose["series"] as? [[String: Any]])
        #expect(series.map { $0["kind"] as? String } == ["localizer", "bolus_tracking", "dual_energy", "perfusion"])
        #expect(series.map { $0["name"] as? String } == ["Topogram", "CARE Bolus", "DE_Abdomen LiverArterial", "VPCT Body"])
    }

    /// The folder's reports are matched by patient ID and exam date; a case with typed series and a
    /// matching report, a report of another birth date, an unreadable named report and two matching
    /// reports each fail their case only.
    @Test func theFolderIsMatchedByPatientAndDateAndEachProblemFailsItsCaseOnly() throws {
        let dir = try folder([
            "ge.yaml": Self.caseFile(id: "HCC-2025-0102", birth: "1949-11-02", exam: "2025-02-03", dose: ""),
            "typed.yaml": Self.caseFile(id: "HCC-2025-0101", birth: "1958-03-14", exam: "2025-01-10",
                                        dose: "  dose: {series: [{kind: plain, dlp_mgy_cm: 400}]}"),
            "broken.yaml": Self.caseFile(id: "HCC-2025-0103", birth: "1960-01-01", exam: "2025-03-01", dose: "  dose: {rdsr: truncated.dcm}"),
            "other.yaml": Self.caseFile(id: "HCC-2025-0104", birth: "1960-01-01", exam: "2025-01-10", dose: "  dose: {rdsr: reports/siemens.dcm}"),
            "plain.yaml": Self.caseFile(id: "HCC-2025-0105", birth: "1960-01-01", exam: "2025-01-10", dose: ""),
            "reports/README.md": "not a dose report, and not read: only *.dcm, *.dicom and names without an extension are",
            "reports/notes.dcm": "not a DICOM file",
        ], reports: ["reports/ge.dcm": "ge.dcm", "reports/siemens.dcm": "siemens.dcm", "truncated.dcm": "truncated.dcm"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["validate", "ge.yaml", "typed.yaml", "broken.yaml", "other.yaml", "plain.yaml",
                                     "--dose-reports", "reports", "--warnings"], in: dir)
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { !$0.contains("warning:") }.sorted() == [
            "broken.yaml: exam.dose: patient HCC-2025-0103: truncated.dcm: the dose report cannot be read: it ends inside a sequence at byte 946 (the file is truncated or damaged)",
            "other.yaml: exam.dose: patient HCC-2025-0104: the dose report reports/siemens.dcm belongs to patient ID \"HCC-2025-0101\", not to this case's \"HCC-2025-0104\"; another patient's dose is never used",
            "reports/notes.dcm: the dose report cannot be read: it is not a DICOM file (no \"DICM\" after the 128-byte preamble)",
            "typed.yaml: exam.dose: patient HCC-2025-0101: the exam has typed dose series and a dose report in the dose-report folder (reports/siemens.dcm); keep one: remove the typed series, or the dose report",
        ])
        #expect(lines.contains("ge.yaml: warning: exam.dose: the dose report reports/ge.dcm gives no DLP for event 1 (Scout); DLP = CTDIvol 0.08 mGy × scanning length 45 cm = 3.6 mGy·cm was used"))
        #expect(lines.contains("ge.yaml: warning: exam.dose.series[1].phantom_cm: CTDIvol refers to the 16 cm (head) phantom; abdominal CTDIvol is normally reported on the 32 cm phantom and the 16 cm value is about twice as high"))
        #expect(out.stderr == "2 valid cases, 4 with errors, in 5 files.\n")

        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("ge.dcm"), to: dir.appendingPathComponent("reports/copy.dcm"))
        let twice = try CLI.hccreport(["validate", "ge.yaml", "--dose-reports", "reports"], in: dir)
        #expect(twice.stdout == "reports/notes.dcm: the dose report cannot be read: it is not a DICOM file (no \"DICM\" after the 128-byte preamble)\nge.yaml: exam.dose: patient HCC-2025-0102: 2 dose reports in the dose-report folder are for this patient and the exam of 2025-02-03 (reports/copy.dcm, reports/ge.dcm); keep one, or name the right one in the case (exam.dose.rdsr)\n")
    }

    /// A sheet names each patient's dose report in an `exam.dose.rdsr` column, relative to the sheet.
    @Test func aSheetNamesDoseReportsRelativeToItself() throws {
        let dir = try folder(["board/lesions.csv": """
            patient_id,birth_date,exam_date,lesion_id,size_mm,nic_ap_percent,ps_ml_min_100g,exam.dose.rdsr
            HCC-2025-0101,1958-03-14,2025-01-10,L1,42,17.4,25.1,dose/siemens.dcm
            HCC-2025-0102,1949-11-02,2025-02-03,L1,30,15,20,dose/siemens.dcm

            """], reports: ["board/dose/siemens.dcm": "siemens.dcm"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["score", "board/lesions.csv", "--format", "json"], in: dir)
        #expect(out.status == 1)
        #expect(out.stderr == "board/lesions.csv#2: exam.dose: patient HCC-2025-0102: the dose report board/dose/siemens.dcm is from the study of 2025-01-10, but the exam is dated 2025-02-03; name the exam's own dose report\n")
        let dose = try #require(try scores(out)["HCC-2025-0101"]?["dose"] as? [String: Any])
        #expect((dose["series"] as? [[String: Any]])?.count == 4)
    }

    @Test func aCaseCannotHaveTypedSeriesAndANamedDoseReport() throws {
        let dir = try folder(["a.yaml": Self.caseFile(id: "P", birth: "1958-03-14", exam: "2025-01-10",
                                                      dose: "  dose: {rdsr: siemens.dcm, series: [{kind: plain, dlp_mgy_cm: 1}]}")])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["validate", "a.yaml"], in: dir)
        #expect(out.stdout == "a.yaml:6: exam.dose.rdsr: the exam has typed series and a dose report (rdsr) at once; keep one: the scanner's dose report, or the typed series\n")
    }

    /// The report shows localizer and bolus-tracking series as such, and they count in the total.
    @Test func theReportPrintsLocalizerAndBolusTrackingSeries() throws {
        let dir = try makeTemporaryDirectory("dose-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["render", "Examples/spreadsheet/example.xlsx", "--dose-reports", "Examples/dose-reports",
                                     "-o", dir.path, "--date", "2025-06-30", "--template", "full"])
        #expect(out.status == 0, "\(out.stderr)")
        let text = try CLI.tool("pdftotext", ["-layout", "-enc", "UTF-8", dir.appendingPathComponent("WB-2025-003.pdf").path, "-"]).stdout
        let rows = text.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(rows.contains { $0.hasPrefix("Topogram localizer 0.14 (32 cm) — 3.9") })
        #expect(rows.contains { $0.hasPrefix("CARE Bolus bolus tracking 12.8 (32 cm) — 21.8") })
        #expect(rows.contains { $0.hasPrefix("Exam total not summed 1448.1") })
        #expect(rows.contains("Series and values from the scanner's dose report (DICOM RDSR) Examples/dose-reports/WB-2025-003-20250204.dcm. E = DLP × k, k = 0.015"))
        // The default template prints the totals, with the same source.
        let brief = try makeTemporaryDirectory("dose-render-default")
        defer { try? FileManager.default.removeItem(at: brief) }
        let again = try CLI.hccreport(["render", "Examples/spreadsheet/example.xlsx", "--dose-reports", "Examples/dose-reports",
                                       "-o", brief.path, "--date", "2025-06-30"])
        #expect(again.status == 0, "\(again.stderr)")
        let words = try CLI.tool("pdftotext", ["-enc", "UTF-8", brief.appendingPathComponent("WB-2025-003.pdf").path, "-"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("From the scanner's dose report (DICOM RDSR) Examples/dose-reports/WB-2025-003-20250204.dcm. Exam total (4 series): E 21.72 mSv, DLP 1448.1 mGy·cm"))
    }

    /// The SHA-256 of `path` as coreutils' `sha256sum` gives it.
    func sha256sum(_ path: String) throws -> String {
        let out = try CLI.tool("sha256sum", [path])
        #expect(out.status == 0, "sha256sum: \(out.stderr)")
        return String(out.stdout.prefix(64))
    }

    /// A report whose dose came from a dose report names its SHA-256 in the footer of every page,
    /// beside the workbook's; `summary.json`, `summary.csv` and `score --format json` carry it as
    /// `dose_report_sha256`. A report with typed dose series names none.
    @Test func theDoseReportsDigestIsPrintedAndWritten() throws {
        let dir = try makeTemporaryDirectory("dose-digest")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["render", "Examples/spreadsheet/example.xlsx", "--dose-reports", "Examples/dose-reports",
                                     "-o", dir.path, "--date", "2025-06-30"])
        #expect(out.status == 0, "\(out.stderr)")
        let workbook = try sha256sum("Examples/spreadsheet/example.xlsx")
        let doseReport = try sha256sum("Examples/dose-reports/WB-2025-003-20250204.dcm")
        let otherDoseReport = try sha256sum("Examples/dose-reports/WB-2025-004-20250218.dcm")
        #expect(workbook.count == 64 && doseReport.count == 64 && doseReport != otherDoseReport)

        let pdf = dir.appendingPathComponent("WB-2025-003.pdf").path
        let pages = try #require(Int(try CLI.tool("pdfinfo", [pdf]).stdout.split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? ""))
        #expect(pages > 1)
        for page in 1...pages {
            let words = try PageWord.words(of: pdf, page: page)
            let text = words.map(\.text).joined(separator: " ")
            #expect(text.contains("Input SHA-256 \(workbook) · dose report SHA-256 \(doseReport)"), "page \(page)")
            // The digest is whole and on the page (A4: 595 × 842 pt).
            let digest = try #require(words.first { $0.text == doseReport }, "page \(page)")
            #expect(digest.minX >= 0 && digest.maxX <= 595.3 && digest.maxY <= 841.9, "page \(page)")
        }
        let typed = try CLI.tool("pdftotext", ["-enc", "UTF-8", dir.appendingPathComponent("WB-2025-001.pdf").path, "-"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(typed.contains("Input SHA-256 \(workbook)"))
        #expect(!typed.contains("dose report SHA-256"))

        let rows = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("summary.json"))) as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for row in rows { byID[row["patient_id"] as? String ?? ""] = row }
        #expect(byID["WB-2025-003"]?["dose_report_sha256"] as? String == doseReport)
        #expect(byID["WB-2025-004"]?["dose_report_sha256"] as? String == otherDoseReport)
        #expect(byID["WB-2025-001"] != nil && byID["WB-2025-001"]?.keys.contains("dose_report_sha256") == false)
        let csv = try String(contentsOf: dir.appendingPathComponent("summary.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(csv.first?.hasSuffix(",warnings,dose_report_sha256") == true)
        #expect(csv.contains { $0.hasPrefix("WB-2025-003,") && $0.hasSuffix(",\(doseReport)") })
        #expect(csv.contains { $0.hasPrefix("WB-2025-001,") && $0.hasSuffix(",0,") })

        let json = try CLI.hccreport(["score", "Examples/spreadsheet/example.xlsx", "--dose-reports", "Examples/dose-reports", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let cases = try scores(json)
        #expect((cases["WB-2025-003"]?["dose"] as? [String: Any])?["dose_report_sha256"] as? String == doseReport)
        let typedDose = try #require(cases["WB-2025-001"]?["dose"] as? [String: Any])
        #expect(typedDose.keys.contains("dose_report_sha256") && typedDose["dose_report_sha256"] is NSNull)
    }
}
