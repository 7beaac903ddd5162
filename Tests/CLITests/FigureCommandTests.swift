import Foundation
import TestSupport
import Testing

/// `hccreport figure` end to end: every kind in every format, PDF validity and fonts, the texts a
/// reader must find, PNG size for --dpi/--width-mm, patient selection, and the error cases.
@Suite struct FigureCommandTests {
    typealias CLI = CommandLineRunner

    enum Kind: String, CaseIterable, Sendable { case nomogram, violins, roc, response }
    enum Format: String, CaseIterable, Sendable { case pdf, png, svg }

    /// Two lesions (ids L1 and L2, P(NR) 0.030 and 0.032).
    static let twoLesions = "Examples/cases/p03-two-lesions-observers-cr.yaml"
    static let syntheticLabel = "Synthetic reference reconstructed from published summary statistics — not patient data"

    /// What `pdftotext` must find in each kind of figure: the lesion markers' labels and, for the
    /// cohort figures, the synthetic-cohort banner.
    static func expectedTexts(_ kind: Kind) -> [String] {
        switch kind {
        case .nomogram: ["Patient HCC-2025-0003", "L1 P(NR) = 0.030", "L2 P(NR) = 0.032", "L1: lesion, segment S6"]
        case .violins: ["Patient HCC-2025-0003", "L1: lesion, segment S6", "L2: lesion, segment S4", syntheticLabel]
        case .roc: ["Patient HCC-2025-0003", "L1 score as cut-off (P(NR) = 0.030)", syntheticLabel]
        case .response: ["Patient HCC-2025-0003", "Weeks since the first TACE (2025-01-27)", "L1 viable diameter", "L2 viable diameter",
                         "Sum of target lesions", "Nadir 0.0 mm, week 10.4", "CR"]
        }
    }

    /// Runs `figure` into a fresh folder; returns the output file and the process output.
    static func figure(_ arguments: [String], file: String) throws -> (URL, URL, CommandLineRunner.Output) {
        let dir = try makeTemporaryDirectory("figure")
        let url = dir.appendingPathComponent(file)
        let out = try CLI.hccreport(["figure"] + arguments + ["-o", url.path])
        return (dir, url, out)
    }

    @Test(arguments: Kind.allCases, Format.allCases)
    func writesTheFigure(_ kind: Kind, _ format: Format) throws {
        let (dir, url, out) = try Self.figure([kind.rawValue, Self.twoLesions], file: "\(kind.rawValue).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr == "Wrote \(kind.rawValue) figure → \(url.path)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [url.lastPathComponent], "a temporary file was left")
        let data = try Data(contentsOf: url)
        switch format {
        case .pdf:
            #expect(data.prefix(5) == Data("%PDF-".utf8))
            let check = try CLI.tool("qpdf", ["--check", url.path])
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            let fonts = try CLI.tool("pdffonts", [url.path]).stdout.split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty)
            for row in fonts {
                #expect(row.split(separator: " ").first.map { $0.contains("+NotoSans") } == true, "unexpected font: \(row)")
                #expect(row.contains(" yes yes "), "font not embedded and subset: \(row)")
            }
            let text = try CLI.tool("pdftotext", ["-layout", url.path, "-"]).stdout
            for expected in Self.expectedTexts(kind) { #expect(text.contains(expected), "\(kind): missing \"\(expected)\"") }
            if kind == .nomogram || kind == .response { #expect(!text.contains("Synthetic"), "\(kind) does not use the cohort") }
            // ISO 14289-1 7.1, 7.3 (Matterhorn 01-005, 13-004): the page is one Figure described by its data.
            let tagged = try TaggedPDF.read(url.path)
            #expect(tagged.problems.isEmpty, "\(kind): \(tagged.problems.prefix(5))")
            #expect(tagged.figures.count == 1 && tagged.paragraphs.isEmpty, "\(kind): \(tagged.roles)")
            let alt = tagged.figures.first?.alt ?? ""
            let named: [Kind: [String]] = [.nomogram: ["P(NR) = 0.030", "P(NR) = 0.032"], .roc: ["P(NR) = 0.030"], .response: ["CR"],
                                           .violins: ["lies", "reconstructed from published summary statistics"]]
            for expected in ["L1", "L2"] + (named[kind] ?? []) {
                #expect(alt.contains(expected), "\(kind): \"\(expected)\" not in \(alt)")
            }
        case .png:
            // 170 mm at the default 300 dpi.
            #expect(try PNGHeader.size(of: url).width == 2008)
        case .svg:
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("<?xml"))
            #expect(text.contains("<svg") && text.contains("width=\"481.889764pt\""))
        }
    }

