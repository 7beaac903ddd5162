import Formatting
import Foundation
import Statistics
import Testing
@testable import CohortAnalysis

/// A group of a numeric comparison is the group's `SampleSummary` plus its normality test, written
/// to `analyze --format json` as one flat object.
@Suite struct NumericComparisonTests {
    static let negatives: [Double] = [1, 2, 4, 7, 11]
    static let positives: [Double] = [3, 5, 6, 10, 15, 21]
    static let comparison: NumericComparison = {
        let column = AnalysisCohort.Column(name: "x_mm", label: "X", unit: "mm", kind: .numeric,
                                           values: negatives.map { $0 } + [nil] + positives.map { $0 })
        let outcomes = Array(repeating: false, count: negatives.count + 1) + Array(repeating: true, count: positives.count)
        do { return try NumericComparison(column: column, outcomes: outcomes) } catch { fatalError("\(error)") }
    }()

    @Test func groupsAreTheSampleSummariesOfTheirValues() throws {
        #expect(Self.comparison.negative.sample == (try SampleSummary(Self.negatives)))
        #expect(Self.comparison.positive.sample == (try SampleSummary(Self.positives)))
        #expect(Self.comparison.missing == 1)
        let group = Self.comparison.positive
        #expect(group.count == 6)
        #expect(group.median == 8)
        #expect([group.lowerQuartile, group.upperQuartile] == [5.25, 13.75])
        #expect(group.normalityStatistic == (try KolmogorovSmirnovTest.normality(Self.positives, method: .asymptotic)).statistic)
    }

    @Test func groupEncodesAsOneFlatObjectAndDecodesBack() throws {
        let group = Self.comparison.negative
        let data = try JSONDocument.data(group, keys: .snakeCase, nonFinite: .strings)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["count", "mean", "standard_deviation", "lower_quartile", "median", "upper_quartile",
                                     "normality_statistic", "normality_p_value"])
        #expect(object["median"] as? Double == 4)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(NumericComparison.GroupSummary.self, from: data) == group)
    }
}
