import ClinicalModel
import Formatting
import Yams

/// A YAML node of a model file together with its key path, reading typed values with errors that
/// name the line and key path. Internal to `NomogramModelFile`.
struct ModelNode {
    let node: Node
    let path: String

    /// Creates the cursor and records the node's line under its key path.
    init(node: Node, path: String, lines: inout [String: Int]) {
        self.node = node
        self.path = path
        if let line = node.mark?.line { lines[path] = line }
    }

    /// Counts nodes depth-first, stopping when `budget` is exhausted. O(nodes).
    /// - Returns: `false` when the document has more nodes than the budget.
    static func countNodes(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case let .sequence(seq): return seq.allSatisfy { countNodes($0, budget: &budget) }
        case let .mapping(map):
            return map.allSatisfy { countNodes($0.key, budget: &budget) && countNodes($0.value, budget: &budget) }
        }
    }

    private func error(_ problem: NomogramModelFileError.Problem, at path: String? = nil, line: Int? = nil) -> NomogramModelFileError {
        NomogramModelFileError(line: line ?? node.mark?.line, keyPath: path ?? self.path, problem: problem)
    }

    private func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private var foundText: String {
        switch node {
        case let .scalar(s): "\"\(s.string)\""
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// Whether the node is an explicit YAML null (`null`, `~` or empty plain scalar).
    private var isNull: Bool {
        guard case let .scalar(s) = node, s.style == .plain else { return false }
        return YAMLCoreScalar.isNull(s.string)
    }

    /// The entries of a mapping, rejecting keys outside `allowed` (with a suggestion).
    func mapping(allowed: [String], lines: inout [String: Int]) throws(NomogramModelFileError) -> [String: ModelNode] {
        guard case let .mapping(map) = node else { throw error(.wrongType(expected: "a mapping of keys", found: foundText)) }
        var result: [String: ModelNode] = [:]
        for (key, value) in map {
            guard case let .scalar(k) = key else {
                throw error(.wrongType(expected: "a text key", found: "a complex key"), line: key.mark?.line)
            }
            let name = k.string
            guard allowed.contains(name) else {
                throw error(.unknownKey(suggestion: KeySuggestion.closest(to: name, among: allowed)), at: child(name), line: key.mark?.line)
            }
            let entry = ModelNode(node: value, path: child(name), lines: &lines)
            if !entry.isNull { result[name] = entry }
        }
        return result
    }

    /// The elements of a list.
    func list(lines: inout [String: Int]) throws(NomogramModelFileError) -> [ModelNode] {
        guard case let .sequence(seq) = node else { throw error(.wrongType(expected: "a list", found: foundText)) }
        return seq.enumerated().map { ModelNode(node: $1, path: "\(path)[\($0)]", lines: &lines) }
    }

    /// A text value (any scalar).
    func text() throws(NomogramModelFileError) -> String {
        guard case let .scalar(s) = node else { throw error(.wrongType(expected: "text", found: foundText)) }
        return s.string
    }

    /// A finite number written as a plain (unquoted) scalar, parsed with correct rounding.
    func number() throws(NomogramModelFileError) -> Double {
        guard case let .scalar(s) = node, s.style == .plain, let value = PlainDecimal.parse(s.string).value else {
            throw error(.wrongType(expected: "a number", found: foundText))
        }
        return value
    }

    /// A whole number.
    func integer() throws(NomogramModelFileError) -> Int {
        guard case let .scalar(s) = node, s.style == .plain, let value = Int(s.string) else {
            throw error(.wrongType(expected: "a whole number", found: foundText))
        }
        return value
    }

    /// `true` or `false` (`YAMLCoreScalar.boolean`: `no` is not false).
    func boolean() throws(NomogramModelFileError) -> Bool {
        guard case let .scalar(s) = node, s.style == .plain, let value = YAMLCoreScalar.boolean(s.string) else {
            throw error(.wrongType(expected: "true or false", found: foundText))
        }
        return value
    }
}

extension [String: ModelNode] {
    /// The required entry `key`, or a missing-key error at `parent.key`.
    func required(_ key: String, in parent: ModelNode) throws(NomogramModelFileError) -> ModelNode {
        guard let value = self[key] else {
            throw NomogramModelFileError(line: parent.node.mark?.line,
                                         keyPath: parent.path.isEmpty ? key : "\(parent.path).\(key)",
                                         problem: .missingKey)
        }
        return value
    }
}

extension ModelNode {
    /// Reads the whole model, recording the line of every key path (structure and types only;
    /// `NomogramModelFile.validate` checks the values).
    func model(lines: inout [String: Int]) throws(NomogramModelFileError) -> NomogramModel {
        let top = try mapping(allowed: ["id", "version", "citation", "doi", "outcome", "positive_class",
                                        "negative_class", "intercept", "intercept_standard_error",
                                        "predictors", "threshold", "performance", "covariance",
                                        "endpoint_window", "study_population"], lines: &lines)
        var predictors: [NomogramModel.Predictor] = []
        for item in try top.required("predictors", in: self).list(lines: &lines) {
            let p = try item.mapping(allowed: ["name", "field", "label", "unit", "coefficient", "standard_error",
                                               "axis_min", "axis_max", "tick_step"], lines: &lines)
            predictors.append(NomogramModel.Predictor(
                name: try p.required("name", in: item).text(), field: try p.required("field", in: item).text(),
                label: try p.required("label", in: item).text(), unit: try p.required("unit", in: item).text(),
                coefficient: try p.required("coefficient", in: item).number(),
                standardError: try p["standard_error"]?.number(),
                axisMin: try p.required("axis_min", in: item).number(),
                axisMax: try p.required("axis_max", in: item).number(),
                tickStep: try p["tick_step"]?.number()))
        }
        let thresholdNode = try top.required("threshold", in: self)
        let t = try thresholdNode.mapping(allowed: ["probability", "provenance", "from_publication"], lines: &lines)
        let performanceNode = try top.required("performance", in: self)
        let perf = try performanceNode.mapping(allowed: ["auroc", "auroc_ci_low", "auroc_ci_high", "sensitivity",
                                                         "specificity", "accuracy", "development_n", "validation"],
                                               lines: &lines)
        var covariance: [[Double]]?
        if let rows = try top["covariance"]?.list(lines: &lines) {
            covariance = []
            for row in rows {
                var values: [Double] = []
                for cell in try row.list(lines: &lines) { values.append(try cell.number()) }
                covariance?.append(values)
            }
        }
        var endpointWindow: EndpointWindow?
        if let windowNode = top["endpoint_window"] {
            let w = try windowNode.mapping(allowed: ["first_day", "last_day", "tolerance_days", "source"], lines: &lines)
            endpointWindow = EndpointWindow(firstDay: try w.required("first_day", in: windowNode).integer(),
                                            lastDay: try w.required("last_day", in: windowNode).integer(),
                                            toleranceDays: try w.required("tolerance_days", in: windowNode).integer(),
                                            source: try w.required("source", in: windowNode).text())
        }
        var population: StudyPopulation?
        if let node = top["study_population"] {
            let p = try node.mapping(allowed: ["max_days_exam_before_treatment", "bclc_stages", "child_pugh_classes", "regimen",
                                               "scanner_keywords", "scanner_description", "source"], lines: &lines)
            func texts(_ key: String) throws(NomogramModelFileError) -> [String] {
                var out: [String] = []
                for item in try p.required(key, in: node).list(lines: &lines) { out.append(try item.text()) }
                return out
            }
            population = StudyPopulation(
                maxDaysExamBeforeTreatment: try p.required("max_days_exam_before_treatment", in: node).integer(),
                bclcStages: try texts("bclc_stages"), childPughClasses: try texts("child_pugh_classes"),
                regimen: try p.required("regimen", in: node).text(), scannerKeywords: try texts("scanner_keywords"),
                scannerDescription: try p.required("scanner_description", in: node).text(),
                source: try p.required("source", in: node).text())
        }
        return NomogramModel(
            id: try top.required("id", in: self).text(),
            version: try top.required("version", in: self).text(),
            citation: try top.required("citation", in: self).text(),
            doi: try top["doi"]?.text(),
            outcome: try top.required("outcome", in: self).text(),
            positiveClass: try top.required("positive_class", in: self).text(),
            negativeClass: try top.required("negative_class", in: self).text(),
            intercept: try top.required("intercept", in: self).number(),
            interceptStandardError: try top["intercept_standard_error"]?.number(),
            predictors: predictors,
            threshold: NomogramModel.Threshold(
                probability: try t.required("probability", in: thresholdNode).number(),
                provenance: try t.required("provenance", in: thresholdNode).text(),
                fromPublication: try t.required("from_publication", in: thresholdNode).boolean()),
            performance: NomogramModel.Performance(
                auroc: try perf["auroc"]?.number(), aurocCILow: try perf["auroc_ci_low"]?.number(),
                aurocCIHigh: try perf["auroc_ci_high"]?.number(), sensitivity: try perf["sensitivity"]?.number(),
                specificity: try perf["specificity"]?.number(), accuracy: try perf["accuracy"]?.number(),
                developmentN: try perf["development_n"]?.integer(),
                validation: try perf.required("validation", in: performanceNode).text()),
            covariance: covariance,
            endpointWindow: endpointWindow, studyPopulation: population)
    }
}
