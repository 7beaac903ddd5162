/// Why a reference cohort could not be built; `description` is a sentence for the user.
public enum ReferenceCohortError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem at one place of a source file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The file as the user named it.
        public var path: String
        /// 1-based line where the record starts, when the problem belongs to one.
        public var line: Int?
        /// The column concerned, when one is.
        public var column: String?
        /// What is wrong, e.g. `expected a number, found "n/a"`.
        public var message: String

        /// `path:line: column: message`, as compilers print it, e.g.
        /// `cohort.csv:17: nic_ap_percent: expected a number, found "n/a"`.
        public var description: String {
            var text = path
            if let line { text += ":\(line)" }
            text += ": "
            if let column { text += "\(column): " }
            return text + message
        }
    }

    /// The file could not be read at all.
    case unreadableFile(path: String, reason: String)
    /// The file was read but has problems; the first ones are listed, `unreportedCount` more exist.
    case invalidCSV(problems: [Problem], unreportedCount: Int)
    /// An outcome group is too small for ROC and group statistics.
    case tooFewLesions(source: String, objectiveResponses: Int, nonResponses: Int, minimumPerGroup: Int)
    /// The synthetic generator found no draw satisfying its constraints.
    case generatorFailed(attempts: Int, reason: String)

    /// The problem(s) as sentences for the user, one per line.
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "\(path): the reference cohort file cannot be read (\(reason))."
        case let .invalidCSV(problems, unreportedCount):
            var lines = problems.map(\.description)
            if unreportedCount > 0 {
                lines.append("… and \(unreportedCount) more problem\(unreportedCount == 1 ? "" : "s") not shown.")
            }
            return lines.joined(separator: "\n")
        case let .tooFewLesions(source, objectiveResponses, nonResponses, minimum):
            return "\(source): a reference cohort needs at least \(minimum) lesions in each outcome group; "
                + "found \(objectiveResponses) ObR (CR/PR) and \(nonResponses) NR (SD/PD)."
        case let .generatorFailed(attempts, reason):
            return "The synthetic cohort generator found no acceptable sample in \(attempts) attempts: \(reason)."
        }
    }
}
