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

/// Expects `isClose(actual, expected, relative:absolute:)`, with both numbers in the failure message.
/// - Parameters:
///   - actual: the value computed by the product.
///   - expected: the reference value.
///   - relative: the tolerance relative to `|expected|`.
///   - absolute: the tolerance in the value's own unit.
///   - context: what is compared (shown in the failure).
public func expectClose(_ actual: Double, _ expected: Double, relative: Double = 0, absolute: Double = 0,
                        _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(isClose(actual, expected, relative: relative, absolute: absolute),
            "\(context): got \(actual), expected \(expected)", sourceLocation: sourceLocation)
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
    #expect(actual.count == expected.count, "\(context): \(actual.count) values, expected \(expected.count)",
            sourceLocation: sourceLocation)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        expectClose(a, e, relative: relative, absolute: absolute, "\(context)[\(index)]", sourceLocation: sourceLocation)
    }
}
