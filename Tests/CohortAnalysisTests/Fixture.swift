import CohortAnalysis
import Foundation
import Scoring
import Testing

/// The committed R reference (Fixtures/make_fixtures.R) and the cohorts it was computed on.
enum Fixture {
    /// A fixture file next to the tests.
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    /// reference.json, parsed once.
    static let reference: JSONObject = {
        let data = try! Data(contentsOf: url("reference.json"))
        return JSONObject(try! JSONSerialization.jsonObject(with: data))
    }()

    /// A fixture cohort as the analysis sees it.
    static func cohort(_ name: String) throws -> AnalysisCohort {
        try AnalysisCohort(ReferenceCohort(contentsOfCSVFile: url("cohort_\(name).csv").path))
    }
}

/// Minimal typed access to parsed JSON (immutable after parsing, hence `@unchecked Sendable`).
struct JSONObject: @unchecked Sendable {
    let value: Any

    init(_ value: Any) { self.value = value }

    subscript(key: String) -> JSONObject { JSONObject((value as? [String: Any])?[key] as Any) }
    subscript(index: Int) -> JSONObject { JSONObject((value as? [Any])?[index] as Any) }

    var double: Double { (value as? NSNumber)?.doubleValue ?? .nan }
    var int: Int { (value as? NSNumber)?.intValue ?? -1 }
    var string: String? { value as? String }
    var isNull: Bool { value is NSNull || (value as Any?) == nil }
    var array: [JSONObject] { ((value as? [Any]) ?? [value].filter { $0 is NSNumber || $0 is String }).map(JSONObject.init) }
    var doubles: [Double] { array.map(\.double) }
    var strings: [String] { array.compactMap(\.string) }
    var matrix: [[Double]] { array.map(\.doubles) }
}

/// `|actual − expected| ≤ tolerance · max(1, |expected|)`, recorded with a label.
func expectClose(_ actual: Double, _ expected: Double, _ tolerance: Double, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(actual - expected) <= tolerance * max(1, abs(expected)),
            "\(what): \(actual) vs R \(expected)", sourceLocation: sourceLocation)
}

/// Element-wise `expectClose` with equal lengths.
func expectClose(_ actual: [Double], _ expected: [Double], _ tolerance: Double, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values vs R \(expected.count)",
            sourceLocation: sourceLocation)
    for (k, (a, e)) in zip(actual, expected).enumerated() {
        expectClose(a, e, tolerance, "\(what)[\(k)]", sourceLocation: sourceLocation)
    }
}
