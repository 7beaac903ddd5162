/// One measured quantity as recorded: a single number, the values of several ROIs, or the
/// readings of several observers (each a number or a list of ROI values).
///
/// The study's convention (Methods): each lesion parameter is the mean of three ROIs, and the
/// recorded value is the mean of the two observers. `value` applies exactly that: the mean of
/// ROIs per observer, then the mean across observers.
public struct Measurement: Sendable, Hashable, Codable {
    /// How the value was written in the case file.
    public enum Form: String, Sendable, Codable {
        /// One number.
        case single
        /// A list of ROI values from one observer.
        case rois
        /// A list of observers, each one number or a list of ROI values.
        case observers
    }

    /// Readings per observer; each inner array holds that observer's ROI values (one element for a single number).
    public let observers: [[Double]]
    public let form: Form

    /// A single number.
    public init(_ value: Double) {
        observers = [[value]]
        form = .single
    }

    /// Several ROI values from one observer.
    public init(rois: [Double]) {
        precondition(!rois.isEmpty, "a measurement needs at least one value")
        observers = [rois]
        form = .rois
    }

    /// Several observers, each with one or more ROI values.
    public init(observers: [[Double]]) {
        precondition(!observers.isEmpty && observers.allSatisfy { !$0.isEmpty }, "a measurement needs values")
        self.observers = observers
        form = .observers
    }

    /// The recorded value: mean of ROIs within each observer, then mean across observers.
    public var value: Double {
        let perObserver = observers.map { $0.reduce(0, +) / Double($0.count) }
        return perObserver.reduce(0, +) / Double(perObserver.count)
    }

    /// Number of individual readings (ROIs × observers) behind the value.
    public var readingCount: Int { observers.reduce(0) { $0 + $1.count } }
}
