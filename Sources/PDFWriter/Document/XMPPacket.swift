import Formatting

/// The XMP metadata packet of a PDF (ISO 16684-1, as PDF/A's 6.6.2 asks): the document
/// information in the Dublin Core, XMP basic and Adobe PDF schemas, and the conformance claim.
///
/// Every value written here is also in the document information dictionary, in the same words
/// and at the same instant, so a reader that looks at one sees what the other says (ISO 32000-1,
/// 14.3.3). The packet is UTF-8 without `bytes` or `encoding` attributes (6.6.2.1). A PDF/UA
/// claim adds the extension schema that describes `pdfuaid`, which PDF/A-2 does not predefine
/// (6.6.2.3).
struct XMPPacket {
    var title: String
    var author: String
    var subject: String
    var keywords: String
    var creatorTool: String
    var producer: String
    /// The creation and modification instant, ISO 8601 (`XMPPacket.date(fromPDFDate:)`).
    var date: String?
    /// The document's language (BCP 47), also `/Lang` of the catalog.
    var language: String
    var conformance: PDFConformance

    /// The packet as UTF-8.
    var bytes: [UInt8] {
        var xml = "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        xml += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        xml += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        xml += " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
        xml += " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
        if conformance.universalAccessibilityPart != nil { xml += " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"" }
        xml += ">\n<dc:format>application/pdf</dc:format>\n"
        func alternative(_ name: String, _ value: String) {
            guard !value.isEmpty else { return }
            xml += "<\(name)><rdf:Alt><rdf:li xml:lang=\"x-default\">\(XMLText.escaped(value))</rdf:li></rdf:Alt></\(name)>\n"
        }
        func simple(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            xml += "<\(name)>\(XMLText.escaped(value))</\(name)>\n"
        }
        alternative("dc:title", title)
        if !author.isEmpty { xml += "<dc:creator><rdf:Seq><rdf:li>\(XMLText.escaped(author))</rdf:li></rdf:Seq></dc:creator>\n" }
        alternative("dc:description", subject)
        if !language.isEmpty { xml += "<dc:language><rdf:Bag><rdf:li>\(XMLText.escaped(language))</rdf:li></rdf:Bag></dc:language>\n" }
        simple("pdf:Keywords", keywords)
        simple("pdf:Producer", producer)
        simple("xmp:CreatorTool", creatorTool)
        simple("xmp:CreateDate", date)
        simple("xmp:ModifyDate", date)
        simple("xmp:MetadataDate", date)
        simple("pdfaid:part", String(conformance.part))
        simple("pdfaid:conformance", conformance.level)
        simple("pdfuaid:part", conformance.universalAccessibilityPart.map(String.init))
        xml += "</rdf:Description>\n"
        if conformance.universalAccessibilityPart != nil { xml += Self.universalAccessibilitySchema }
        xml += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>"
        return Array(xml.utf8)
    }

    /// The PDF/A extension schema (6.6.2.3.3) describing the PDF/UA identification schema.
    private static let universalAccessibilitySchema = """
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>

        """

    /// A PDF date ("D:20240301100000Z", "D:202403011000+01'00'", "D:20240301") as the ISO 8601
    /// form XMP writes for the same instant ("2024-03-01T10:00:00Z", "2024-03-01T10:00+01:00",
    /// "2024-03-01").
    /// - Returns: `nil` for a string that is not such a date.
    static func date(fromPDFDate pdfDate: String) -> String? {
        guard pdfDate.hasPrefix("D:") else { return nil }
        let body = Array(pdfDate.dropFirst(2))
        var digits = 0
        while digits < body.count, body[digits].isASCII, body[digits].isNumber { digits += 1 }
        guard [8, 12, 14].contains(digits) else { return nil }
        let d = String(body[..<digits])
        func part(_ from: Int, _ length: Int) -> Substring {
            d.dropFirst(from).prefix(length)
        }
        var out = "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))"
        if digits >= 12 { out += "T\(part(8, 2)):\(part(10, 2))" }
        if digits == 14 { out += ":\(part(12, 2))" }
        let zone = String(body[digits...])
        if zone == "Z" {
            out += "Z"
        } else if zone.count == 7, let sign = zone.first, sign == "+" || sign == "-" {
            // "+01'00'" → "+01:00"
            let z = Array(zone)
            out += "\(sign)\(z[1])\(z[2]):\(z[4])\(z[5])"
        } else if !zone.isEmpty {
            return nil
        }
        return out
    }
}
