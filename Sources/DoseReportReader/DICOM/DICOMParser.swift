/// Reads a DICOM Part 10 file (PS3.10): the 128-byte preamble, `DICM`, the file meta information
/// (explicit VR little endian) and the data set in explicit or implicit VR little endian, with
/// sequences and items of defined and undefined length (PS3.5 §7.1, §7.5).
///
/// Written for the dose report's content tree only: text values of the tags it asks for are kept,
/// sequences in `DICOMTag.readSequences` are descended into, everything else is skipped by its
/// length. Every length is checked against the bytes that remain, nesting and element counts are
/// bounded, so a truncated or hostile file ends in a `DICOMParseError`, never a crash or a hang.
/// Big endian and deflated transfer syntaxes are refused. Each fixture is also read with DCMTK's
/// `dsrdump` in the tests.
struct DICOMParser {
    struct Limits {
        var maxDepth = 24
        var maxElements = 500_000
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var position = 0
    private var elementCount = 0
    private var explicitVR = true
    /// Tags whose text values are kept.
    private let wanted: Set<DICOMTag>

    init(bytes: [UInt8], wanted: Set<DICOMTag>, limits: Limits = Limits()) {
        self.bytes = bytes
        self.wanted = wanted
        self.limits = limits
    }

    /// Parses the file.
    /// - Returns: The data set (file meta elements included).
    /// - Throws: `DICOMParseError` with a sentence.
    mutating func parse() throws(DICOMParseError) -> DICOMDataset {
        guard bytes.count >= 132, bytes[128..<132].elementsEqual("DICM".utf8) else {
            throw DICOMParseError("it is not a DICOM file (no \"DICM\" after the 128-byte preamble)")
        }
        position = 132
        var dataset = DICOMDataset()
        // File meta information: group 0002, always explicit VR little endian.
        explicitVR = true
        while position + 4 <= bytes.count, readUInt16(at: position) == 0x0002 {
            try readElement(into: &dataset, depth: 0)
        }
        let syntax = dataset.string(.transferSyntaxUID) ?? ""
        switch syntax {
        case "1.2.840.10008.1.2": explicitVR = false
        case "1.2.840.10008.1.2.1": explicitVR = true
        case "":
            throw DICOMParseError("the file meta information has no transfer syntax (0002,0010)")
        case "1.2.840.10008.1.2.2":
            throw DICOMParseError("it is encoded big endian (transfer syntax \(syntax)), which is retired; export it as explicit VR little endian")
        case "1.2.840.10008.1.2.1.99":
            throw DICOMParseError("it is deflated (transfer syntax \(syntax)); export it as explicit VR little endian")
        default:
            // Image compression syntaxes encode the data set as explicit VR little endian.
            explicitVR = true
        }
        while position < bytes.count {
            try readElement(into: &dataset, depth: 0)
        }
        return dataset
    }

    private func readUInt16(at offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func readUInt32(at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    private func need(_ count: Int, _ what: String) throws(DICOMParseError) {
        if count > bytes.count - position {
            throw DICOMParseError("it ends inside \(what) at byte \(position) (the file is truncated or damaged)")
        }
    }

    /// Reads the element at `position` into `dataset`.
    private mutating func readElement(into dataset: inout DICOMDataset, depth: Int) throws(DICOMParseError) {
        elementCount += 1
        if elementCount > limits.maxElements {
            throw DICOMParseError("it has more than \(limits.maxElements) elements, far more than a dose report holds")
        }
        try need(8, "an element header")
        let tag = DICOMTag(readUInt16(at: position), readUInt16(at: position + 2))
        position += 4
        var vr = ""
        let length: UInt32
        if explicitVR && tag.group != 0xFFFE {
            vr = String(decoding: bytes[position..<position + 2], as: UTF8.self)
            position += 2
            if ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"].contains(vr) {
                try need(6, "an element header")
                position += 2
                length = readUInt32(at: position)
                position += 4
            } else {
                length = UInt32(readUInt16(at: position))
                position += 2
            }
        } else {
            length = readUInt32(at: position)
            position += 4
            if DICOMTag.readSequences.contains(tag) { vr = "SQ" }
        }
        let isSequence = vr == "SQ" || (length == 0xFFFF_FFFF && vr != "OB" && vr != "OW" && vr != "UN") || (vr == "UN" && length == 0xFFFF_FFFF)
        if isSequence {
            let items = try readSequence(length: length, depth: depth + 1)
            if DICOMTag.readSequences.contains(tag) { dataset.sequences[tag] = items }
            return
        }
        if length == 0xFFFF_FFFF {
            throw DICOMParseError("the element \(tag) has an undefined length but is not a sequence (encapsulated pixel data does not belong in a dose report)")
        }
        let count = Int(length)
        try need(count, "the value of \(tag)")
        if wanted.contains(tag) {
            dataset.strings[tag] = Self.text(bytes[position..<position + count])
        }
        position += count
    }

    /// Items of a sequence of defined or undefined length.
    private mutating func readSequence(length: UInt32, depth: Int) throws(DICOMParseError) -> [DICOMDataset] {
        if depth > limits.maxDepth {
            throw DICOMParseError("its sequences are nested more than \(limits.maxDepth) levels deep, far more than a dose report needs")
        }
        let end: Int?
        if length == 0xFFFF_FFFF {
            end = nil
        } else {
            try need(Int(length), "a sequence")
            end = position + Int(length)
        }
        var items: [DICOMDataset] = []
        while end.map({ position < $0 }) ?? true {
            try need(8, "a sequence item")
            let tag = DICOMTag(readUInt16(at: position), readUInt16(at: position + 2))
            let itemLength = readUInt32(at: position + 4)
            position += 8
            if tag == .sequenceDelimitation {
                guard end == nil else { throw DICOMParseError("a sequence of defined length holds a sequence delimiter at byte \(position - 8)") }
                return items
            }
            guard tag == .item else {
                throw DICOMParseError("a sequence holds \(tag) at byte \(position - 8) where an item (FFFE,E000) belongs")
            }
            items.append(try readItem(length: itemLength, depth: depth))
        }
        if let end, position != end {
            throw DICOMParseError("a sequence's items run past its length (byte \(position), expected \(end))")
        }
        return items
    }

    /// One item's data set, of defined or undefined length.
    private mutating func readItem(length: UInt32, depth: Int) throws(DICOMParseError) -> DICOMDataset {
        var item = DICOMDataset()
        if length == 0xFFFF_FFFF {
            while true {
                try need(8, "a sequence item")
                if DICOMTag(readUInt16(at: position), readUInt16(at: position + 2)) == .itemDelimitation {
                    position += 8
                    return item
                }
                try readElement(into: &item, depth: depth)
            }
        }
        try need(Int(length), "a sequence item")
        let end = position + Int(length)
        while position < end {
            try readElement(into: &item, depth: depth)
        }
        if position != end {
            throw DICOMParseError("an item's elements run past its length (byte \(position), expected \(end))")
        }
        return item
    }

    /// A text value: bytes as UTF-8 (ISO-IR 100 bytes above 0x7F become U+FFFD), without trailing spaces and NULs.
    private static func text(_ slice: ArraySlice<UInt8>) -> String {
        var end = slice.endIndex
        while end > slice.startIndex, slice[end - 1] == 0x20 || slice[end - 1] == 0 { end -= 1 }
        var start = slice.startIndex
        while start < end, slice[start] == 0x20 { start += 1 }
        return String(decoding: slice[start..<end], as: UTF8.self)
    }
}

/// Why a file could not be read as DICOM: a sentence without the file name.
struct DICOMParseError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
