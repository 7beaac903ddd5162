import Formatting
import Testing

/// Sizes in messages. The case reader printed MiB with one decimal and no GiB, the workbook reader MiB
/// whole and GiB as "%.1f"; the case reader's rule won and extends to GiB: at most one decimal, none
/// when whole ("1 GiB", was "1.0 GiB"; "2.5 MiB" where the workbook reader said "3 MiB").
@Suite struct ByteCountTests {
    @Test(arguments: [
        (0, "0 bytes"), (1023, "1023 bytes"), (1024, "1 KiB"), (1535, "1 KiB"), (1536, "2 KiB"), (1023 * 1024, "1023 KiB"), (1023 * 1024 + 600, "1024 KiB"),
        (1 << 20, "1 MiB"), (5 << 19, "2.5 MiB"), (2 * (1 << 20) + 100_000, "2.1 MiB"), (100 << 20, "100 MiB"),
        ((1 << 30) - 1, "1024 MiB"), (1 << 30, "1 GiB"), (3 << 29, "1.5 GiB"), (Int.max, "8589934592 GiB"),
    ] as [(Int, String)])
    func sizes(_ bytes: Int, _ text: String) {
        #expect(ByteCount.text(bytes) == text)
    }

    @Test func negativeCountsClampToZero() {
        #expect(ByteCount.text(-5) == "0 bytes")
    }
}