    @Test(arguments: [(72.0, 170.0, 482), (100, 120, 472), (150, 90, 531)])
    func pngWidthFollowsDpiAndWidth(_ dpi: Double, _ widthMm: Double, _ pixels: Int) throws {
        let (dir, url, out) = try Self.figure(["roc", "--dpi", "\(dpi)", "--width-mm", "\(widthMm)"], file: "roc.png")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(out.status == 0, "\(out.stderr)")
        #expect(Int((widthMm / 25.4 * dpi).rounded()) == pixels)
        #expect(try PNGHeader.size(of: url).width == pixels)
    }

    /// A figure PDF, whose metadata carries no report date, takes its date from SOURCE_DATE_EPOCH,
    /// so two runs write the same bytes.
    @Test func figurePDFIsReproducibleWithSourceDateEpoch() throws {
        let dir = try makeTemporaryDirectory("figure-epoch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let environment = ["SOURCE_DATE_EPOCH": "1767225600"]
        var files: [Data] = []
        for name in ["a.pdf", "b.pdf"] {
            let url = dir.appendingPathComponent(name)
            let out = try CLI.hccreport(["figure", "nomogram", Self.twoLesions, "-o", url.path], environment: environment)
            #expect(out.status == 0, "\(out.stderr)")
            files.append(try Data(contentsOf: url))
            Thread.sleep(forTimeInterval: 1.1)
        }
        #expect(files[0] == files[1])
        let info = try CLI.tool("pdfinfo", ["-isodates", dir.appendingPathComponent("a.pdf").path]).stdout
        #expect(info.contains("2026-01-01T00:00:00"), "\(info)")
    }

    @Test func withoutACaseTheFigureHasNoLesions() throws {
        let (dir, url, out) = try Self.figure(["nomogram"], file: "n.pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(out.status == 0, "\(out.stderr)")
        let text = try CLI.tool("pdftotext", ["-layout", url.path, "-"]).stdout
        #expect(text.contains("Probability of NR"))
        #expect(!text.contains("Patient") && !text.contains("P(NR) ="))
    }

    @Test func aFileWithSeveralPatientsDrawsTheFirstOrTheOneNamed() throws {
        let dir = try makeTemporaryDirectory("figure-multi")
        defer { try? FileManager.default.removeItem(at: dir) }
        let two = dir.appendingPathComponent("two.yaml")
        let first = try String(contentsOf: PackagePaths.root.appendingPathComponent(Self.twoLesions), encoding: .utf8)
        let second = try String(contentsOf: PackagePaths.root.appendingPathComponent("Examples/cases/p01-figure2-65y-obr.yaml"), encoding: .utf8)
        try (first + "\n---\n" + second).write(to: two, atomically: true, encoding: .utf8)

        let pdf = dir.appendingPathComponent("a.pdf")
        let a = try CLI.hccreport(["figure", "nomogram", two.path, "-o", pdf.path])
        #expect(a.status == 0)
        #expect(a.stderr.hasPrefix("note: \(two.path) holds 2 patients; drawing the first readable one (HCC-2025-0003). Choose another with --patient ID.\n"))
        #expect(try CLI.tool("pdftotext", [pdf.path, "-"]).stdout.contains("Patient HCC-2025-0003"))

        let b = try CLI.hccreport(["figure", "nomogram", two.path, "--patient", "HCC-2025-0001", "-o", pdf.path])
        #expect(b.status == 0)
        #expect(!b.stderr.contains("note:"))
        let text = try CLI.tool("pdftotext", ["-layout", pdf.path, "-"]).stdout
        #expect(text.contains("Patient HCC-2025-0001") && text.contains("L1 P(NR) = 0.105"))

        let c = try CLI.hccreport(["figure", "nomogram", two.path, "--patient", "HCC-9", "-o", dir.appendingPathComponent("c.pdf").path])
        #expect(c.status == 2)
        #expect(c.stderr == "error: \(two.path) holds no patient \"HCC-9\"; it holds \"HCC-2025-0003\", \"HCC-2025-0001\".\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("c.pdf").path))
    }

    /// Usage errors: the argument parser's "Error: …" line, then the usage; exit code 2; nothing written.
    @Test(arguments: [
        (["figure", "pie", "-o", "x.pdf"], "Error: There is no figure \"pie\"; choose nomogram, violins, roc or response."),
        (["figure", "response", "-o", "x.pdf"], "Error: The response figure needs a CASE file with follow-up."),
        (["figure", "roc", "-o", "x.jpg"], "Error: The output file x.jpg must end in .pdf, .png or .svg (the extension chooses the format)."),
        (["figure", "roc", "-o", "x"], "Error: The output file x must end in .pdf, .png or .svg (the extension chooses the format)."),
        (["figure", "roc", "-o", "x.png", "--dpi", "5"], "Error: --dpi must be between 18 and 1200."),
        (["figure", "roc", "--patient", "P1", "-o", "x.pdf"], "Error: --patient needs a CASE file."),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let dir = try makeTemporaryDirectory("figure-usage")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(arguments, in: dir)
        #expect(out.status == 2)
        #expect(out.stderr.hasPrefix(message + "\n"), "\(out.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func unreadableCaseReportsTheReadersLineAndExitsOne() throws {
        let dir = try makeTemporaryDirectory("figure-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "schema_version: 1\npatient:\n  id: [\n".write(to: dir.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let out = try CLI.hccreport(["figure", "nomogram", "bad.yaml", "-o", "bad.pdf"], in: dir)
        #expect(out.status == 1)
        #expect(out.stderr == """
            bad.yaml:4: the file is not valid YAML: a value is missing or malformed (line 4, column 1)
            error: no patient could be read from bad.yaml; no figure was written.

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.yaml"])
    }

    @Test func missingCaseFileExitsOne() throws {
        let dir = try makeTemporaryDirectory("figure-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(["figure", "roc", "missing.yaml", "-o", "r.pdf"], in: dir)
        #expect(out.status == 1)
        #expect(out.stderr == "missing.yaml: no such file\nerror: no patient could be read from missing.yaml; no figure was written.\n")
    }

    @Test(arguments: [
        (["figure", "nomogram", "-o", "/nonexistent-hccreport/x.pdf"], "error: The folder /nonexistent-hccreport for the output file does not exist.\n"),
        (["figure", "roc", "--cohort", "no-such.csv", "-o", "r.pdf"], "error: The reference cohort no-such.csv does not exist.\n"),
        (["figure", "violins", "--fonts", "/nonexistent-fonts", "-o", "v.pdf"], "error: The fonts folder /nonexistent-fonts does not exist.\n"),
    ])
    func setupErrorsExitTwo(_ arguments: [String], _ message: String) throws {
        let dir = try makeTemporaryDirectory("figure-setup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.hccreport(arguments, in: dir)
        #expect(out.status == 2)
        #expect(out.stderr == message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aCaseWithoutFollowUpHasNoResponseFigure() throws {
        let (dir, url, out) = try Self.figure(["response", "Examples/cases/p12-no-followup.json"], file: "r.pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(out.status == 2)
        #expect(out.stderr == "error: The response chart cannot be drawn: the case has no follow-up imaging.\n")
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
