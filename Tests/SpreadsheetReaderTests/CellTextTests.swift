import Testing
@testable import SpreadsheetReader

/// The text a number cell gives the case tree: `PlainDecimal.exactText`, as the spreadsheet shows it.
@Suite struct CellTextTests {
    @Test(arguments: [
        (42.0, nil, "42"), (4.2, nil, "4.2"), (1e-5, nil, "1e-05"), (-3, nil, "-3"), (1e15, nil, "1000000000000000"),
        (-0.0, nil, "0"), (42, 5, "00042"), (-0.0, 5, "00000"), (4.5, 5, "4.5"), (123456, 5, "123456"),
    ] as [(Double, Int?, String)])
    func numberCell(_ value: Double, _ zeroPaddedWidth: Int?, _ text: String) {
        #expect(CellText.text(of: SheetCell(column: 0, value: .number(value), zeroPaddedWidth: zeroPaddedWidth)) == text)
    }
}
