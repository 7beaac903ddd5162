/// SplitMix64 (Steele, Lea & Flood 2014; constants of Vigna's reference `splitmix64.c`): a small,
/// seeded generator whose output is the same on every platform. Not cryptographic. O(1) per value.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates the generator.
    /// - Parameter seed: Any value; the sequence is a pure function of it.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in (0, 1]: 53 random bits, never 0 (safe for `log`).
    mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) + 1) * 0x1p-53
    }
}
