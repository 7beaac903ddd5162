import Foundation
import TestSupport
import Testing

/// `hccreport render` end to end on the example batch: files, PDF validity, fonts, content,
/// reproducibility across runs and `--jobs`, and a broken case in the batch.
@Suite(.serialized) struct RenderCommandTests {
    typealias CLI = CommandLineRunner
    static let date = "2025-06-30"

    /// Renders the examples once into a shared folder (most tests only read it).
    static let batch: Result<(URL, CommandLineRunner.Output), Error> = Result {
        let dir = try makeTemporaryDirectory("render")
        let out = try CLI.hccreport(["render", CLI.examples, "-o", dir.path, "--date", date, "--jobs", "2"])
        return (dir, out)
    }

    /// The folder of the shared example batch, which must have rendered.
    static func rendered() throws -> URL {
        let (dir, out) = try batch.get()
        try #require(out.status == 0, "render failed: \(out.stderr)")
        return dir
    }

    /// Every PDF of the shared example batch: the 16 reports and the overview.
    static func batchPDFs() throws -> [URL] {
        let dir = try Self.rendered()
        let names = try Self.pdfs(dir)
        try #require(names.count == 17, "\(names)")
        return names.map { dir.appendingPathComponent($0) }
    }

    /// The names of the PDFs in `dir`, sorted.
    static func pdfs(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    @Test func writesOneReportPerPatientAndTheBatchFiles() throws {
        let dir = try Self.rendered()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let reports = files.filter { $0.hasPrefix("HCC-") && $0.hasSuffix(".pdf") }
        #expect(reports.count == 16)
        for f in ["overview.pdf", "summary.csv", "summary.json", "errors.json"] { #expect(files.contains(f), "missing \(f)") }
        #expect(!files.contains { $0.contains(".partial-") }, "a temporary file was left: \(files)")
        let errors = try String(contentsOf: dir.appendingPathComponent("errors.json"), encoding: .utf8)
        #expect(errors.filter { !$0.isWhitespace } == "[]")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("summary.json"))) as? [[String: Any]])
        #expect(summary.count == 16)
    }

    @Test func everyPDFIsValidAndUsesOnlyTheBundledFonts() throws {
        let dir = try Self.rendered()
        for name in try Self.pdfs(dir) {
            let path = dir.appendingPathComponent(name).path
            let check = try CLI.tool("qpdf", ["--check", path])
            #expect(check.status == 0, "\(name): \(check.stdout)")
            let fonts = try CLI.tool("pdffonts", [path])
            let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
            #expect(!rows.isEmpty)
            for row in rows {
                let cols = row.split(separator: " ", omittingEmptySubsequences: true)
                #expect(cols.first.map { $0.contains("+NotoSans") } == true, "\(name): unexpected font \(row)")
                #expect(row.contains(" yes yes "), "\(name): font not embedded+subset: \(row)")
            }
        }
    }

    @Test func reportsCarryTheNumbersTheScoreCommandPrints() throws {
        let dir = try Self.rendered()
        let score = try CLI.hccreport(["score", CLI.examples, "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let table = try CLI.hccreport(["score", CLI.examples]).stdout
        var dosesChecked = 0, responsesChecked = 0
        for c in try #require(doc["cases"] as? [[String: Any]]) {
            let id = try #require(c["patient_id"] as? String)
            let text = try CLI.tool("pdftotext", ["-layout", dir.appendingPathComponent("\(id).pdf").path, "-"]).stdout
            #expect(text.contains(id))
            let pages = try CLI.tool("pdfinfo", [dir.appendingPathComponent("\(id).pdf").path]).stdout
            let count = try #require(pages.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
            for p in 1...count { #expect(text.contains("Page \(p) of \(count)"), "\(id) lacks page \(p) of \(count)") }
            // Each lesion's probability exactly as `score` prints it in its table.
            let lesionLines = table.split(separator: "\n").filter { $0.hasPrefix(id + " ") }
            #expect(!lesionLines.isEmpty, "\(id): no lesion in the score table")
            for line in lesionLines {
                let cols = line.split(separator: " ", omittingEmptySubsequences: true)
                let p = String(cols[6])
                #expect(text.contains(p), "\(id): probability \(p) missing from the report")
            }
            if let dose = c["dose"] as? [String: Any] {
                let e = try #require(dose["total_effective_dose_msv"] as? Double, "\(id): no total_effective_dose_msv")
                #expect(text.contains(String(format: "%.2f", e)), "\(id): dose total missing")
                dosesChecked += 1
            }
            if let m = c["mrecist"] as? [String: Any] {
                let overall = try #require(m["overall"] as? String, "\(id): no overall response")
                let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(words.contains("latest \(overall) on"), "\(id): mRECIST \(overall) missing")
                responsesChecked += 1
            }
        }
        #expect(dosesChecked > 0 && responsesChecked > 0, "\(dosesChecked) dose totals and \(responsesChecked) responses checked")
    }

    /// The default template opens with the board page (clinical context, prediction, response so
    /// far and the endpoint check) and ends with the reference material in one closing block. A
    /// case without follow-up fits on two pages; with follow-up, the response over time and the
    /// mRECIST detail take the room, and the closing block ends on a third page.
    @Test func defaultReportsOfUpToTwoLesionsAndThreeFollowUpsTakeTwoOrThreePages() throws {
        let dir = try Self.rendered()
        let score = try CLI.hccreport(["score", CLI.examples, "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        var checked = 0
        for c in try #require(doc["cases"] as? [[String: Any]]) {
            let id = try #require(c["patient_id"] as? String)
            let lesions = (c["lesions"] as? [Any])?.count ?? 0
            let followUps = ((c["mrecist"] as? [String: Any])?["timepoints"] as? [Any])?.count ?? 0
            guard lesions <= 2, followUps <= 3 else { continue }
            let pdf = dir.appendingPathComponent("\(id).pdf").path
            let info = try CLI.tool("pdfinfo", [pdf]).stdout
            let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
            #expect(pages == (followUps == 0 ? 2 : 3), "\(id) has \(pages) pages")
            let first = try CLI.tool("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).stdout
            for heading in ["Clinical context", "Prediction per lesion", "Response so far and the endpoint check"] {
                #expect(first.contains(heading), "\(id): page 1 lacks \(heading)")
            }
            let last = try CLI.tool("pdftotext", ["-f", "\(pages)", "-l", "\(pages)", pdf, "-"]).stdout
            let all = try CLI.tool("pdftotext", [pdf, "-"]).stdout
            #expect(all.contains("About the model and references") && last.contains("Decision support, not a substitute"), "\(id): no closing block at the end")
            checked += 1
        }
        #expect(checked == 16)
    }

    @Test func syntheticCohortIsLabelledOnTheFigures() throws {
        let dir = try makeTemporaryDirectory("render-full")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["render", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", dir.path, "--template", "full", "--date", Self.date])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let text = try CLI.tool("pdftotext", [dir.appendingPathComponent("HCC-2025-0001.pdf").path, "-"]).stdout
        let label = "Synthetic reference reconstructed from published summary statistics — not patient data"
        #expect(text.components(separatedBy: label).count - 1 >= 3) // cohort text + violin banner + ROC banner
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Decision support, not a substitute for clinical judgment."))
    }

    @Test func outputIsByteIdenticalAcrossRunsAndJobCounts() throws {
        let dir = try Self.rendered()
        let other = try makeTemporaryDirectory("render-jobs1")
        defer { try? FileManager.default.removeItem(at: other) }
        let out = try CLI.hccreport(["render", CLI.examples, "-o", other.path, "--date", Self.date, "--jobs", "1"])
        #expect(out.status == 0)
        for name in try Self.pdfs(dir) + ["summary.csv", "summary.json"] {
            let a = try Data(contentsOf: dir.appendingPathComponent(name))
            let b = try Data(contentsOf: other.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between --jobs 2 and --jobs 1")
        }
    }

    @Test func aBrokenCaseIsListedAndTheOthersStillRender() throws {
        let input = try makeTemporaryDirectory("render-broken-in")
        let output = try makeTemporaryDirectory("render-broken-out")
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        for name in ["p01-figure2-65y-obr.yaml", "p02-figure2-52y-nr.json"] {
            try FileManager.default.copyItem(atPath: CLI.examples + "/" + name, toPath: input.appendingPathComponent(name).path)
        }
        try "patient:\n  id: BROKEN-1\n  name: \"Broken, Case\"\nlesions:\n  - id: L1\n    size_mm: -3\n".write(to: input.appendingPathComponent("p99-broken.yaml"), atomically: true, encoding: .utf8)
        let out = try CLI.hccreport(["render", input.path, "-o", output.path, "--date", Self.date])
        #expect(out.status == 1)
        #expect(out.stderr.contains("p99-broken.yaml:6: lesions[0].size_mm"), "stderr: \(out.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(files.contains("HCC-2025-0001.pdf") && files.contains("HCC-2025-0002.pdf"))
        #expect(!files.contains { $0.contains("BROKEN") || $0.contains(".partial-") })
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("errors.json"))) as? [[String: Any]])
        #expect(errors.contains { ($0["source"] as? String)?.hasSuffix("p99-broken.yaml") == true })
        let overview = try CLI.tool("pdftotext", [output.appendingPathComponent("overview.pdf").path, "-"]).stdout
        // Listed by who it is: patient ID and name, then the path and the sentence (pdftotext may
        // join a path broken at its hyphen, so the words are compared without hyphens).
        let words = overview.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "-", with: "")
        #expect(overview.contains("Not reported (3): fix and rerun"))
        #expect(words.contains("BROKEN1 · Broken, Case — \(input.path.replacingOccurrences(of: "-", with: ""))/p99broken.yaml:6: lesions[0].size_mm: found 3 mm, but it must be greater than 0 mm"), "\(words)")
        // The agenda: both reported patients are responding or stable (PR, SD).
        #expect(words.contains("Responding or stable (2)"))
        #expect(!words.contains("Progression or new lesions") && !words.contains("Awaiting the first followup ("))
    }

    @Test func distinctIDsGetDistinctFilesAndCaseOnlyDuplicatesAreAnErrorNotAnOverwrite() throws {
        let input = try makeTemporaryDirectory("render-dup-in")
        let output = try makeTemporaryDirectory("render-dup-out")
        defer { try? FileManager.default.removeItem(at: input); try? FileManager.default.removeItem(at: output) }
        let text = try String(contentsOfFile: CLI.examples + "/p01-figure2-65y-obr.yaml", encoding: .utf8)
        try text.write(to: input.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        // "HCC/2025/0001" is sanitised (plus a hash) and must not collide with "HCC_2025_0001".
        try text.replacingOccurrences(of: "HCC-2025-0001", with: "HCC/2025/0001").write(to: input.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "HCC-2025-0001", with: "HCC_2025_0001").write(to: input.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        // Differs only in case: the same file on a case-insensitive disk, so refused.
        try text.replacingOccurrences(of: "HCC-2025-0001", with: "hcc-2025-0001").write(to: input.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        let out = try CLI.hccreport(["render", input.path, "-o", output.path, "--date", Self.date])
        #expect(out.status == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".pdf") && $0 != "overview.pdf" }.sorted()
        // b.yaml's name carries the first 8 hex digits of SHA-256("HCC/2025/0001") (Python hashlib: c12b7ba0).
        #expect(files == ["HCC-2025-0001.pdf", "HCC_2025_0001-c12b7ba0.pdf", "HCC_2025_0001.pdf"])
        #expect(out.stderr.contains("patient ID \"hcc-2025-0001\" would be written to the same file (hcc-2025-0001.pdf) as patient \"HCC-2025-0001\""), "stderr: \(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.deletingLastPathComponent().appendingPathComponent("HCC_2025_0001.pdf").path))
    }

    @Test(arguments: ["a4", "letter"])
    func compactTemplateIsOnePageForEveryExample(_ paper: String) throws {
        let output = try makeTemporaryDirectory("render-compact")
        defer { try? FileManager.default.removeItem(at: output) }
        let out = try CLI.hccreport(["render", CLI.examples, "-o", output.path, "--template", "compact", "--paper", paper, "--date", Self.date])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        // On the shorter US letter page, a case with a warning box and two lesions or an
        // extrapolated input (p08, p13), or a name that wraps in a taller header (p11), continues
        // its closing notes on a second page.
        let twoPagesOnLetter: Set = ["HCC-2025-0008.pdf", "HCC-2025-0011.pdf", "HCC-2025-0013.pdf"]
        for name in try Self.pdfs(output) where name.hasPrefix("HCC-") {
            let info = try CLI.tool("pdfinfo", [output.appendingPathComponent(name).path]).stdout
            let pages = paper == "letter" && twoPagesOnLetter.contains(name) ? 2 : 1
            #expect(info.contains("Pages:           \(pages)"), "\(name) is not \(pages) page(s)")
            #expect(info.contains(paper == "letter" ? "612 x 792 pts (letter)" : "(A4)"))
        }
    }

    @Test func pngPagesHaveTheRequestedResolutionAndAScannableBarcode() throws {
        let output = try makeTemporaryDirectory("render-png")
        defer { try? FileManager.default.removeItem(at: output) }
        let out = try CLI.hccreport(["render", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", output.path, "--format", "png", "--dpi", "150", "--date", Self.date])
        #expect(out.status == 0, "stderr: \(out.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        let pages = files.filter { $0.hasPrefix("HCC-2025-0001-p") && $0.hasSuffix(".png") }
        #expect(pages.count == 3)
        #expect(!files.contains { $0.contains(".partial-") })
        // PNG header: width and height are big-endian at bytes 16–23. A4 at 150 dpi = 1240 × 1754 px.
        let data = try Data(contentsOf: output.appendingPathComponent("HCC-2025-0001-p1.png"))
        let bytes = [UInt8](data.prefix(24))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1240 && height == 1754)
        // The footer barcode scans back to the patient ID (zbar, an independent decoder).
        let scan = try CLI.tool("zbarimg", ["-q", output.appendingPathComponent("HCC-2025-0001-p1.png").path])
        #expect(scan.stdout.contains("CODE-128:HCC-2025-0001"), "zbarimg: \(scan.stdout) \(scan.stderr)")
    }

    @Test func unknownTemplateAndUnwritableFolderAreSetupErrors() throws {
        let t = try CLI.hccreport(["render", CLI.examples, "-o", "/tmp/hccreport-never", "--template", "nosuch"])
        #expect(t.status == 2)
        #expect(t.stderr.contains("There is no template named \"nosuch\"; the bundled ones are compact, full, tumor-board."))
        let f = try CLI.hccreport(["render", CLI.examples, "-o", "/proc/hccreport-out"])
        #expect(f.status == 2)
        #expect(f.stderr.contains("The output folder /proc/hccreport-out cannot be created"))
    }
}
