import ClinicalModel
import Formatting
import Statistics

/// The JSON output contract of `hccreport cohort --format json`:
/// `{"n_obr", "n_nr", "markers": [{"name", "auc", "auc_ci": [lo, hi], "youden": {"threshold",
/// "sensitivity", "specificity", "accuracy"}}], "comparisons": [{"a", "b", "delong_p"}]}`.
/// Those keys are stable; further keys may be added, never renamed. Numbers are written in full
/// precision; a non-finite Youden threshold (a curve corner) is written as `null`. For a synthetic
/// reconstruction `cohort.findings` is `false`, `note` says why, and each marker carries the AUC the
/// source published (`published`): the computed values describe generated lesions, not patients.
public enum CohortOutput {
    /// The whole document.
    public struct Document: Encodable, Sendable {
        let nObR: Int
        let nNR: Int
        let cohort: CohortInfo
        let model: ScoreOutput.ModelInfo
        let markers: [Marker]
        let comparisons: [Comparison]
        /// Why the computed values are not findings (synthetic cohorts only).
        let note: String?

        enum CodingKeys: String, CodingKey {
            case cohort, model, markers, comparisons, note
            case nObR = "n_obr", nNR = "n_nr"
        }

        /// Builds the document.
        /// - Parameters:
        ///   - statistics: The cohort's discrimination statistics.
        ///   - cohort: The cohort they were computed on (its label and provenance are written).
        ///   - model: The model whose markers were evaluated.
        public init(statistics: CohortDiscrimination, cohort: ReferenceCohort, model: NomogramModel) {
            nObR = statistics.negativeCount
            nNR = statistics.positiveCount
            let published = cohort.publishedDiscrimination
            self.cohort = CohortInfo(label: cohort.label, synthetic: cohort.isSynthetic, lesions: cohort.lesions.count,
                                     omitted: cohort.omissions.count, findings: published == nil)
            self.model = ScoreOutput.ModelInfo(model)
            markers = statistics.markers.map { m in
                Marker(m, statistics: statistics, published: published.map { p in
                    Published(entry: p.entries[m.name], source: p.source)
                })
            }
            comparisons = statistics.comparisons.map(Comparison.init)
            note = published.map {
                "Not a finding: synthetic. The AUCs, Youden cut-offs and DeLong p-values here describe generated lesions; "
                    + "the findings are the AUCs \($0.source) published (markers[].published)."
            }
        }
    }

    /// `{"label", "synthetic", "lesions", "omitted", "findings"}`: what the statistics were computed on,
    /// and whether they are findings (`false` for a synthetic reconstruction).
    struct CohortInfo: Encodable, Sendable {
        let label: String
        let synthetic: Bool
        let lesions: Int
        let omitted: Int
        let findings: Bool
    }

    /// `{"auc", "auc_ci", "source"}`: the AUC the source published for a marker (`auc_ci` `null` when
    /// none was published; `auc` `null` when the marker was not published).
    struct Published: Encodable, Sendable {
        @NullWhenAbsent var auc: Double?
        @NullWhenAbsent var aucCI: [Double]?
        let source: String

        enum CodingKeys: String, CodingKey {
            case auc, source
            case aucCI = "auc_ci"
        }

        init(entry: PublishedDiscrimination.Entry?, source: String) {
            auc = entry?.auc
            aucCI = entry?.confidenceInterval.map { [$0.lowerBound, $0.upperBound] }
            self.source = source
        }
    }

    /// One marker: `{"name", "label", "direction", "n_obr", "n_nr", "auc", "auc_variance", "auc_ci", "youden"}`.
    struct Marker: Encodable, Sendable {
        let name: String
        let label: String
        let direction: String
        let nObR: Int
        let nNR: Int
        let auc: Double
        let aucVariance: Double
        let aucCI: [Double]
        let youden: Youden
        /// The published AUC (synthetic cohorts only).
        let published: Published?

        enum CodingKeys: String, CodingKey {
            case name, label, direction, auc, youden, published
            case nObR = "n_obr", nNR = "n_nr", aucVariance = "auc_variance", aucCI = "auc_ci"
        }

        init(_ m: CohortDiscrimination.Marker, statistics: CohortDiscrimination, published: Published?) {
            self.published = published
            name = m.name
            label = m.label
            direction = m.curve.direction == .higherScoreIndicatesEvent ? "higher_is_nr" : "lower_is_nr"
            nObR = statistics.negativeCount
            nNR = statistics.positiveCount
            auc = m.auc
            aucVariance = m.delong.variance
            aucCI = [m.confidenceInterval.lowerBound, m.confidenceInterval.upperBound]
            youden = Youden(m.youden, ties: m.youdenTies)
        }
    }

    /// `{"threshold", "sensitivity", "specificity", "accuracy", "true_positives", "true_negatives", "ties"}`;
    /// NR is called when the value is ≥ threshold (≤ for a `lower_is_nr` marker).
    struct Youden: Encodable, Sendable {
        /// `nil` (`null`) for a non-finite threshold: a corner of the curve.
        @NullWhenAbsent var threshold: Double?
        let sensitivity: Double
        let specificity: Double
        let accuracy: Double
        let truePositives: Int
        let trueNegatives: Int
        let ties: Int

        enum CodingKeys: String, CodingKey {
            case threshold, sensitivity, specificity, accuracy, ties
            case truePositives = "true_positives", trueNegatives = "true_negatives"
        }

        init(_ c: Cutoff, ties: Int) {
            threshold = c.threshold.isFinite ? c.threshold : nil
            sensitivity = c.sensitivity
            specificity = c.specificity
            accuracy = c.accuracy
            truePositives = c.truePositiveCount
            trueNegatives = c.trueNegativeCount
            self.ties = ties
        }
    }

    /// `{"a", "b", "delong_p", "auc_difference", "z"}`: paired DeLong test of marker a against marker b.
    struct Comparison: Encodable, Sendable {
        let a: String
        let b: String
        let delongP: Double
        let aucDifference: Double
        let z: Double

        enum CodingKeys: String, CodingKey {
            case a, b, z
            case delongP = "delong_p", aucDifference = "auc_difference"
        }

        init(_ c: CohortDiscrimination.Comparison) {
            a = c.first
            b = c.second
            delongP = c.test.pValue
            aucDifference = c.test.difference
            z = c.test.z
        }
    }
}
