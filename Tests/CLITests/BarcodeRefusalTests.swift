import Foundation
import TestSupport
import Testing

/// A patient ID whose barcode cannot be printed at its module size (too many characters for the
/// footer, or characters Code 128 cannot carry) gets one line in the footer saying so, and
/// `render` warns once per patient on standard error; an ID that fits scans back (zbar) and its
/// bars leave the footer text alone.
@Suite(.serialized) struct BarcodeRefusalTests {
    typealias CLI = CommandLineRunner

    static let longID = "HCC-2025-0001-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789"
    static let chineseID = "患者-0001"
    static let id32 = "HCC-2025-0001-ABCDEFGHIJKLMNOPQR"

    /// Renders one case per ID; returns the output folder and the run's standard error.
    static func render(_ ids: [String], in root: URL, extra: [String] = []) throws -> (out: URL, stderr: String, files: [String: URL]) {
        let cases = root.appendingPathComponent("cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        for (i, id) in ids.enumerated() {
            try NameScriptTests.caseFile(id: id, name: "Test, Patient").write(to: cases.appendingPathComponent("case\(i).yaml"),
                                                                             atomically: true, encoding: .utf8)
        }
        let out = root.appendingPathComponent("out-\(UUID().uuidString)")
        let run = try CLI.hccreport(["render", cases.path, "-o", out.path, "--date", "2026-01-01", "--institution", "Klinikum"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        // summary.json names each patient's report file.
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [[String: Any]] ?? []
        var files: [String: URL] = [:]
        for row in summary {
            if let id = row["patient_id"] as? String, let report = row["report"] as? String { files[id] = out.appendingPathComponent(report) }
        }
        #expect(files.count == ids.count, "\(summary)")
        return (out, run.stderr, files)
    }

    /// What zbar reads on page 1 rasterised by poppler at 150 dpi (empty: no symbol found).
    static func scan(_ pdf: URL, in dir: URL) throws -> [String] {
        let root = dir.appendingPathComponent(UUID().uuidString).path
        let raster = try CLI.tool("pdftoppm", ["-r", "150", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.path, root])
        try #require(raster.status == 0, "\(raster.stderr)")
        let scan = try CLI.tool("zbarimg", ["-q", root + ".png"])
        return scan.stdout.split(separator: "\n").map(String.init)
    }

    /// The footer's note on page 1 (the line starting "No barcode:"), if any.
    static func note(_ pdf: URL) throws -> String? {
        let text = try NameScriptTests.extractedText(pdf, page: 1)
        return text.split(separator: "\n").first { $0.hasPrefix("No barcode:") }.map(String.init)
    }

    @Test func longAndNonASCIIIDsGetTheNoteAndAWarning() throws {
        let root = try makeTemporaryDirectory("barcode-refusal")
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, stderr, files) = try Self.render([Self.longID, Self.chineseID], in: root)
        let long = try #require(files[Self.longID]), chinese = try #require(files[Self.chineseID])

        let longNote = try #require(try Self.note(long), "no note in the footer of the long ID's report")
        let limit = try #require(longNote.firstMatch(of: /^No barcode: the ID has 51 characters \(at most (\d+) fit\)$/), "\(longNote)")
        #expect(Int(limit.1).map { $0 >= 13 && $0 < 48 } == true)
        #expect(try Self.note(chinese) == "No barcode: the ID contains \"患\", which Code 128 cannot encode")
        for pdf in [long, chinese] {
            #expect(try Self.scan(pdf, in: root).isEmpty, "\(pdf.lastPathComponent): zbarimg found a barcode")
            // Every page says it, in the footer.
            let pages = Int(try NameScriptTests.extractedText(pdf).components(separatedBy: "No barcode:").count - 1)
            #expect(pages >= 2, "\(pdf.lastPathComponent): the note is on \(pages) pages")
        }
        // One warning per patient, with the source, the ID and the page's sentence.
        let warnings = stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") && $0.contains("No barcode") }
        #expect(warnings.count == 2, "\(stderr)")
        #expect(warnings.contains { $0.hasSuffix("case0.yaml: patient \(Self.longID): \(longNote).") }, "\(stderr)")
        #expect(warnings.contains { $0.hasSuffix("case1.yaml: patient \(Self.chineseID): No barcode: the ID contains \"患\", which Code 128 cannot encode.") },
                "\(stderr)")
    }

    /// A 32-character ID on each template and paper either scans back or gets the note, as the
    /// footer's geometry says; the longest ID that fits on the tumour-board A4 page scans back
    /// and its bars (module 1/75 in, quiet zones included) overlap no footer word, nor push the
    /// footer text below the footer.
    @Test(arguments: [("tumor-board", "a4"), ("tumor-board", "letter"), ("compact", "a4"), ("compact", "letter")])
    func thirtyTwoCharactersFollowTheGeometry(template: String, paper: String) throws {
        let root = try makeTemporaryDirectory("barcode-32")
        defer { try? FileManager.default.removeItem(at: root) }
        let options = ["--template", template, "--paper", paper]
        let first = try Self.render([Self.id32], in: root, extra: options)
        let pdf = try #require(first.files[Self.id32])
        let limit: Int
        if let note = try Self.note(pdf) {
            let match = try #require(note.firstMatch(of: /^No barcode: the ID has 32 characters \(at most (\d+) fit\)$/), "\(note)")
            limit = try #require(Int(match.1))
            #expect(limit < 32)
            #expect(try Self.scan(pdf, in: root).isEmpty)
            #expect(first.stderr.contains("patient \(Self.id32): \(note)."), "\(first.stderr)")
        } else {
            limit = 32
            #expect(!first.stderr.contains("No barcode"), "\(first.stderr)")
        }
        // The longest ID that fits prints, decodes and leaves the footer text alone.
        let id = "HCC-" + String(String(repeating: "0123456789", count: 5).prefix(limit - 4))
        let fitting = limit == 32 ? first : try Self.render([id], in: root, extra: options)
        let fittingID = limit == 32 ? Self.id32 : id
        let report = try #require(fitting.files[fittingID])
        #expect(try Self.note(report) == nil)
        #expect(!fitting.stderr.contains("No barcode"), "\(fitting.stderr)")
        #expect(try Self.scan(report, in: root) == ["CODE-128:\(fittingID)"])
        let words = try PageWord.words(of: report.path, page: 1)
        // The header prints the ID too; the line under the bars is the lowest.
        let readable = try #require(words.filter { $0.text == fittingID }.max { $0.minY < $1.minY }, "the ID is not printed under the bars")
        #expect(readable.minY > 700, "the lowest \(fittingID) is not in the footer")
        let width = Double(11 * (fittingID.count + 2) + 13 + 20) * 72 / 75
        let center = (readable.minX + readable.maxX) / 2
        let bars = (minX: center - width / 2, maxX: center + width / 2, minY: readable.minY - 19, maxY: readable.minY)
        let footer = words.filter { $0.minY > readable.minY - 30 && $0.text != fittingID }
        #expect(!footer.isEmpty)
        for word in footer {
            let overlaps = word.minX < bars.maxX && bars.minX < word.maxX && word.minY < bars.maxY && bars.minY < word.maxY
            #expect(!overlaps, "\"\(word.text)\" overlaps the barcode (\(bars))")
            // The text beside the bars stays in the footer: at most one line (the digest) below them.
            #expect(word.maxY <= readable.maxY + 12, "\"\(word.text)\" runs \(word.maxY - readable.maxY) pt below the barcode")
        }
    }
}
