import Canvas

/// A two-page document exercising every drawing feature, drawn on any `DocumentSink`.
public enum SampleReport {
    /// Strings that must survive the PDF round trip (checked with pdftotext).
    public static let specialText = ["λ_HU", "±", "≥", "≤", "µ", "₄₀", "²", "≥ 1 cm"]

    public static let metadata = DocumentMetadata(
        title: "Tumour board report — Test Patient", author: "hccreport tests", subject: "HCC",
        keywords: "HCC, DECT", creator: "hccreport", creationDate: "2024-03-01T10:00:00Z")

    /// Draws the document; `pages` repeats the second page to make larger documents.
    public static func draw(on document: DocumentSink, extraPages: Int = 0) {
        document.setMetadata(metadata)
        let page1 = document.beginPage(size: .a4)
        drawFirstPage(page1)
        document.endPage()
        document.addOutlineEntry(title: "Summary", page: 1, level: 0, top: 50)
        document.addOutlineEntry(title: "Nomogram", page: 1, level: 1, top: 185)
        for _ in 0...extraPages {
            let page = document.beginPage(size: .letter)
            drawSecondPage(page)
            document.endPage()
        }
        document.addOutlineEntry(title: "Follow-up", page: 2, level: 0, top: 40)
    }

    public static func drawFirstPage(_ c: Canvas) {
        let body = FontSpec(size: 10)
        c.draw(TextBlock("Tumour board report", font: body.bold.with(size: 18)), at: Point(x: 56, y: 50))
        c.draw(TextBlock("Regular text", font: body), at: Point(x: 56, y: 90))
        c.draw(TextBlock("Bold text", font: body.bold), at: Point(x: 56, y: 105))
        c.draw(TextBlock("Italic text", font: body.italicized), at: Point(x: 56, y: 120))
        c.draw(TextBlock("Bold italic text", font: body.bold.italicized), at: Point(x: 56, y: 135))
        c.draw(TextBlock("Mono 0.873", font: FontSpec(family: .mono, size: 10)), at: Point(x: 56, y: 150))
        c.draw(TextBlock("Mono bold", font: FontSpec(family: .mono, weight: .bold, size: 10)), at: Point(x: 56, y: 165))
        c.draw(TextBlock("λ_HU = 1.92 ± 0.31, NIC ≥ 0.5 ≤ 0.9, dose 120 µGy, V₄₀ 3.1 cm², margin ≥ 1 cm",
                         font: body), at: Point(x: 56, y: 185))
        c.draw(TextBlock("<b>Markup</b> with <i>italic</i> and <span rise='-3pt' size='smaller'>sub</span> &amp; entity",
                         font: body, isMarkup: true), at: Point(x: 56, y: 205))
        c.draw(TextBlock("A long paragraph that must wrap onto several lines because its width is limited to one "
                         + "hundred and fifty points, centred.", font: body, width: 150, alignment: .center, lineSpacing: 0.2),
               at: Point(x: 56, y: 230))
        c.destination("summary", at: Point(x: 56, y: 50))
        c.link(Rect(x: 56, y: 300, width: 120, height: 14), to: .destination("followup"))
        c.draw(TextBlock("Go to follow-up", font: body, color: Color(red: 0, green: 0.2, blue: 0.8)), at: Point(x: 56, y: 300))
        c.link(Rect(x: 56, y: 320, width: 120, height: 14), to: .uri("https://example.org/it's"))
        c.draw(TextBlock("External reference", font: body), at: Point(x: 56, y: 320))
    }

    public static func drawSecondPage(_ c: Canvas) {
        c.destination("followup", at: Point(x: 56, y: 40))
        c.draw(TextBlock("Follow-up", font: FontSpec(weight: .bold, size: 14)), at: Point(x: 56, y: 40))
        c.stroke(.line(from: Point(x: 56, y: 80), to: Point(x: 300, y: 80)), style: StrokeStyle(width: 1))
        c.stroke(.line(from: Point(x: 56, y: 90), to: Point(x: 300, y: 90)),
                 style: StrokeStyle(width: 0.75, color: Color(grey: 0.4), dash: [4, 2], cap: .round))
        c.fillAndStroke(.circle(center: Point(x: 400, y: 100), radius: 30), fill: Color(hex: "#E6A11A") ?? .black,
                        stroke: StrokeStyle(width: 0.5, join: .bevel))
        var arc = Path()
        arc.move(to: Point(x: 470, y: 100))
        arc.arc(center: Point(x: 450, y: 100), radius: 20, start: 0, end: .pi / 2)
        c.stroke(arc, style: StrokeStyle(width: 2, join: .round))
        c.withState {
            c.clip(to: .rect(Rect(x: 56, y: 120, width: 200, height: 100)))
            c.translate(x: 56, y: 120)
            c.rotate(radians: 0.1)
            c.scale(x: 2, y: 1)
            c.fill(.rect(Rect(x: 0, y: 0, width: 50, height: 40)), color: Color(grey: 0.8, alpha: 0.5))
        }
        var points: [Point] = []
        for i in 0..<200 {
            points.append(Point(x: 56 + Double(i) * 2, y: 300 + 40 * ((Double(i) * 0.1).truncatingRemainder(dividingBy: 1))))
        }
        c.stroke(.polyline(points), style: StrokeStyle(width: 0.5))
        var curve = Path()
        curve.move(to: Point(x: 56, y: 400))
        curve.curve(to: Point(x: 300, y: 400), control1: Point(x: 120, y: 350), control2: Point(x: 240, y: 450))
        c.stroke(curve, style: StrokeStyle())
        c.link(Rect(x: 56, y: 500, width: 100, height: 14), to: .destination("summary"))
        c.draw(TextBlock("Back to summary", font: FontSpec(size: 10)), at: Point(x: 56, y: 500))
    }
}
