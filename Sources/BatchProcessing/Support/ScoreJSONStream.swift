import ClinicalModel
import Formatting
import Foundation
import Scoring

/// The `score --format json` document written to standard output case by case, so memory does
/// not grow with the batch.
///
/// The text is the one `JSONOutput.print(ScoreOutput.Document(…))` writes for the whole batch at
/// once — pretty-printed, keys sorted (`cases`, `errors`, `model`), slashes unescaped, a final
/// newline — built from each case encoded on its own and indented to its depth.
public struct ScoreJSONStream {
    private let encoder: JSONEncoder
    private var written = 0

    /// Starts the document (`{ "cases" : [`).
    public init() {
        encoder = JSONDocument.encoder()
        Self.write("{\n  \"cases\" : [")
    }

    /// Writes the cases of `scores` (encoded together: one encoder pass per batch of cases).
    /// - Throws: `EncodingError` when a case cannot be encoded (e.g. a non-finite number).
    public mutating func append(_ scores: [CaseScore]) throws {
        guard !scores.isEmpty else { return }
        // "[\n  {…},\n  {…}\n]" indented by 2 → "[\n    {…},\n    {…}\n  ]"; keep what is between the brackets.
        let array = Array(Self.indented(try encoder.encode(scores.map(ScoreOutput.Case.init)), by: 2).utf8)
        let elements = array.dropFirst(2).dropLast(4)
        Self.write((written == 0 ? "\n" : ",\n") + String(decoding: elements, as: UTF8.self))
        written += scores.count
    }

    /// Closes the case list and writes the errors and the model.
    /// - Parameters:
    ///   - errors: the files that could not be read or scored.
    ///   - model: the model every case was scored with.
    /// - Throws: `EncodingError`.
    public func finish(errors: [ScoreOutput.CaseError], model: NomogramModel) throws {
        var tail = written == 0 ? "\n\n  ],\n" : "\n  ],\n"
        tail += "  \"errors\" : " + Self.indented(try encoder.encode(errors), by: 2) + ",\n"
        tail += "  \"model\" : " + Self.indented(try encoder.encode(ScoreOutput.ModelInfo(model)), by: 2) + "\n}\n"
        Self.write(tail)
    }

    /// `json` with every line but the first indented by `spaces`; empty lines stay empty, as the
    /// encoder writes them inside empty arrays. (Encoded strings never contain a raw line break.)
    /// O(n) in the bytes of `json`.
    static func indented(_ json: Data, by spaces: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 8)
        var previousWasNewline = false
        for byte in json {
            if previousWasNewline && byte != UInt8(ascii: "\n") {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
            }
            out.append(byte)
            previousWasNewline = byte == UInt8(ascii: "\n")
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
