import CFixedPoint
import Foundation
import Statistics
import Testing

/// CFixedPoint's formatting gives glibc's digits exactly (it stands in for glibc's printf inside
/// Cairo's PDF output and for `String(format:)` in charts and reports).
@Suite("Fixed-point formatting")
struct FixedPointTests {
    /// `hcc_format_fixed`, or `nil` where it declines.
    private func fixed(_ value: Double, precision: Int) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = hcc_format_fixed(&buffer, buffer.count, value, Int32(clamping: precision))
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `hcc_format_integer`.
    private func integer(_ value: Int, hexadecimal: Bool = false, width: Int = 0) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = hcc_format_integer(&buffer, buffer.count, Int64(value), hexadecimal ? 1 : 0, Int32(clamping: width))
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// glibc's own "%.<precision>f".
    private func glibc(_ value: Double, _ precision: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let length = withVaList([Int32(precision), value]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static let precisions = [0, 1, 2, 3, 6, 18]

    @Test func edgeCasesMatchGlibc() {
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.0625, 0.375, 1e-7, -1e-7, 0.1, 0.0005, 0.00049999999999999,
                                123456.789, 841.8898, 595.2756, 9007199254740991, -9007199254740991,
                                Double.leastNonzeroMagnitude, Double.leastNormalMagnitude, 1 - Double.ulpOfOne]
        // Exact ties at every precision up to 6: odd multiples of 2^-k.
        for k in 1...24 { values += [scalbn(1.0, -k), 3 * scalbn(1.0, -k), -5 * scalbn(1.0, -k), 1000 + scalbn(1.0, -k)] }
        // Values next to decimal roundings.
        for v in [0.0005, 0.0015, 1.0005, 2.675, 0.045, 1.005] { values += [v.nextDown, v, v.nextUp] }
        for value in values {
            for precision in Self.precisions {
                #expect(fixed(value, precision: precision) == glibc(value, precision), "\(value) %.\(precision)f")
            }
        }
    }

    /// 100,000 seeded random doubles over the whole range the fast path accepts, and PDF-like
    /// page coordinates, at each precision.
    @Test func randomValuesMatchGlibc() {
        var random = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
        var mismatches = 0
        for i in 0..<100_000 {
            let bits = random.next()
            let value: Double
            switch i % 3 {
            case 0: value = Double(bitPattern: bits)                                  // any finite double
            case 1: value = Double(bits >> 11) / Double(1 << 53) * 1000 - 100         // page coordinates
            default: value = Double(Int64(bitPattern: bits) >> 20) / 1024             // binary fractions (ties)
            }
            guard value.isFinite, abs(value) < 9007199254740992 else {
                #expect(fixed(value, precision: 3) == nil)
                continue
            }
            let precision = Self.precisions[i % Self.precisions.count]
            if fixed(value, precision: precision) != glibc(value, precision) {
                mismatches += 1
                Issue.record("\(value.bitPattern) %.\(precision)f: \(String(describing: fixed(value, precision: precision))) vs \(glibc(value, precision))")
                if mismatches > 10 { return }
            }
        }
    }

    @Test func integersMatchGlibc() {
        func glibc(_ format: String, _ arguments: [CVarArg]) -> String {
            var buffer = [CChar](repeating: 0, count: 64)
            let length = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
            return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        var values: [Int32] = [0, 1, -1, 9, 10, 15, 16, 255, 256, 65535, 65536, .max, .min, 12345, -98765]
        var state: UInt32 = 2_463_534_242
        for _ in 0..<2000 {  // xorshift32
            state ^= state << 13; state ^= state >> 17; state ^= state << 5
            values.append(Int32(bitPattern: state))
        }
        for value in values {
            #expect(integer(Int(value)) == glibc("%d", [value]))
            for width in [0, 1, 2, 4, 8] {
                #expect(integer(Int(value), hexadecimal: true, width: width) == glibc("%0*x", [Int32(width), value]))
            }
        }
    }

    @Test func declinesWhatItDoesNotHandle() {
        #expect(fixed(.nan, precision: 3) == nil)
        #expect(fixed(.infinity, precision: 3) == nil)
        #expect(fixed(9007199254740992, precision: 3) == nil)
        #expect(fixed(1, precision: 19) == nil)
        #expect(fixed(1, precision: -1) == nil)
    }
}
