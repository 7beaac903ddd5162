import Foundation
import TestSupport
import Testing

/// The printed reports are tagged PDFs a screen reader can follow (PDF/UA-1, ISO 14289-1), judged
/// over the parsed files by `check_tagged_pdf.py` (pikepdf and pdfminer.six) and poppler's
/// `pdftotext`. Each test names the clauses and Matterhorn Protocol checkpoints it covers.
@Suite(.serialized) struct TaggedReportTests {
    typealias CLI = CommandLineRunner

    /// Every PDF of the example batch (`RenderCommandTests.batch`).
    static func pdfs() throws -> [URL] { try RenderCommandTests.batchPDFs() }

    /// Every PDF of the batch as `check_tagged_pdf.py` reads it, read once.
    static let reports: Result<[String: TaggedPDF], Error> = Result { try TaggedPDF.read(try pdfs().map(\.path)) }

    static func tagged(_ file: URL) throws -> TaggedPDF {
        try #require(try reports.get()[file.path])
    }

    /// ISO 14289-1 7.1 (ISO 32000-1 14.7, 14.8) — Matterhorn 01-003, 01-004, 01-005, 09-004, 15-004,
    /// 28-009: every report and the overview is marked (`/MarkInfo /Marked true`), has one Document
    /// element at the root, every page has `/StructParents` and `/Tabs /S`, every text-showing and
    /// painting operator lies in exactly one of a tagged marked-content sequence or an artifact,
    /// every MCID of every page is reachable from the tree and its parent-tree entry is the element
    /// that holds it, and tables, rows, cells and lists nest as the standard types require.
    @Test func everyPageIsTaggedOrAnArtifactAndTheParentTreeIsConsistent() throws {
        let files = try Self.pdfs()
        #expect(files.count == 17)
        for file in files {
            let tagged = try Self.tagged(file)
            #expect(tagged.marked, "\(file.lastPathComponent): not marked")
            #expect(tagged.rootRoles == ["Document"], "\(file.lastPathComponent): root \(tagged.rootRoles)")
            #expect(tagged.problems.isEmpty, "\(file.lastPathComponent):\n\(tagged.problems.prefix(20).joined(separator: "\n"))")
            #expect(!tagged.paragraphs.isEmpty, "\(file.lastPathComponent): no paragraphs")
        }
    }

    /// ISO 14289-1 7.4 — Matterhorn 14-001, 14-002, 14-003: the section titles are headings (H1,
    /// H2 below), in the order of the bookmarks, which list the same titles.
    @Test func sectionTitlesAreHeadingsInTheOrderOfTheOutline() throws {
        for file in try Self.pdfs() {
            let tagged = try Self.tagged(file)
            let headings = tagged.headings.map { $0[1] }
            #expect(!headings.isEmpty, "\(file.lastPathComponent): no headings")
            #expect(headings == tagged.outline, "\(file.lastPathComponent): headings \(headings) vs outline \(tagged.outline)")
            #expect(tagged.headings.first?[0] == "H1")
            if file.lastPathComponent.hasPrefix("HCC-") {
                for title in ["Prediction per lesion", "Nomogram", "About the model and references"] {
                    #expect(headings.contains(title), "\(file.lastPathComponent): no heading \(title) in \(headings)")
                }
            }
        }
    }

    /// ISO 14289-1 7.5 — Matterhorn 15-003: every table has a header row of TH cells with
    /// `/Scope /Column`, one per column, then its body, and its caption inside it.
    @Test func tablesHaveScopedHeaderCells() throws {
        for file in try Self.pdfs() {
            let tagged = try Self.tagged(file)
            #expect(!tagged.tables.isEmpty, "\(file.lastPathComponent): no tables")
            for table in tagged.tables {
                #expect(!table.headerCells.isEmpty && table.scopes == ["Column"], "\(file.lastPathComponent): \(table)")
                #expect(table.kids.first == "THead", "\(file.lastPathComponent): \(table.kids)")
                #expect(table.rowCellCounts.allSatisfy { $0 == table.headerCells.count }, "\(file.lastPathComponent): \(table)")
            }
        }
    }

