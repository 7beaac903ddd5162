/// The xoshiro256** generator (Blackman & Vigna 2018): fast, 256-bit state, period 2²⁵⁶ − 1.
///
/// The state is seeded from one 64-bit seed through ``SplitMix64``, as the authors recommend.
/// Each call is O(1); the stream is fully determined by the seed.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// Creates a generator whose 256-bit state is expanded from `seed` by SplitMix64.
    /// - Parameter seed: Any 64-bit value.
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        s0 = expander.next(); s1 = expander.next(); s2 = expander.next(); s3 = expander.next()
    }

    /// The next 64 random bits.
    /// - Returns: A uniformly distributed `UInt64`.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
