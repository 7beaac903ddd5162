import Foundation
import TestSupport
import Testing

/// Workbooks and CSV files on the command line: `validate`, `score`, `render` and `convert`, as a
/// coordinator uses them (README, "Spreadsheet in").
@Suite(.serialized) struct SpreadsheetCommandTests {
    typealias CLI = CommandLineRunner
    static let fixtures = PackagePaths.root.appendingPathComponent("Tests/SpreadsheetReaderTests/Fixtures")
    static let example = "Examples/spreadsheet/example.xlsx"

    /// One bad row fails its patient; every other patient of the sheet is reported.
    @Test func aSheetWithABadRowRendersEveryOtherPatient() throws {
        let dir = try makeTemporaryDirectory("sheet-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLI.hccreport(["render", PackagePaths.root.appendingPathComponent(Self.example).path, "bad-rows.xlsx",
                                     "-o", dir.path, "--date", "2025-06-30", "--jobs", "2"], in: Self.fixtures)
        #expect(run.status == 1, "\(run.stderr)")
        let pdfs = try RenderCommandTests.pdfs(dir)
        #expect(pdfs == ["7311.pdf", "WB-2025-001.pdf", "WB-2025-002.pdf", "WB-2025-003.pdf", "WB-2025-004.pdf", "overview.pdf"])
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("errors.json"))) as? [[String: String]])
        #expect(errors.map { $0["message"] ?? "" } == [
            "bad-rows.xlsx: lesions!C3 (birth_date): \"1958-03-15\" differs from \"1958-03-14\" in lesions!C2 of the same patient; a value of the patient must be the same on all its rows (or written once)",
            "bad-rows.xlsx: lesions!I4 (size_mm): expected a number in mm, found \"4,2 cm\"",
        ])
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", dir.appendingPathComponent("WB-2025-001.pdf").path, "-"]).stdout
        #expect(text.contains("WB-2025-001"))
        #expect(text.contains("Keller, Ruth"))
        let qpdf = try CLI.tool("qpdf", ["--check", dir.appendingPathComponent("WB-2025-002.pdf").path])
        #expect(qpdf.status == 0, "\(qpdf.stdout)")
    }

    /// `convert` writes the same bytes twice, and the case files score exactly like the workbook.
    @Test func convertWritesByteStableCaseFilesThatScoreLikeTheSheet() throws {
        let root = try makeTemporaryDirectory("sheet-convert")
        defer { try? FileManager.default.removeItem(at: root) }
        let sheet = PackagePaths.root.appendingPathComponent(Self.example).path
        var outputs: [[String: Data]] = []
        for run in ["a", "b"] {
            let dir = root.appendingPathComponent(run)
            let out = try CLI.hccreport(["convert", sheet, "-o", dir.path])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stderr == "Wrote 4 case files → \(dir.path)\n")
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) { files[name] = try Data(contentsOf: dir.appendingPathComponent(name)) }
            outputs.append(files)
        }
        #expect(outputs[0].keys.sorted() == ["WB-2025-001.yaml", "WB-2025-002.yaml", "WB-2025-003.yaml", "WB-2025-004.yaml"])
        #expect(outputs[0] == outputs[1])
        let fromSheet = try CLI.hccreport(["score", sheet, "--format", "csv"])
        let fromFiles = try CLI.hccreport(["score", root.appendingPathComponent("a").path, "--format", "csv"])
        #expect(fromSheet.status == 0 && fromFiles.status == 0)
        // The rows are the same but for the source column (workbook#N versus the case file).
        func withoutSource(_ csv: String) -> [String] {
            csv.components(separatedBy: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",") }
        }
        #expect(withoutSource(fromSheet.stdout) == withoutSource(fromFiles.stdout))
        #expect(fromSheet.stdout.components(separatedBy: "\r\n").count == 7)
    }

    /// A folder is searched for case files only: a workbook or CSV in it is not read as patients.
    @Test func foldersFindCaseFilesOnlyAndTheEmptyTemplateSaysSo() throws {
        let folder = try CLI.hccreport(["validate", "Examples/spreadsheet"])
        #expect(folder.status == 1)
        #expect(folder.stdout == "Examples/spreadsheet: the folder contains no .yaml, .yml or .json files\n")
        let template = try CLI.hccreport(["validate", "Examples/spreadsheet/template.xlsx"])
        #expect(template.status == 1)
        #expect(template.stdout == "Examples/spreadsheet/template.xlsx: the sheet \"lesions\" has a header but no rows; fill in one row per target lesion\n")
    }

    @Test func aColumnMapReadsAGermanWorkbook() throws {
        let out = try CLI.hccreport(["validate", "german.xlsx", "--columns", "german-map.yaml"], in: Self.fixtures)
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.stderr == "2 valid cases, 0 with errors, in 1 file.\n")
        let broken = try CLI.hccreport(["validate", "german.xlsx", "--columns", "board.xlsx"], in: Self.fixtures)
        #expect(broken.status == 2)
        #expect(broken.stderr == "error: board.xlsx: the column map cannot be read (missing, larger than 1 MiB or not UTF-8 text)\n")
    }
}
