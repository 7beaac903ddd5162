import ClinicalModel
import Statistics

/// How well the nomogram's linear predictor and each of its predictors separate the outcome groups of
/// a reference cohort (the paper's Table 4 and Figure 5): empirical ROC curve, AUC, DeLong 95 % CI,
/// Youden cutoff, and the paired DeLong test of the nomogram against each predictor.
///
/// Directions are explicit (``CohortMarkers/Marker/direction``), never chosen from the data; each
/// marker's AUC, DeLong interval and Youden cut-off (with its tie rule) are ``MarkerDiscrimination``'s.
/// The paired test is pROC's `roc.test(method = "delong", paired = TRUE)`. O(p · n log n) for n
/// lesions, p predictors.
public struct CohortDiscrimination: Sendable {
    /// One marker's ROC analysis.
    public struct Marker: Sendable {
        /// Machine name (`nomogram`, `size_mm`, …).
        public let name: String
        /// Printed name.
        public let label: String
        /// Printed unit ("" for the linear predictor).
        public let unit: String
        /// AUC, DeLong interval and Youden cut-off.
        public let discrimination: MarkerDiscrimination

        /// The empirical ROC curve (pROC thresholds).
        public var curve: ROCCurve { discrimination.curve }
        /// AUC and its DeLong variance.
        public var delong: DeLong { discrimination.delong }
        /// The DeLong 95 % Wald interval, clamped to [0, 1].
        public var confidenceInterval: ClosedRange<Double> { discrimination.confidenceInterval }
        /// The Youden-optimal cutoff (highest sensitivity among ties).
        public var youden: Cutoff { discrimination.youden }
        /// How many thresholds share the maximal Youden index (1 when there is no tie).
        public var youdenTies: Int { discrimination.youdenTies }
        /// The AUC.
        public var auc: Double { discrimination.auc }
    }

    /// A paired DeLong comparison of two markers' AUCs.
    public struct Comparison: Sendable {
        /// Machine name of the first marker (always `nomogram`).
        public let first: String
        /// Machine name of the second marker.
        public let second: String
        /// The test: AUC difference, its variance, z and two-sided p.
        public let test: ROCComparison
    }

    /// Lesions with objective response (negative class).
    public let negativeCount: Int
    /// Lesions with non-response (positive class).
    public let positiveCount: Int
    /// The nomogram's linear predictor first, then each predictor in model order.
    public let markers: [Marker]
    /// The nomogram against each predictor, in model order.
    public let comparisons: [Comparison]

    /// Evaluates every marker of `model` on `cohort`.
    /// - Parameters:
    ///   - cohort: The reference cohort (each outcome group has at least two lesions by construction).
    ///   - model: The model whose linear predictor and predictors are evaluated.
    /// - Throws: `CohortStatisticsError` when a lesion lacks a predictor or a statistic fails.
    public init(cohort: ReferenceCohort, model: NomogramModel) throws(CohortStatisticsError) {
        try self.init(markers: try CohortMarkers(cohort: cohort, model: model))
    }

    /// Evaluates already collected marker values.
    /// - Parameter data: The cohort's marker values and outcomes (the linear predictor first).
    /// - Throws: `CohortStatisticsError.statisticFailed` when a curve or test cannot be computed.
    public init(markers data: CohortMarkers) throws(CohortStatisticsError) {
        var markers: [Marker] = []
        for marker in data.markers {
            do {
                let curve = try ROCCurve(scores: marker.values, labels: data.positive, direction: marker.direction)
                markers.append(Marker(name: marker.name, label: marker.label, unit: marker.unit,
                                      discrimination: try MarkerDiscrimination(curve)))
            } catch {
                throw .statisticFailed(marker: marker.label, reason: "\(error)")
            }
        }
        var comparisons: [Comparison] = []
        if let nomogram = markers.first {
            for other in markers.dropFirst() {
                do {
                    comparisons.append(Comparison(first: nomogram.name, second: other.name,
                                                  test: try ROCComparison.pairedDeLong(nomogram.curve, other.curve)))
                } catch {
                    throw .statisticFailed(marker: "\(nomogram.label) vs \(other.label)", reason: "\(error)")
                }
            }
        }
        self.negativeCount = data.positive.count { !$0 }
        self.positiveCount = data.positive.count { $0 }
        self.markers = markers
        self.comparisons = comparisons
    }
}
