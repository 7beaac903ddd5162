import Foundation
import TestSupport
import Testing

/// Rendered reports are PDF/A-2a and PDF/UA-1 (tagging: `TaggedReportTests`): every clause `Tests/Scripts/check_pdfa.py` checks holds for the
/// example reports, reports of patients with Chinese and Arabic names, and the overview; the
/// metadata says what the pages say; bookmarks open at their headings.
@Suite(.serialized) struct ArchivalReportTests {
    typealias CLI = CommandLineRunner

    /// Renders two example cases and a Chinese and an Arabic name into a fresh folder.
    /// - Returns: the root folder (removed by the caller) and the output folder.
    static func renderReports(environment: [String: String] = [:], into folder: URL? = nil) throws -> (root: URL, out: URL) {
        let root = try folder ?? makeTemporaryDirectory("archival")
        let cases = root.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        for example in ["p01-figure2-65y-obr.yaml", "p11-long-name-diacritics.yaml"] {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.examples).appendingPathComponent(example),
                                             to: cases.appendingPathComponent(example))
        }
        for (id, name) in [("CJK-01", "王丽 & <陳美麗>"), ("ARA-01", "محمد عبد الله")] {
            try NameScriptTests.caseFile(id: id, name: name).write(to: cases.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let out = root.appendingPathComponent("out")
        let render = try CLI.hccreport(["render", cases.path, "-o", out.path, "--institution", "Klinikum Süd & Co · 南院 · مستشفى"],
                                       environment: environment)
        #expect(render.status == 0, "\(render.stderr)")
        return (root, out)
    }

    static let reports = ["HCC-2025-0001.pdf", "HCC-2025-0011.pdf", "CJK-01.pdf", "ARA-01.pdf", "overview.pdf"]

    @Test func reportsPassEveryCheckedClauseAndTheirMetadataMatchesThePages() throws {
        let (root, out) = try Self.renderReports()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in Self.reports {
            let pdf = out.appendingPathComponent(name).path
            let result = try ArchivalChecks.check(pdf)
            let xmp = try #require(result["xmp"] as? [String: Any], "\(name): no XMP")
            let info = try CLI.tool("pdfinfo", ["-enc", "UTF-8", pdf]).stdout
            let title = try #require(xmp["title"] as? String)
            let infoTitle = info.split(separator: "\n").first { $0.hasPrefix("Title:") }.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) }
            #expect(infoTitle == title, "\(name): pdfinfo and XMP titles differ")
            #expect(xmp["author"] as? String == "Klinikum Süd & Co · 南院 · مستشفى", "\(name): \(xmp)")
            #expect(xmp["language"] as? String == "en")
            #expect(xmp["part"] as? String == "2" && xmp["conformance"] as? String == "A" && xmp["pdfua_part"] as? String == "1")
            let catalog = try #require(result["catalog"] as? [String: Any])
            #expect(catalog["lang"] as? String == "en" && catalog["display_doc_title"] as? Bool == true, "\(name): \(catalog)")
        }
        let cjk = try ArchivalChecks.check(out.appendingPathComponent("CJK-01.pdf").path)
        let cjkTitle = try #require((cjk["xmp"] as? [String: Any])?["title"] as? String)
        #expect(cjkTitle.hasSuffix("— CJK-01"), "\(cjkTitle)")
    }

    /// The other PDFs the writer makes, a figure and the cohort analysis, are archival too.
    @Test func aFigureAndTheCohortReportPassEveryCheckedClause() throws {
        let dir = try makeTemporaryDirectory("archival-other")
        defer { try? FileManager.default.removeItem(at: dir) }
        let figure = dir.appendingPathComponent("nomogram.pdf")
        let drawn = try CLI.hccreport(["figure", "nomogram", CLI.examples + "/p01-figure2-65y-obr.yaml", "-o", figure.path])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        try ArchivalChecks.check(figure.path)
        let analysis = dir.appendingPathComponent("analysis")
        let analyzed = try CLI.hccreport(["analyze", FixtureFolder("CohortAnalysisTests").path("cohort_main.csv"), "-o", analysis.path,
                                          "--bootstrap", "20", "--seed", "7", "--format", "pdf", "--date", "2025-06-01"])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        try ArchivalChecks.check(analysis.appendingPathComponent("cohort-report.pdf").path)
    }

    /// A bookmark opens its page at the heading: the destination's top lies just above the first
    /// word of the heading as poppler finds it (within the line's leading).
    @Test func bookmarksOpenAtTheirHeadings() throws {
        let (root, out) = try Self.renderReports()
        defer { try? FileManager.default.removeItem(at: root) }
        let pdf = out.appendingPathComponent("HCC-2025-0001.pdf").path
        let result = try ArchivalChecks.check(pdf)
        let outline = try #require(result["outline"] as? [[String: Any]])
        #expect(outline.count >= 5)
        for entry in outline {
            let title = try #require(entry["title"] as? String)
            let page = try #require(entry["page"] as? Int, "\(title): not an /XYZ destination on a page")
            let top = try #require(entry["top"] as? Double), height = try #require(entry["height"] as? Double)
            let destinationTop = height - top
            let words = try PageWord.words(of: pdf, page: page)
            let first = String(title.split(separator: " ")[0])
            let tops = words.filter { $0.text == first }.map(\.minY)
            let nearest = try #require(tops.min { abs($0 - destinationTop) < abs($1 - destinationTop) }, "\(title): heading not on page \(page)")
            #expect(nearest >= destinationTop - 0.5 && nearest <= destinationTop + 12,
                    "\(title): bookmark at \(destinationTop) pt from the top, heading at \(nearest) pt")
            #expect(destinationTop > 20, "\(title): the bookmark points at the page top")
        }
    }

    @Test func reproducibleRunsGiveTheSameFileIdentifier() throws {
        let environment = ["SOURCE_DATE_EPOCH": "1767225600"]
        let (root, outB) = try Self.renderReports(environment: environment)
        defer { try? FileManager.default.removeItem(at: root) }
        // The second run in the same folders (the reports name their input files).
        let outA = root.appendingPathComponent("first")
        try FileManager.default.moveItem(at: outB, to: outA)
        try FileManager.default.removeItem(at: root.appendingPathComponent("cases"))
        _ = try Self.renderReports(environment: environment, into: root)
        for name in Self.reports {
            let a = try Data(contentsOf: outA.appendingPathComponent(name)), b = try Data(contentsOf: outB.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs with SOURCE_DATE_EPOCH")
            #expect(String(decoding: a.suffix(300), as: UTF8.self).contains("/ID[<"), "\(name): no file identifier")
        }
    }
}
