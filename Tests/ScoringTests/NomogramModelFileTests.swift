import ClinicalModel
import Foundation
import TestSupport
import Testing
@testable import Scoring

@Suite("Model definition file")
struct NomogramModelFileTests {
    static let examplePath = "Examples/models/zhang-2025-dect-pct.yaml"

    @Test("The shipped model file is exactly the built-in model")
    func shippedFileEqualsBuiltIn() throws {
        let url = PackagePaths.root.appendingPathComponent(Self.examplePath)
        let model = try NomogramModelFile.load(url)
        #expect(model == NomogramModel.zhang2025)
        #expect(model.intercept == -7.705)
        #expect(model.predictors.map(\.coefficient) == [0.043, 0.143, 0.072])
        #expect(model.doi == nil)
        #expect(!model.threshold.fromPublication)
    }

    @Test("Writing and parsing a model round-trips exactly, with a covariance matrix")
    func roundTrip() throws {
        var model = NomogramModel.zhang2025
        model.covariance = [[2.149156, -0.01, 1e-5, 0], [-0.01, 0.0001, 0, 0], [1e-5, 0, 0.001089, 0], [0, 0, 0, 0.000289]]
        model.doi = "10.0000/example \"quoted\""
        let text = NomogramModelFile.yaml(for: model, header: ["test model"])
        #expect(text.hasPrefix("# test model\n"))
        // Numbers are written exactly, a whole number as it is typed in the shipped file (not "70.0").
        #expect(text.contains("\n    axis_min: 0\n    axis_max: 70\n    tick_step: 5\n"))
        #expect(text.contains("\n  - [0, 0, 0, 0.000289]\n"))
        #expect(try NomogramModelFile.parse(text) == model)
        #expect(try NomogramModelFile.parse(NomogramModelFile.yaml(for: .zhang2025)) == .zhang2025)
    }

    /// The shipped file with one line replaced, for error cases.
    static func variant(_ old: String, _ new: String) throws -> String {
        let text = try String(contentsOf: PackagePaths.root.appendingPathComponent(examplePath), encoding: .utf8)
        precondition(text.contains(old), "fixture text not found: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let old: String
        let new: String
        let description: String
        var testDescription: String { description }
    }

    @Test("Every model error names line, key path and the problem", arguments: [
        ErrorCase(old: "intercept: -7.705\n", new: "",
                  description: "model:9: intercept: this key is required in a model definition but is missing."),
        ErrorCase(old: "    coefficient: 0.143", new: "    coefficent: 0.143",
                  description: "model:31: predictors[1].coefficent: this key is not part of the model format. Did you mean \"coefficient\"?"),
        ErrorCase(old: "    coefficient: 0.143", new: "    coefficient: \"0,143\"",
                  description: "model:31: predictors[1].coefficient: expected a number, found \"0,143\"."),
        ErrorCase(old: "  - name: \"ps_ml_min_100g\"", new: "  - name: \"size_mm\"",
                  description: "model:36: predictors[2].name: the predictor name \"size_mm\" is used twice; names must be unique."),
        ErrorCase(old: "    axis_max: 70", new: "    axis_max: 0",
                  description: "model:34: predictors[1].axis_max: the axis must end above its start (axis_min 0, axis_max 0)."),
        ErrorCase(old: "    field: \"perfusion.ps\"", new: "    field: \"perfusion.pss\"",
                  description: "model:37: predictors[2].field: \"perfusion.pss\" is not a lesion field a predictor can read. Did you mean \"perfusion.ps\"?"),
        // The case reader's suggestion rule (case, `_`, `-` and spaces ignored first) holds in model files too.
        ErrorCase(old: "    field: \"size_mm\"", new: "    field: \"SIZE-MM\"",
                  description: "model:19: predictors[0].field: \"SIZE-MM\" is not a lesion field a predictor can read. Did you mean \"size_mm\"?"),
        ErrorCase(old: "  probability: 0.5", new: "  probability: 1",
                  description: "model:46: threshold.probability: the threshold must be a probability strictly between 0 and 1, found 1."),
        ErrorCase(old: "  from_publication: false", new: "  from_publication: no",
                  description: "model:48: threshold.from_publication: expected true or false, found \"no\"."),
        ErrorCase(old: "  auroc: 0.913", new: "  auroc: 91.3",
                  description: "model:50: performance.auroc: a performance measure must lie between 0 and 1, found 91.3."),
        ErrorCase(old: "predictors:\n", new: "predictors: []\nignored_list:\n",
                  description: "model:18: ignored_list: this key is not part of the model format."),
        ErrorCase(old: "  validation: \"no external validation published\"\n",
                  new: "  validation: \"none\"\ncovariance:\n  - [1, 0, 0]\n  - [0, 1, 0]\n  - [0, 0, 1]\n",
                  description: "model:59: covariance: the covariance matrix must have 4 rows (intercept and 3 coefficients), found 3."),
        ErrorCase(old: "  validation: \"no external validation published\"\n",
                  new: "  validation: \"none\"\ncovariance:\n  - [1, 0, 0, 0]\n  - [0.5, 1, 0, 0]\n  - [0, 0, 1, 0]\n  - [0, 0, 0, 1]\n",
                  description: "model:60: covariance[1][0]: the covariance matrix must be symmetric: entry [1][0] is 0.5 but [0][1] is 0.0."),
        ErrorCase(old: "  validation: \"no external validation published\"\n",
                  new: "  validation: \"none\"\ncovariance:\n  - [1, 0, 0, 0]\n  - [0, 1, 0]\n  - [0, 0, 1, 0]\n  - [0, 0, 0, 1]\n",
                  description: "model:60: covariance[1]: every covariance row must have 4 entries, found 3."),
        ErrorCase(old: "threshold:\n", new: "threshold: [\n",
                  description: "model:47: the model file is not valid YAML: did not find expected ',' or ']'."),
    ])
    func errors(_ c: ErrorCase) throws {
        let text = try Self.variant(c.old, c.new)
        do {
            _ = try NomogramModelFile.parse(text)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == c.description)
        }
    }

    @Test("An empty predictor list is rejected")
    func emptyPredictors() throws {
        var model = NomogramModel.zhang2025
        model.predictors = []
        #expect(throws: NomogramModelFileError(keyPath: "predictors", problem: .invalidValue("a model needs at least one predictor."))) {
            try NomogramModelFile.validate(model)
        }
    }

    @Test("load names the file; unreadable, oversized and alias-bomb files are refused")
    func loadErrors() throws {
        let dir = try makeTemporaryDirectory("scoring-model")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try Self.variant("  probability: 0.5", "  probability: 0").write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: NomogramModelFileError(source: bad.path, line: 46, keyPath: "threshold.probability",
                                               problem: .invalidValue("the threshold must be a probability strictly between 0 and 1, found 0."))) {
            try NomogramModelFile.load(bad)
        }
        let missing = dir.appendingPathComponent("missing.yaml")
        #expect { try NomogramModelFile.load(missing) } throws: { error in
            guard let e = error as? NomogramModelFileError, case .unreadable = e.problem else { return false }
            return e.source == missing.path
        }
        let big = String(repeating: "# padding\n", count: NomogramModelFile.maxBytes / 10 + 1)
        #expect(throws: NomogramModelFileError(keyPath: "", problem: .tooLarge(bytes: big.utf8.count))) {
            try NomogramModelFile.parse(big)
        }
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 { bomb += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect { try NomogramModelFile.parse(bomb) } throws: { error in
            (error as? NomogramModelFileError)?.problem == .tooComplex
        }
    }
}