    /// ISO 14289-1 7.3 — Matterhorn 13-004: every figure has alternative text; the nomogram's
    /// names each lesion's inputs with their units, points and P(NR) (the values `score` prints),
    /// and figures drawn from the synthetic cohort say it is a reconstruction, not patient data.
    @Test func figuresDescribeTheirDataInAlternativeText() throws {
        let dir = try RenderCommandTests.rendered()
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("summary.json"))) as? [[String: Any]])
        var checkedLesions = 0
        for file in try Self.pdfs() where file.lastPathComponent.hasPrefix("HCC-") {
            let tagged = try Self.tagged(file)
            let alts = tagged.figures.compactMap(\.alt)
            #expect(alts.count == tagged.figures.count && alts.allSatisfy { $0.count > 40 }, "\(file.lastPathComponent): \(alts)")
            let nomogram = try #require(alts.first { $0.hasPrefix("Nomogram") }, "\(file.lastPathComponent): no nomogram figure")
            for unit in ["Size (mm)", "NIC-AP (%)", "PS (mL/min/100 g)"] { #expect(nomogram.contains(unit), "\(nomogram)") }
            let id = file.deletingPathExtension().lastPathComponent
            for row in summary where row["patient_id"] as? String == id {
                for entry in row["lesions"] as? [[String: Any]] ?? [] {
                guard let lesion = entry["id"] as? String, let p = entry["probability_nr"] as? Double else { continue }
                let printed = p < 0.0005 ? "P(NR) < 0.001" : p > 0.9995 ? "P(NR) > 0.999" : "P(NR) = " + String(format: "%.3f", p)
                #expect(nomogram.contains("\(lesion) = ") && nomogram.contains(printed), "\(id) \(lesion): \(printed) not in \(nomogram)")
                checkedLesions += 1
                }
            }
            for alt in alts where alt.hasPrefix("Violin") || alt.hasPrefix("ROC") {
                #expect(alt.contains("reconstructed from published summary statistics — not patient data"), "\(id): \(alt)")
            }
        }
        #expect(checkedLesions >= 16, "only \(checkedLesions) lesions found in summary.json")
    }

    /// ISO 14289-1 7.1 (reading order; ISO 32000-1 14.8.2.3) — Matterhorn 09-001: on every page
    /// the header comes first, then the content, then the footer, both in the content stream
    /// (`pdftotext -raw`) and in the structure tree; the footer and the barcode are artifacts.
    @Test func readingOrderIsHeaderBodyFooter() throws {
        for file in try Self.pdfs() where file.lastPathComponent.hasPrefix("HCC-") {
            let tagged = try Self.tagged(file)
            let raw = try CLI.tool("pdftotext", ["-raw", "-enc", "UTF-8", file.path, "-"])
            let pageTexts = raw.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            #expect(pageTexts.count >= tagged.pages)
            for page in 1...min(tagged.pages, pageTexts.count) {
                let lines = pageTexts[page - 1].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let footer = try #require(lines.firstIndex { $0.hasPrefix("Generated ") || $0.contains("Page \(page) of") })
                let body = lines.firstIndex { tagged.headings.map { $0[1] }.contains($0) }
                #expect(lines.first?.hasPrefix("Tumour board report") == true, "\(file.lastPathComponent) p\(page): starts with \(lines.prefix(2))")
                if let body { #expect(body < footer, "\(file.lastPathComponent) p\(page): footer before the body:\n\(lines.joined(separator: "\n"))") }
                // Page number, barcode text, provenance and the digest (up to two lines).
                #expect(lines.count - footer <= 5, "\(file.lastPathComponent) p\(page): the footer is not last:\n\(lines.suffix(8).joined(separator: "\n"))")
            }
            // Structure order: the first page's header (title, patient) before the first heading; no footer text in the tree.
            #expect(tagged.readingOrder.first?.hasPrefix("Tumour board report") == true, "\(tagged.readingOrder.prefix(3))")
            #expect(!tagged.readingOrder.contains { $0.hasPrefix("Generated ") || $0.hasPrefix("Input SHA-256") || $0.hasPrefix("Page ") },
                    "\(file.lastPathComponent): footer text is tagged as content")
        }
    }
}

/// A patient's name in a script that names its language is read in that language.
@Suite(.serialized) struct TaggedNameLanguageTests {
    typealias CLI = CommandLineRunner

    /// ISO 14289-1 7.2 — Matterhorn 11-001..11-005: the name is a Span with `/Lang` ar, he, ko or
    /// ja where its script implies the language; Han alone is `und-Hani` (Chinese or Japanese
    /// cannot be told apart); Latin, Cyrillic and Greek names carry none (the document's applies).
    @Test func namesInAnotherScriptAreSpansInTheirLanguage() throws {
        let dir = try makeTemporaryDirectory("tagged-names")
        let cases = dir.appendingPathComponent("cases"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        for entry in NameScriptTests.corpus {
            try NameScriptTests.caseFile(id: entry.id, name: entry.name)
                .write(to: cases.appendingPathComponent("\(entry.id).yaml"), atomically: true, encoding: .utf8)
        }
        let render = try CLI.hccreport(["render", cases.path, "-o", out.path, "--date", "2025-06-30"])
        try #require(render.status == 0, "render failed: \(render.stderr)")
        let expected = ["SCR-01": "und-Hani", "SCR-02": "und-Hani", "SCR-03": "ja", "SCR-04": "ko", "SCR-05": "ar", "SCR-06": "ar",
                        "SCR-07": "he"]
        let files = NameScriptTests.corpus.map { out.appendingPathComponent("\($0.id).pdf").path }
        let reports = try TaggedPDF.read(files)
        for entry in NameScriptTests.corpus {
            let tagged = try #require(reports[out.appendingPathComponent("\(entry.id).pdf").path])
            #expect(tagged.problems.isEmpty, "\(entry.id): \(tagged.problems.prefix(5))")
            if let language = expected[entry.id] {
                #expect(tagged.spans.map(\.lang) == [language], "\(entry.id) \(entry.script): \(tagged.spans)")
                #expect(tagged.spans.first.map { !$0.text.isEmpty } == true, "\(entry.id): the span holds no text")
            } else {
                #expect(tagged.spans.isEmpty, "\(entry.id) \(entry.script): \(tagged.spans)")
            }
        }
    }
}
