import ClinicalModel
import Foundation
import Mustache
import TestSupport
import Testing
@testable import ReportComposer

@Suite struct ReportTemplateTests {
    static let templatesRoot = PackagePaths.file("Templates")

    @Test(arguments: ["tumor-board", "compact"])
    func bundledTemplatesLoad(_ name: String) throws {
        let t = try ReportTemplate.load(from: Self.templatesRoot.appendingPathComponent(name))
        #expect(t.name == name)
        #expect(t.sections.contains { $0.kind == .disclaimer })
        #expect(t.sections.contains { $0.kind == .summary })
        #expect(t.style.smallestFontSize >= 7)
        #expect(t.style.marginLeft >= millimetresToPoints(15) && t.style.marginTop >= millimetresToPoints(15))
        for s in t.sections { if let text = s.textTemplate { #expect(t.hasText(text)) } }
    }

    func millimetresToPoints(_ mm: Double) -> Double { mm * 72 / 25.4 - 1e-9 }

    @Test func textBlocksEscapeValuesForPangoMarkup() throws {
        let t = try ReportTemplate.load(from: Self.templatesRoot.appendingPathComponent("tumor-board"))
        let out = try #require(t.renderText("disclaimer", context: [
            "model": ["development_n": 125], "exam": ["scanner": "A&B <CT>", "software": "v1"],
        ]))
        #expect(out.contains("A&amp;B &lt;CT&gt;, v1"))
    }

    static let layoutErrors: [(String, String)] = [
        ("name: x\nsections: []\n", "layout.yaml:2: The layout needs a non-empty list of sections."),
        ("name: x\ncolour: red\nsections: [summary]\n", "layout.yaml:2: Unknown setting \"colour\"; expected one of barcode, closing_columns, closing_title, colors, font_sizes, institution, margins_mm, name, paper, records, sections, title."),
        ("sections:\n  - summary\n  - nomograms\n", "layout.yaml:3: Unknown section \"nomograms\"; expected one of clinical, summary, warnings, applicability, response, response_chart, nomogram, inputs, violins, roc, dose, dose_total, mrecist, model, disclaimer, text."),
        ("paper: a5\nsections: [summary]\n", "layout.yaml:1: paper must be a4 or letter, not \"a5\"."),
        ("margins_mm: {top: 5}\nsections: [summary]\n", "layout.yaml:1: margins_mm.top must be a number from 15 to 40."),
        ("font_sizes:\n  small: 6\nsections: [summary]\n", "layout.yaml:2: font_sizes.small must be a number from 7 to 12."),
        ("sections:\n  - {kind: summary, text: missing}\n", "layout.yaml:2: The text block \"missing\" does not exist in the template folder."),
        ("sections:\n  - {kind: text}\n", "layout.yaml:2: A text section needs text: FILE.mustache."),
        ("sections:\n  - {kind: nomogram, height_mm: 400}\n", "layout.yaml:2: height_mm must be a number from 30 to 250."),
        ("sections: [summary\n", "layout.yaml:2: The layout is not valid YAML: did not find expected ',' or ']'."),
        ("colors: {accent: blue}\nsections: [summary]\n", "layout.yaml:1: colors.accent must be a colour like \"#1F3B5E\"."),
        ("records:\n  status: signed\nsections: [summary]\n", "layout.yaml:2: records.status must be preliminary or final."),
        ("records:\n  issuer: x\nsections: [summary]\n", "layout.yaml:2: Unknown records setting \"issuer\"; expected patient_id_issuer or status."),
        ("records: final\nsections: [summary]\n", "layout.yaml:1: records must be a mapping with patient_id_issuer and status."),
        // YAML 1.2 core booleans, as in model files: `no`, `off` and a quoted "false" are not false.
        ("barcode: no\nsections: [summary]\n", "layout.yaml:1: barcode must be true or false."),
        ("barcode: off\nsections: [summary]\n", "layout.yaml:1: barcode must be true or false."),
        ("barcode: \"false\"\nsections: [summary]\n", "layout.yaml:1: barcode must be true or false."),
        ("sections:\n  - {kind: summary, page_break_before: yes}\n", "layout.yaml:2: page_break_before must be true or false."),
    ]

    @Test func coreBooleansAreRead() throws {
        for (text, value) in [("false", false), ("False", false), ("TRUE", true)] {
            let t = try ReportTemplate.parseLayout("barcode: \(text)\nsections: [summary]\n", file: "layout.yaml", library: MustacheLibrary())
            #expect(t.barcode == value, "barcode: \(text)")
        }
        let institution = try ReportTemplate.parseLayout("institution: no\nsections: [summary]\n", file: "layout.yaml", library: MustacheLibrary())
        #expect(institution.institution == "no")
    }

    @Test func recordsSettingsAreRead() throws {
        let t = try ReportTemplate.parseLayout("records:\n  patient_id_issuer: urn:oid:1.2.3\n  status: final\nsections: [summary]\n",
                                               file: "layout.yaml", library: MustacheLibrary())
        #expect(t.records.patientIdIssuer == "urn:oid:1.2.3" && t.records.status == .final)
        let plain = try ReportTemplate.parseLayout("sections: [summary]\n", file: "layout.yaml", library: MustacheLibrary())
        #expect(plain.records.patientIdIssuer == nil && plain.records.status == .preliminary)
    }

    @Test(arguments: ReportTemplateTests.layoutErrors)
    func brokenLayoutsNameFileAndLine(_ yaml: String, _ message: String) {
        do {
            _ = try ReportTemplate.parseLayout(yaml, file: "layout.yaml", library: MustacheLibrary())
            Issue.record("expected an error for: \(yaml)")
        } catch {
            #expect("\(error)" == message)
        }
    }

    /// A template folder with a one-section layout whose `summary` block is `summary`.
    private func templateFolder(summary: String) throws -> URL {
        let dir = try makeTemporaryDirectory("template")
        try "sections: [summary]\n".write(to: dir.appendingPathComponent("layout.yaml"), atomically: true, encoding: .utf8)
        try summary.write(to: dir.appendingPathComponent("summary.mustache"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func brokenMustacheBlockNamesFileAndLine() throws {
        let dir = try templateFolder(summary: "line one\n{{#lesions}}\nno end\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try ReportTemplate.load(from: dir)
            Issue.record("expected a Mustache error")
        } catch let error as TemplateError {
            #expect(error.file.hasSuffix("summary.mustache"))
            #expect(error.line != nil)
            #expect(error.message.hasPrefix("Mustache syntax error"))
        }
    }

    /// A syntax error on a block's first line is reported with the line as its author wrote it
    /// (without the content-type pragma the loader puts in front).
    @Test func errorOnTheFirstLineQuotesTheAuthorsText() throws {
        let dir = try templateFolder(summary: "{{#lesions}} closed by the wrong name {{/model}}\nsecond line\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = #expect(throws: TemplateError.self) { _ = try ReportTemplate.load(from: dir) }
        #expect(error?.line == 1)
        #expect(error?.message.hasSuffix("in: {{#lesions}} closed by the wrong name {{/model}}") == true, "\(error?.message ?? "")")
    }

    /// Values are escaped for Pango markup exactly as Mustache's HTML type escapes them, and
    /// values without special characters come back unchanged.
    @Test func valuesAreEscapedForPangoMarkup() {
        let type = PangoMarkupContentType()
        #expect(type.escapeText("19.96 mSv") == "19.96 mSv")
        #expect(type.escapeText("Zoë <b>&</b> \"O'Brien\"") == "Zoë &lt;b&gt;&amp;&lt;/b&gt; &quot;O&#39;Brien&quot;")
        #expect(type.escapeText("") == "")
    }
}
