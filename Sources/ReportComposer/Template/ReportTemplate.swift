import Canvas
import ClinicalModel
import Formatting
import Foundation
import Mustache
import PageLayout
import Yams

/// A report template: a folder with `layout.yaml` (page, fonts, colours, ordered sections) and
/// Mustache text blocks that produce Pango markup.
///
/// Users copy a bundled template, change institution, wording, section order or drop sections,
/// and pass the folder to `--template` without touching Swift.
public struct ReportTemplate: Sendable {
    /// The built-in content a section can show.
    public enum SectionKind: String, Sendable, CaseIterable {
        case clinical, summary, warnings, applicability, response, responseChart = "response_chart", nomogram, inputs, violins, roc, dose, doseTotal = "dose_total", mrecist, model, disclaimer, text
    }

    /// One section of the report, in layout order.
    public struct Section: Sendable {
        public var kind: SectionKind
        /// Heading shown above the section (nil = the kind's default; "" = no heading).
        public var title: String?
        /// Name of the Mustache block rendered at the start of the section, if any.
        public var textTemplate: String?
        /// Height of the section's figure in millimetres (figure sections only).
        public var heightMillimetres: Double?
        public var pageBreakBefore: Bool
        /// The least height in millimetres a figure may shrink to so that it stays on its page.
        public var minimumHeightMillimetres: Double?
        /// Whether the whole section goes into the closing block of reference material.
        public var closing = false
        /// Whether the section (heading and content kept together) may move to the top of the next
        /// page when it does not fit, letting the sections after it fill the page first.
        public var float = false
        /// Name of a Mustache block of explanations that are the same for every patient: printed
        /// in the closing block when the template has one, otherwise at the end of the section.
        public var notesTemplate: String?
    }

    public var name: String
    /// The folder the template was read from (nil for a template built in code).
    public var directory: URL?
    public var title: String
    public var institution: String
    public var paper: Paper
    public var style: ReportStyle
    public var barcode: Bool
    public var sections: [Section]
    /// Heading of the closing block that gathers the reference material (sections marked
    /// `closing` and every section's notes).
    public var closingTitle = "About the model and references"
    /// How many columns the closing block is set in (1–4).
    public var closingColumns = 3
    let library: MustacheLibrary
    /// What the printed reports and the chart documents (DICOM, FHIR) say about every report made
    /// with this template.
    public var records = Records()

    /// The `records` settings of a layout.
    public struct Records: Sendable {
        /// Who assigns the patient IDs, as a URI (DICOM Issuer of Patient ID, FHIR identifier system).
        public var patientIdIssuer: String?
        /// Whether reports are final (signed off) or preliminary (the default); `--final` overrides it.
        public var status = DocumentStatus.preliminary
    }

    /// Page size names accepted in layouts and on the command line.
    public enum Paper: String, Sendable, CaseIterable {
        case a4, letter
        public var size: Size { self == .a4 ? .a4 : .letter }
    }

    /// Renders the Mustache block `name` with `context` into Pango markup.
    /// - Returns: the markup, or `nil` when the template has no block of that name.
    public func renderText(_ name: String, context: [String: Any]) -> String? {
        library.render(context, withTemplate: name)
    }

    /// Whether any section goes into the closing block, so that notes gather there too.
    public var hasClosingBlock: Bool { sections.contains(where: \.closing) }

    /// Whether the template defines the Mustache block `name`.
    public func hasText(_ name: String) -> Bool { library.getTemplate(named: name) != nil }
}

