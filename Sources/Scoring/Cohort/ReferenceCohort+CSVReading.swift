import Formatting
import Foundation

extension ReferenceCohort {
    /// What to do with a lesion whose predictor or outcome cell is empty.
    public enum MissingValuePolicy: Sendable, Hashable {
        /// An empty required cell is an error naming the line and column (the default).
        case reject
        /// The lesion is left out and listed in `omissions`, so the report can say so.
        case omitLesion
    }

    /// Options for reading a cohort CSV.
    public struct CSVOptions: Sendable, Hashable {
        /// Empty required cells: an error (default) or the lesion left out.
        public var missingValues: MissingValuePolicy
        /// At most this many problems are listed in the error; the rest are counted.
        public var maximumReportedProblems: Int

        /// Creates options.
        /// - Parameters:
        ///   - missingValues: Policy for empty required cells.
        ///   - maximumReportedProblems: Cap on listed problems (at least 1).
        public init(missingValues: MissingValuePolicy = .reject, maximumReportedProblems: Int = 20) {
            self.missingValues = missingValues
            self.maximumReportedProblems = max(1, maximumReportedProblems)
        }
    }

    /// The header a cohort CSV must have (in any order; more columns are allowed).
    public static let requiredCSVColumns = ["lesion_id", "outcome"] + CohortLesion.predictorNames

    /// Reads a cohort CSV file.
    /// - Parameters:
    ///   - path: The file, as the user named it (used in messages and `provenance`).
    ///   - options: Missing-value policy and error cap.
    /// - Returns: The cohort, with provenance `.file(path)`.
    /// - Throws: `ReferenceCohortError.unreadableFile`, `.invalidCSV` (every bad row, capped) or `.tooFewLesions`.
    public init(contentsOfCSVFile path: String, options: CSVOptions = CSVOptions()) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isFolder: ObjCBool = false
            let reason = !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? "there is no such file"
                : isFolder.boolValue ? "it is a folder, not a CSV file" : (error as NSError).localizedDescription
            throw ReferenceCohortError.unreadableFile(path: path, reason: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReferenceCohortError.unreadableFile(path: path, reason: "it is not UTF-8 text")
        }
        try self.init(csvText: text, path: path, options: options)
    }

    /// Reads a cohort from CSV text: header `lesion_id,outcome,size_mm,nic_ap_percent,ps_ml_min_100g`
    /// (names case-insensitive, any order), outcome ObR|NR|CR|PR|SD|PD (case-insensitive); further
    /// columns are kept as extras when every non-empty cell is a number. RFC 4180 quoting, CRLF and a
    /// UTF-8 BOM are accepted. O(n) in the text length.
    /// - Parameters:
    ///   - csvText: The document.
    ///   - path: The file name used in messages and `provenance`.
    ///   - options: Missing-value policy and error cap.
    /// - Returns: The cohort, with provenance `.file(path)`.
    /// - Throws: `ReferenceCohortError.invalidCSV` listing every bad row (capped), or `.tooFewLesions`.
    public init(csvText: String, path: String, options: CSVOptions = CSVOptions()) throws {
        var reading = CohortCSVReading(path: path, options: options)
        let (lesions, extras, omissions) = try reading.read(csvText)
        try self.init(lesions: lesions, provenance: .file(path: path), extraColumns: extras, omissions: omissions)
    }
}

/// The state of reading one cohort CSV: problems found so far and the columns of its header.
private struct CohortCSVReading {
    let path: String
    let options: ReferenceCohort.CSVOptions
    var problems: [ReferenceCohortError.Problem] = []
    var problemCount = 0

    init(path: String, options: ReferenceCohort.CSVOptions) {
        self.path = path
        self.options = options
    }

    mutating func note(line: Int?, column: String? = nil, _ message: String) {
        problemCount += 1
        if problems.count < options.maximumReportedProblems {
            problems.append(.init(path: path, line: line, column: column, message: message))
        }
    }

    func failure() -> ReferenceCohortError {
        .invalidCSV(problems: problems, unreportedCount: problemCount - problems.count)
    }

