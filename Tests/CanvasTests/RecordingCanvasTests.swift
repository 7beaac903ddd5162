import Testing
@testable import Canvas

@Suite struct RecordingCanvasTests {
    @Test func dumpsCallsAsStableText() {
        let c = RecordingCanvas()
        c.save()
        c.stroke(.line(from: Point(x: 0, y: 0), to: Point(x: 10.005, y: -0.001)), style: StrokeStyle(width: 1, dash: [2, 1]))
        c.fill(.rect(Rect(x: 1, y: 2, width: 3, height: 4)), color: Color(grey: 0.5))
        c.draw(TextBlock("a\"b", font: FontSpec(size: 8)), at: Point(x: 1, y: 2))
        c.restore()
        #expect(c.dump == """
        save
        stroke w=1.00 #000000 dash=2.00,1.00
          M0.00,0.00 L10.01,0.00
        fill #808080
          M1.00,2.00 L4.00,2.00 L4.00,6.00 L1.00,6.00 Z
        text 1.00 2.00 sans-regular 8.00 #000000 left "a\\"b"
        restore

        """)
        #expect(c.lines[1] == "stroke w=1.00 #000000 dash=2.00,1.00 M0.00,0.00 L10.01,0.00")
    }

    @Test func dumpPutsEachSubpathOnItsOwnLineAndWrapsLongOnes() {
        var path = Path()
        path.move(to: Point(x: 0, y: 0))
        for k in 1...9 { path.line(to: Point(x: Double(k), y: 0)) }
        path.move(to: Point(x: 0, y: 5))
        path.line(to: Point(x: 1, y: 5))
        let c = RecordingCanvas()
        c.stroke(path, style: StrokeStyle(width: 1))
        #expect(c.dump == """
        stroke w=1.00 #000000
          M0.00,0.00 L1.00,0.00 L2.00,0.00 L3.00,0.00 L4.00,0.00 L5.00,0.00 L6.00,0.00 L7.00,0.00
            L8.00,0.00 L9.00,0.00
          M0.00,5.00 L1.00,5.00

        """)
    }

    @Test func approximateMetricsWrapOnSpaces() {
        let t = TextBlock("aaaa bbbb cccc", font: FontSpec(size: 10), width: 50)
        let m = RecordingCanvas.approximateMetrics(t)
        #expect(m.lineCount == 2) // "aaaa bbbb" = 45 pt fits, "cccc" wraps
        #expect(m.height == 24)
        #expect(m.width == 45)
    }

    @Test func markupIsStrippedForMeasurement() {
        let t = TextBlock("<b>ab</b> &amp;", font: FontSpec(size: 10), isMarkup: true)
        #expect(RecordingCanvas.approximateMetrics(t).width == 20) // "ab &" = 4 chars
    }

    @Test(arguments: [(Color(hex: "#FF8000"), "#FF8000"), (Color(hex: "00000080"), "#00000080")])
    func colorHexRoundTrips(_ c: Color?, _ text: String) {
        #expect(c?.description == text)
    }
}
