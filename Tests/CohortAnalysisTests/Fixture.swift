import CohortAnalysis
import Foundation
import Scoring
import TestSupport
import Testing

/// The committed R reference (Fixtures/make_fixtures.R) and the cohorts it was computed on.
enum Fixture {
    static let folder = FixtureFolder("CohortAnalysisTests")

    /// A fixture file of this test target.
    static func url(_ name: String) -> URL { folder.url(name) }

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