    mutating func read(_ text: String) throws -> ([CohortLesion], [String], [ReferenceCohort.Omission]) {
        let reader = CSVRecordReader(text: text)
        var syntax = reader.problems[...]
        var records = reader.records[...]
        // Problems in source order: syntax problems before the header belong first.
        guard let header = records.popFirst() else {
            for problem in syntax { note(line: problem.line, problem.message) }
            if problemCount == 0 {
                note(line: nil, "the file is empty; expected a header line \(ReferenceCohort.requiredCSVColumns.joined(separator: ","))")
            }
            throw failure()
        }
        while let first = syntax.first, first.line < header.line {
            note(line: first.line, first.message)
            syntax.removeFirst()
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var columnIndex: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if columnIndex[name.lowercased()] != nil {
                note(line: header.line, "column \"\(name)\" appears more than once in the header")
            } else {
                columnIndex[name.lowercased()] = index
            }
        }
        let missing = ReferenceCohort.requiredCSVColumns.filter { columnIndex[$0] == nil }
        if !missing.isEmpty {
            note(line: header.line, "missing required column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); "
                 + "the header has \(names.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        guard problemCount == 0 else { throw failure() }

        let required = ReferenceCohort.requiredCSVColumns.map { columnIndex[$0]! }
        let extraIndices = names.indices.filter { !required.contains($0) && !names[$0].isEmpty }
        // Extra columns are kept when every non-empty cell is a plain number.
        let numericExtras = extraIndices.filter { index in
            records.allSatisfy { index >= $0.fields.count || $0.fields[index].trimmingCharacters(in: .whitespaces).isEmpty
                || PlainDecimal.parse($0.fields[index].trimmingCharacters(in: .whitespaces)).value != nil }
        }

        var lesions: [CohortLesion] = []
        var omissions: [ReferenceCohort.Omission] = []
        var firstLineOfID: [String: Int] = [:]
        for record in records {
            while let first = syntax.first, first.line < record.line {
                note(line: first.line, first.message)
                syntax.removeFirst()
            }
            guard record.fields.count == names.count else {
                note(line: record.line, "expected \(names.count) fields as in the header, found \(record.fields.count)")
                continue
            }
            let cell = { (name: String) in record.fields[columnIndex[name]!].trimmingCharacters(in: .whitespaces) }
            let before = problemCount
            var missingColumns: [String] = []

            let id = cell("lesion_id")
            if id.isEmpty {
                note(line: record.line, column: "lesion_id", "missing value (empty field)")
            } else if let earlier = firstLineOfID[id] {
                note(line: record.line, column: "lesion_id", "\"\(id)\" is already used on line \(earlier)")
            } else {
                firstLineOfID[id] = record.line
            }

            let outcomeText = cell("outcome")
            let label = CohortLesion.ResponseLabel(recorded: outcomeText)
            if outcomeText.isEmpty {
                missingColumns.append("outcome")
            } else if label == nil {
                note(line: record.line, column: "outcome",
                     "expected one of ObR, NR, CR, PR, SD, PD, found \"\(outcomeText)\"")
            }

            var predictors: [Double] = []
            for name in CohortLesion.predictorNames {
                let text = cell(name)
                if text.isEmpty {
                    missingColumns.append(name)
                } else if let value = number(text, line: record.line, column: name) {
                    predictors.append(value)
                }
            }

            if !missingColumns.isEmpty && options.missingValues == .reject {
                for name in missingColumns { note(line: record.line, column: name, "missing value (empty field)") }
            }
            guard problemCount == before else { continue }
            if !missingColumns.isEmpty {
                omissions.append(.init(line: record.line, lesionId: id,
                                       reason: "\(missingColumns.joined(separator: ", ")) \(missingColumns.count == 1 ? "is" : "are") missing"))
                continue
            }
            var extras: [String: Double] = [:]
            for index in numericExtras {
                if let value = PlainDecimal.parse(record.fields[index].trimmingCharacters(in: .whitespaces)).value { extras[names[index]] = value }
            }
            lesions.append(CohortLesion(id: id, label: label!, sizeMm: predictors[0], nicApPercent: predictors[1],
                                        psMlMin100g: predictors[2], extras: extras))
        }
        for problem in syntax { note(line: problem.line, problem.message) }
        guard problemCount == 0 else { throw failure() }
        return (lesions, numericExtras.map { names[$0] }, omissions)
    }

    /// A non-negative plain decimal, or `nil` after noting why not.
    mutating func number(_ text: String, line: Int, column: String) -> Double? {
        guard let value = PlainDecimal.parse(text).value else {
            if PlainDecimal.parse(text.replacingOccurrences(of: ",", with: ".")).value != nil {
                note(line: line, column: column, "expected a number with a decimal point, found \"\(text)\"")
            } else {
                note(line: line, column: column, "expected a number, found \"\(text)\"")
            }
            return nil
        }
        guard value >= 0 else {
            note(line: line, column: column, "expected a value of 0 or more, found \"\(text)\"")
            return nil
        }
        return value
    }
}
