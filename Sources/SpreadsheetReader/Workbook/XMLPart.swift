import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams one XML part of a workbook through Foundation's `XMLParser` (libxml2) into a handler.
///
/// Parts of an .xlsx workbook never declare a document type, so a part that does (the way to
/// XML entity expansion, "billion laughs") is refused before it is parsed. Element and attribute
/// names are passed without a namespace prefix (`x:row` → `row`).
enum XMLPart {
    /// Receives the events of one part; throws (through `fail`) to stop the parse.
    class Handler: NSObject, XMLParserDelegate {
        /// The first error raised by the handler; the parse is aborted when it is set.
        var failure: SpreadsheetError?
        private weak var parser: XMLParser?

        func start(_ name: Substring, _ attributes: [String: String]) {}
        func end(_ name: Substring) {}
        func text(_ text: String) {}

        /// Stops the parse with `error`.
        final func fail(_ error: SpreadsheetError) {
            if failure == nil { failure = error }
            parser?.abortParsing()
        }

        final func attach(_ parser: XMLParser) { self.parser = parser }

        final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                          qualifiedName: String?, attributes: [String: String] = [:]) {
            guard failure == nil else { return }
            start(Self.localName(elementName), attributes)
        }

        final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard failure == nil else { return }
            end(Self.localName(elementName))
        }

        final func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil else { return }
            text(string)
        }

        static func localName(_ name: String) -> Substring {
            if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
            return name[...]
        }
    }

    /// Parses `data` as the part `path` of the workbook `source`.
    /// - Throws: `SpreadsheetError` for a document type declaration, malformed XML or the handler's own error.
    static func parse(_ data: Data, path: String, source: String, into handler: Handler) throws(SpreadsheetError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw SpreadsheetError(source: source, kind: .malformedPart,
                                   message: "the workbook's part \(path) declares a document type (<!DOCTYPE or <!ENTITY), which no spreadsheet program writes; it is refused to protect the reader (XML entity expansion)")
        }
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        handler.attach(parser)
        let ok = parser.parse()
        if let failure = handler.failure { throw failure }
        if !ok {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw SpreadsheetError(source: source, kind: .malformedPart,
                                   message: "the workbook's part \(path) is not well-formed XML (line \(parser.lineNumber): \(reason)); save the workbook again from the spreadsheet program")
        }
    }
}
