/// The SplitMix64 generator (Steele, Lea & Flood 2014), a tiny seeded 64-bit generator.
///
/// Used on its own for quick reproducible streams and to expand a single seed into the state of
/// ``Xoshiro256StarStar``. Each call is O(1). The sequence for a given seed never changes, so
/// synthetic data and bootstraps are reproducible across platforms and Swift versions.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from a seed.
    /// - Parameter seed: Any 64-bit value.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    /// - Returns: A uniformly distributed `UInt64`.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
