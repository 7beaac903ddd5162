import Formatting
import Statistics

extension NiceTicks {
    /// The labels of `values`, printed as every number is (`ReportNumber.fixed`) with `fractionDigits`
    /// decimals: "0.25", "40", "−1.5" (a true minus sign), never "−0".
    public var labels: [String] { values.map { ReportNumber.fixed($0, fractionDigits) } }
}
