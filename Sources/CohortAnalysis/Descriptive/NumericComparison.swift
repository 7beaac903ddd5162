import Statistics

/// One numeric variable compared between the two outcome groups (a row of the paper's Tables 2–3).
///
/// Rule, as the paper: normality by the one-sample Kolmogorov–Smirnov test in each group (asymptotic
/// p, see `KolmogorovSmirnovTest.normality(_:method:)`). When p > `normalityAlpha` (0.05) in **both**
/// groups, the row shows mean ± SD and Welch's t-test p; otherwise median (IQR, type-7 quartiles)
/// and the Mann–Whitney U p (normal approximation, tie- and continuity-corrected). Missing values are
/// left out per variable. O(n log n).
public struct NumericComparison: Sendable, Hashable, Codable {
    /// Summary of one group: the sample's count, mean ± SD and median (IQR), read through to
    /// ``sample`` (`group.median`), and its normality test. Encoded flat, as one object.
    @dynamicMemberLookup
    public struct GroupSummary: Sendable, Hashable, Codable {
        /// Count, mean, SD and type-7 quartiles.
        public let sample: SampleSummary
        /// Kolmogorov–Smirnov D and its asymptotic p-value (normal with the group's mean and SD).
        public let normalityStatistic: Double
        public let normalityPValue: Double

        private enum CodingKeys: String, CodingKey {
            case normalityStatistic, normalityPValue
        }

        init(_ values: [Double]) throws {
            sample = try SampleSummary(values)
            let ks = try KolmogorovSmirnovTest.normality(values, method: .asymptotic)
            normalityStatistic = ks.statistic
            normalityPValue = ks.pValue
        }

        /// A statistic of ``sample``.
        public subscript<Value>(dynamicMember statistic: KeyPath<SampleSummary, Value>) -> Value {
            sample[keyPath: statistic]
        }

        /// Decodes the flat object ``encode(to:)`` writes.
        public init(from decoder: any Decoder) throws {
            sample = try SampleSummary(from: decoder)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            normalityStatistic = try container.decode(Double.self, forKey: .normalityStatistic)
            normalityPValue = try container.decode(Double.self, forKey: .normalityPValue)
        }

        /// Encodes the sample's statistics and the normality test as one object.
        public func encode(to encoder: any Encoder) throws {
            try sample.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(normalityStatistic, forKey: .normalityStatistic)
            try container.encode(normalityPValue, forKey: .normalityPValue)
        }
    }

    /// How the groups are summarised and tested.
    public enum Method: String, Sendable, Hashable, Codable {
        /// Mean ± SD, Welch's t-test.
        case meanSDWelchT = "mean_sd_welch_t"
        /// Median (IQR), Mann–Whitney U test.
        case medianIQRMannWhitney = "median_iqr_mann_whitney"
    }

    /// Column name, label and unit.
    public let name: String
    public let label: String
    public let unit: String
    /// The negative-class and positive-class groups.
    public let negative: GroupSummary
    public let positive: GroupSummary
    /// The method chosen by the normality rule.
    public let method: Method
    /// Two-sided p-value of the chosen test.
    public let pValue: Double
    /// Lesions without a value.
    public let missing: Int

    /// Compares one column.
    /// - Parameters:
    ///   - column: A numeric column.
    ///   - outcomes: Outcome per lesion.
    ///   - normalityAlpha: KS p above which a group counts as normal.
    /// - Throws: `StatisticsError` when a group has fewer than two values or no spread.
    public init(column: AnalysisCohort.Column, outcomes: [Bool], normalityAlpha: Double = 0.05) throws {
        var negativeValues: [Double] = [], positiveValues: [Double] = []
        for (value, outcome) in zip(column.values, outcomes) {
            guard let value else { continue }
            if outcome { positiveValues.append(value) } else { negativeValues.append(value) }
        }
        name = column.name
        label = column.label
        unit = column.unit
        negative = try GroupSummary(negativeValues)
        positive = try GroupSummary(positiveValues)
        missing = column.values.count { $0 == nil }
        if negative.normalityPValue > normalityAlpha && positive.normalityPValue > normalityAlpha {
            method = .meanSDWelchT
            pValue = try WelchTTest.test(positiveValues, negativeValues).pValue
        } else {
            method = .medianIQRMannWhitney
            pValue = try MannWhitneyU.test(positiveValues, negativeValues,
                                           method: .asymptotic(continuityCorrection: true)).pValue
        }
    }
}