extension ReportTemplate {
    /// Loads a template folder.
    /// - Parameter directory: a folder holding `layout.yaml` and `*.mustache` files.
    /// - Returns: the parsed template.
    /// - Throws: `TemplateError` naming the file and line of the first problem.
    public static func load(from directory: URL) throws -> ReportTemplate {
        let layoutURL = directory.appendingPathComponent("layout.yaml")
        let layoutName = layoutURL.path
        guard let data = FileManager.default.contents(atPath: layoutURL.path) else {
            throw TemplateError(file: layoutName, message: "The template has no readable layout.yaml.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: layoutName, message: "The layout file is not UTF-8 text.")
        }
        _ = PangoMarkupContentType.registered
        var library = MustacheLibrary()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let path = directory.appendingPathComponent(file).path
            guard let body = FileManager.default.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw TemplateError(file: path, message: "The text block is not readable UTF-8 text.")
            }
            do {
                try library.register(PangoMarkupContentType.pragma + body, named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: path, line: error.context.lineNumber,
                                    message: "Mustache syntax error (\(error.error)) in: \(Self.withoutPragma(error.context.line).trimmingCharacters(in: .whitespaces))")
            } catch {
                throw TemplateError(file: path, message: "Mustache syntax error: \(error).")
            }
        }
        var template = try parseLayout(text, file: layoutName, library: library)
        template.directory = directory
        return template
    }

    /// `line` of a text block as its author wrote it: without the content-type pragma that
    /// `load(from:)` puts in front of the first line.
    static func withoutPragma(_ line: String) -> String {
        line.hasPrefix(PangoMarkupContentType.pragma) ? String(line.dropFirst(PangoMarkupContentType.pragma.count)) : line
    }

    /// A plain scalar's boolean by the YAML 1.2 core schema (`YAMLCoreScalar`), so that `no` is not
    /// false here either.
    static func coreBoolean(_ node: Node) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain else { return nil }
        return YAMLCoreScalar.boolean(scalar.string)
    }

    /// Parses the text of a `layout.yaml`.
    /// - Throws: `TemplateError` with the line of the offending key.
    static func parseLayout(_ text: String, file: String, library: MustacheLibrary) throws -> ReportTemplate {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw TemplateError(file: file, message: "The layout file is empty.")
            }
            root = node
        } catch let error as YamlError {
            throw TemplateError(file: file, line: yamlLine(error), message: "The layout is not valid YAML: \(yamlProblem(error)).")
        }
        guard let map = root.mapping else {
            throw TemplateError(file: file, line: line(root), message: "The layout must be a mapping of settings (name, title, sections, …).")
        }
        let known: Set<String> = ["name", "title", "institution", "paper", "margins_mm", "font_sizes", "colors", "barcode", "sections", "records",
                                  "closing_title", "closing_columns"]
        for key in map.keys {
            guard let k = key.string, known.contains(k) else {
                throw TemplateError(file: file, line: line(key), message: "Unknown setting \"\(key.string ?? "?")\"; expected one of \(known.sorted().joined(separator: ", ")).")
            }
        }
        func string(_ key: String, default value: String) throws -> String {
            guard let n = map[key] else { return value }
            guard let s = n.string, n.scalar != nil else {
                throw TemplateError(file: file, line: line(n), message: "\(key) must be text.")
            }
            return s
        }
        func number(_ parent: Node.Mapping?, _ key: String, _ path: String, default value: Double, range: ClosedRange<Double>) throws -> Double {
            guard let n = parent?[key] else { return value }
            guard let v = n.float ?? n.int.map(Double.init), range.contains(v) else {
                throw TemplateError(file: file, line: line(n), message: "\(path) must be a number from \(ReportNumber.limit(range.lowerBound)) to \(ReportNumber.limit(range.upperBound)).")
            }
            return v
        }
        let name = try string("name", default: "custom")
        let title = try string("title", default: "Tumour board report")
        let institution = try string("institution", default: "")
        let paperText = try string("paper", default: "a4")
        guard let paper = Paper(rawValue: paperText.lowercased()) else {
            throw TemplateError(file: file, line: map["paper"].flatMap(line), message: "paper must be a4 or letter, not \"\(paperText)\".")
        }
        let margins = map["margins_mm"]?.mapping
        let m = (top: try number(margins, "top", "margins_mm.top", default: 16, range: 15...40),
                 bottom: try number(margins, "bottom", "margins_mm.bottom", default: 15, range: 15...40),
                 left: try number(margins, "left", "margins_mm.left", default: 18, range: 15...40),
                 right: try number(margins, "right", "margins_mm.right", default: 18, range: 15...40))
        let sizes = map["font_sizes"]?.mapping
        let body = try number(sizes, "body", "font_sizes.body", default: 9, range: 7...14)
        let small = try number(sizes, "small", "font_sizes.small", default: 7.5, range: 7...12)
        let titleSize = try number(sizes, "title", "font_sizes.title", default: 13, range: 8...24)
        let section = try number(sizes, "section", "font_sizes.section", default: 11.5, range: 8...20)
        let colors = map["colors"]?.mapping
        func color(_ key: String, _ fallback: Color) throws -> Color {
            guard let n = colors?[key] else { return fallback }
            guard let s = n.string, let c = Color(hex: s) else {
                throw TemplateError(file: file, line: line(n), message: "colors.\(key) must be a colour like \"#1F3B5E\".")
            }
            return c
        }
        let defaults = ReportStyle()
        let style = ReportStyle(pageSize: paper.size, marginsMillimetres: m, bodySize: body, smallSize: small,
                                titleSize: titleSize, sectionSize: section,
                                accent: try color("accent", defaults.accent), warning: try color("warning", defaults.warning),
                                rule: defaults.rule, shade: defaults.shade)
        var barcode = true
        if let n = map["barcode"] {
            guard let b = coreBoolean(n) else { throw TemplateError(file: file, line: line(n), message: "barcode must be true or false.") }
            barcode = b
        }
        guard let sectionNodes = map["sections"]?.sequence, !sectionNodes.isEmpty else {
            throw TemplateError(file: file, line: map["sections"].flatMap(line) ?? line(root),
                                message: "The layout needs a non-empty list of sections.")
        }
        var sections: [Section] = []
        for node in sectionNodes {
            sections.append(try parseSection(node, file: file, library: library))
        }
        var template = ReportTemplate(name: name, directory: nil, title: title, institution: institution, paper: paper, style: style,
                                      barcode: barcode, sections: sections, library: library)
        template.records = try parseRecords(map["records"], file: file)
        template.closingTitle = try string("closing_title", default: template.closingTitle)
        if let n = map["closing_columns"] {
            guard let v = n.int, (1...4).contains(v) else {
                throw TemplateError(file: file, line: line(n), message: "closing_columns must be a whole number from 1 to 4.")
            }
            template.closingColumns = v
        }
        return template
    }

    /// `records: {patient_id_issuer: URI, status: preliminary | final}`, both optional.
    static func parseRecords(_ node: Node?, file: String) throws -> Records {
        guard let node else { return Records() }
        guard let map = node.mapping else {
            throw TemplateError(file: file, line: line(node), message: "records must be a mapping with patient_id_issuer and status.")
        }
        var records = Records()
        for (key, value) in map {
            switch key.string {
            case "patient_id_issuer":
                guard let text = value.string, value.scalar != nil, !text.isEmpty else {
                    throw TemplateError(file: file, line: line(value), message: "records.patient_id_issuer must be a URI such as urn:oid:2.16.840.1.113883.2.4.6.3.")
                }
                records.patientIdIssuer = text
            case "status":
                guard let text = value.string, let status = DocumentStatus(rawValue: text) else {
                    throw TemplateError(file: file, line: line(value), message: "records.status must be preliminary or final.")
                }
                records.status = status
            default:
                throw TemplateError(file: file, line: line(key), message: "Unknown records setting \"\(key.string ?? "?")\"; expected patient_id_issuer or status.")
            }
        }
        return records
    }

    static func parseSection(_ node: Node, file: String, library: MustacheLibrary) throws -> Section {
        let kinds = SectionKind.allCases.map(\.rawValue).joined(separator: ", ")
        if let s = node.string, node.scalar != nil {
            guard let kind = SectionKind(rawValue: s) else {
                throw TemplateError(file: file, line: line(node), message: "Unknown section \"\(s)\"; expected one of \(kinds).")
            }
            return Section(kind: kind, title: nil, textTemplate: nil, heightMillimetres: nil, pageBreakBefore: false)
        }
        guard let map = node.mapping else {
            throw TemplateError(file: file, line: line(node), message: "A section is a name or a mapping with kind, title, text, notes, height_mm, min_height_mm, page_break_before, closing, float.")
        }
        let known: Set<String> = ["kind", "title", "text", "notes", "height_mm", "min_height_mm", "page_break_before", "closing", "float"]
        for key in map.keys where !known.contains(key.string ?? "") {
            throw TemplateError(file: file, line: line(key), message: "Unknown section setting \"\(key.string ?? "?")\"; expected one of \(known.sorted().joined(separator: ", ")).")
        }
        guard let kindNode = map["kind"], let kindText = kindNode.string, let kind = SectionKind(rawValue: kindText) else {
            throw TemplateError(file: file, line: map["kind"].flatMap(line) ?? line(node),
                                message: "Every section needs a kind, one of \(kinds).")
        }
        func textBlock(_ key: String) throws -> String? {
            guard let t = map[key] else { return nil }
            guard let s = t.string else { throw TemplateError(file: file, line: line(t), message: "\(key) must name a .mustache file.") }
            let name = s.hasSuffix(".mustache") ? String(s.dropLast(".mustache".count)) : s
            guard library.getTemplate(named: name) != nil else {
                throw TemplateError(file: file, line: line(t), message: "The text block \"\(s)\" does not exist in the template folder.")
            }
            return name
        }
        let text = try textBlock("text")
        let notes = try textBlock("notes")
        if kind == .text && text == nil {
            throw TemplateError(file: file, line: line(node), message: "A text section needs text: FILE.mustache.")
        }
        func heightSetting(_ key: String) throws -> Double? {
            guard let h = map[key] else { return nil }
            guard let v = h.float ?? h.int.map(Double.init), (30...250).contains(v) else {
                throw TemplateError(file: file, line: line(h), message: "\(key) must be a number from 30 to 250.")
            }
            return v
        }
        let height = try heightSetting("height_mm")
        let minimumHeight = try heightSetting("min_height_mm")
        var pageBreak = false
        if let b = map["page_break_before"] {
            guard let v = coreBoolean(b) else { throw TemplateError(file: file, line: line(b), message: "page_break_before must be true or false.") }
            pageBreak = v
        }
        func flag(_ key: String) throws -> Bool {
            guard let b = map[key] else { return false }
            guard let v = coreBoolean(b) else { throw TemplateError(file: file, line: line(b), message: "\(key) must be true or false.") }
            return v
        }
        return Section(kind: kind, title: map["title"]?.string, textTemplate: text, heightMillimetres: height, pageBreakBefore: pageBreak,
                       minimumHeightMillimetres: minimumHeight, closing: try flag("closing"), float: try flag("float"), notesTemplate: notes)
    }

    static func line(_ node: Node) -> Int? { node.mark.map { $0.line } }

    static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)"
        }
    }
}
