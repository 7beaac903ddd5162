import Yams

/// Parses YAML with Yams' node API (libyaml) into `SourceNode`s that keep each node's line.
///
/// Tag resolution is switched off (`Resolver.basic`): scalars stay text and the decoder interprets
/// them, which keeps YAML and JSON identical and avoids YAML 1.1 surprises. Aliases are counted
/// (an alias is a second visit of an anchored node) and the expanded node count is bounded, so an
/// expansion bomb stops early; `SourceText.checkYAMLExpansion` has already refused files with more
/// alias tokens than allowed, before composing. A value reached through an alias reports the line
/// of its anchor. Several `---` documents are returned in order. O(n) in the expanded node count.
struct YAMLSourceParser {
    let limits: CaseReaderLimits

    /// - Parameter source: Validated text.
    /// - Returns: One root node per YAML document.
    /// - Throws: `SyntaxError` with line, column and a plain sentence.
    func parseDocuments(_ source: SourceText) throws(SyntaxError) -> [SourceNode] {
        try source.checkYAMLExpansion(limits: limits)
        var roots: [SourceNode] = []
        do {
            // An explicit encoding: the default one reads the whole process environment on every
            // parser (YAMS_DEFAULT_ENCODING), about a tenth of the time of reading a case file.
            let parser = try Parser(yaml: source.text, resolver: .basic, encoding: .utf8)
            var walker = Walker(limits: limits)
            while let root = try parser.nextRoot() {
                roots.append(try walker.convert(root, depth: 1, path: ""))
            }
        } catch let error as SyntaxError {
            throw error
        } catch let error as YamlError {
            throw Self.translate(error, text: source.text)
        } catch {
            throw SyntaxError(kind: .syntax, line: nil, message: "the file is not valid YAML: \(error)")
        }
        return roots
    }

    /// Converts Yams nodes while counting nodes, depth and alias uses.
    private struct Walker {
        let limits: CaseReaderLimits
        var nodeCount = 0
        var aliasUses = 0
        var seenAnchors = Set<ObjectIdentifier>()

        mutating func convert(_ node: Node, depth: Int, path: String) throws(SyntaxError) -> SourceNode {
            let line = node.mark?.line ?? 0
            nodeCount += 1
            if nodeCount > limits.maxNodes {
                throw SyntaxError(kind: .limitExceeded, line: line,
                                  message: "the file expands to more than \(limits.maxNodes) values (through YAML aliases or sheer size); a case file holds a few hundred")
            }
            if depth > limits.maxDepth {
                throw SyntaxError(kind: .limitExceeded, line: line, keyPath: path,
                                  message: "the file is nested more than \(limits.maxDepth) levels deep; a case file needs far fewer")
            }
            if let anchor = node.anchor, !seenAnchors.insert(ObjectIdentifier(anchor)).inserted {
                aliasUses += 1
                if aliasUses > limits.maxAliases {
                    throw SyntaxError(kind: .limitExceeded, line: line,
                                      message: "the file uses more than \(limits.maxAliases) YAML aliases (*name); write the values out instead of referring to anchors")
                }
            }
            switch node {
            case .scalar(let scalar):
                return SourceNode(content: .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any), line: line)
            case .sequence(let sequence):
                var elements: [SourceNode] = []
                elements.reserveCapacity(sequence.count)
                for (index, element) in sequence.enumerated() {
                    elements.append(try convert(element, depth: depth + 1, path: "\(path)[\(index)]"))
                }
                return SourceNode(content: .sequence(elements), line: line)
            case .mapping(let mapping):
                var entries: [SourceEntry] = []
                entries.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        throw SyntaxError(kind: .wrongType, line: key.mark?.line ?? line, keyPath: path,
                                          message: "a key must be a simple name, not a list or a group of keys")
                    }
                    let keyPath = path.isEmpty ? keyScalar.string : path + "." + keyScalar.string
                    entries.append(SourceEntry(key: keyScalar.string, keyLine: key.mark?.line ?? line,
                                               value: try convert(value, depth: depth + 1, path: keyPath)))
                }
                return SourceNode(content: .mapping(entries), line: line)
            case .alias:
                throw SyntaxError(kind: .syntax, line: line, message: "the file uses a YAML alias that could not be resolved")
            }
        }
    }

    /// Turns a libyaml/Yams error into a sentence with line and column.
    static func translate(_ error: YamlError, text: String) -> SyntaxError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if problem.contains("Maximum nesting level") {
                return SyntaxError(kind: .limitExceeded, line: mark.line,
                                   message: "the file is nested too deeply; a case file needs far fewer levels")
            }
            return SyntaxError(kind: .syntax, line: mark.line,
                               message: "the file is not valid YAML: \(plainSentence(problem)) (line \(mark.line), column \(mark.column))")
        case .reader(let problem, _, _, _):
            return SyntaxError(kind: .invalidEncoding, line: nil, message: "the file cannot be read as text: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? "?"
            let first = context.mark.line
            if let second = DuplicateKeyLocator.secondLine(of: key, firstLine: first, column: context.mark.column, in: text) {
                return SyntaxError(kind: .duplicateKey, line: second,
                                   message: "the key \"\(key)\" appears twice in the same group (lines \(first) and \(second)); keep one")
            }
            return SyntaxError(kind: .duplicateKey, line: first,
                               message: "the key \"\(key)\" appears twice in the same group (first on line \(first)); keep one")
        default:
            return SyntaxError(kind: .syntax, line: nil, message: "the file is not valid YAML: \(error)")
        }
    }

    /// libyaml's wording → a sentence a clinician can act on; unknown wordings are passed through.
    static func plainSentence(_ problem: String) -> String {
        let table: [(String, String)] = [
            ("mapping values are not allowed", "a ':' appears where it is not allowed; check the indentation, or put text that contains ': ' in quotes"),
            ("found character that cannot start any token", "this character cannot start a value here (tabs cannot indent; text starting with @ or ` must be in quotes)"),
            ("found a tab character", "a tab is used for indentation; indent with spaces"),
            ("did not find expected key", "the indentation does not line up with the keys above"),
            ("could not find expected ':'", "a key is not followed by ':'"),
            ("did not find expected ',' or ']'", "a list in [ ] is not closed or lacks a comma"),
            ("did not find expected ',' or '}'", "a group in { } is not closed or lacks a comma"),
            ("found unexpected end of stream", "the file ends inside quotes or brackets"),
            ("found undefined alias", "an alias (*name) refers to an anchor (&name) that is not defined before it"),
            ("block sequence entries are not allowed", "a list item '-' is not allowed here; check the indentation"),
            ("did not find expected node content", "a value is missing or malformed"),
            ("found unknown escape character", "a backslash escape inside double quotes is not valid; use single quotes or write \\\\"),
            ("did not find expected '-' indicator", "the list items '-' do not line up"),
            ("did not find expected <document start>", "the text after the first document does not belong to a YAML document"),
            ("found unexpected ':'", "a ':' appears where it is not allowed"),
            ("found invalid Unicode character escape code", "a \\u escape inside double quotes is not a valid character"),
        ]
        return table.first { problem.contains($0.0) }?.1 ?? "the parser reports \"\(problem)\""
    }
}
