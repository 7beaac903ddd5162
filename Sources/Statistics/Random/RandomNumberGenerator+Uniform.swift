extension RandomNumberGenerator {
    /// A uniform double in [0, 1) built from the top 53 bits of one `next()` call
    /// (`(next() >> 11) · 2⁻⁵³`).
    ///
    /// Unlike `Double.random(in:using:)`, whose algorithm the standard library may change, this
    /// mapping is fixed, so seeded streams stay reproducible. O(1).
    /// - Returns: A value in [0, 1).
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform index in `0..<count` by Lemire's multiply-shift with rejection (unbiased), for
    /// reproducible bootstraps and permutations. O(1) expected.
    /// - Parameter count: The number of choices, > 0.
    /// - Returns: An index in `0..<count`.
    public mutating func nextIndex(below count: Int) -> Int {
        precondition(count > 0, "nextIndex(below:) needs a positive count")
        let bound = UInt64(count)
        let threshold = (0 &- bound) % bound
        while true {
            let (high, low) = next().multipliedFullWidth(by: bound)
            if low >= threshold { return Int(high) }
        }
    }
}
