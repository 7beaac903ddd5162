import Testing

/// Whether `|actual − expected| ≤ max(absolute, relative·|expected|)`; an expected NaN or infinity must be
/// matched exactly.
/// - Parameters:
///   - actual: the value computed by the product.
///   - expected: the reference value.
///   - relative: the tolerance relative to `|expected|`.
///   - absolute: the tolerance in the value's own unit.
public func isClose(_ actual: Double, _ expected: Double, relative: Double = 0, absolute: Double = 0) -> Bool {
    if expected.isNaN { return actual.isNaN }
    if expected.isInfinite { return actual == expected }
    return abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// Expects `isClose(actual, expected, relative:absolute:)`; a failure states both numbers, their difference and the
/// tolerance.
/// - Parameters:
///   - actual: the value computed by the product.
///   - expected: the reference value.
///   - relative: the tolerance relative to `|expected|`.
///   - absolute: the tolerance in the value's own unit.
///   - context: what is compared (shown in the failure).
public func expectClose(_ actual: Double, _ expected: Double, relative: Double = 0, absolute: Double = 0,
                        _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    guard !isClose(actual, expected, relative: relative, absolute: absolute) else { return }
    Issue.record(Comment(rawValue: closenessFailure(actual, expected, relative: relative, absolute: absolute, context)),
                 sourceLocation: sourceLocation)
}

/// The sentence `expectClose` records when `actual` is not close to `expected`.
/// - Parameters:
///   - actual: the value computed by the product.
///   - expected: the reference value.
///   - relative: the tolerance relative to `|expected|`.
///   - absolute: the tolerance in the value's own unit.
///   - context: what is compared; omitted when empty.
/// - Returns: e.g. `"AUC: got 0.75, expected 0.7 ± 0.01 (differs by 0.05)"`.
public func closenessFailure(_ actual: Double, _ expected: Double, relative: Double = 0, absolute: Double = 0,
                             _ context: String = "") -> String {
    let tolerance = max(absolute, relative * abs(expected))
    let allowed = relative > 0 && relative * abs(expected) > absolute
        ? "\(tolerance) (relative \(relative))" : "\(tolerance)"
    let sentence = "got \(actual), expected \(expected) ± \(allowed) (differs by \(abs(actual - expected)))"
    return context.isEmpty ? sentence : "\(context): \(sentence)"
}

/// Expects equal counts and every element close, each failure naming its index.
/// - Parameters:
///   - actual: the values computed by the product.
///   - expected: the reference values.
///   - relative: the tolerance relative to `|expected|`.
///   - absolute: the tolerance in the values' own unit.
///   - context: what is compared (shown in the failure).
public func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 0, absolute: Double = 0,
                        _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    if actual.count != expected.count {
        Issue.record("\(context): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    }
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        expectClose(a, e, relative: relative, absolute: absolute, "\(context)[\(index)]", sourceLocation: sourceLocation)
    }
}
