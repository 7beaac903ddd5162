import Canvas
import TestSupport

/// Parses a `RecordingCanvas` dump back into texts and path coordinates for geometric checks.
struct RecordingScan {
    struct Text {
        var x: Double
        var y: Double
        var size: Double
        var string: String
        var width: Double
        var height: Double
        var box: Rect { Rect(x: x, y: y, width: width, height: height) }
    }

    struct Shape {
        var kind: String  // "fill" or "stroke"
        var line: String
        var points: [Point]
        /// Arc centres and radii (circles).
        var arcs: [(center: Point, radius: Double)]
    }

    var texts: [Text] = []
    var shapes: [Shape] = []
    /// Whether a transform (translate/rotate/scale) is active for some lines; such coordinates are skipped.
    var transformedTexts = 0

    init(_ canvas: RecordingCanvas) {
        var depth = 0
        var transformDepths: [Int] = []
        for line in canvas.lines {
            if line == "save" { depth += 1; continue }
            if line == "restore" {
                transformDepths.removeAll { $0 == depth }
                depth -= 1
                continue
            }
            if line.hasPrefix("translate") || line.hasPrefix("rotate") || line.hasPrefix("scale") {
                transformDepths.append(depth)
                continue
            }
            let transformed = !transformDepths.isEmpty
            if line.hasPrefix("text ") {
                let parts = line.split(separator: " ", maxSplits: 6)
                guard parts.count >= 5, let x = Double(parts[1]), let y = Double(parts[2]), let size = Double(parts[4]) else { continue }
                let string = line.firstIndex(of: "\"").map { String(line[line.index(after: $0)...].dropLast()) } ?? ""
                let wField = line.split(separator: " ").first { $0.hasPrefix("w=") }.flatMap { Double($0.dropFirst(2)) }
                let m = RecordingCanvas.approximateMetrics(TextBlock(string.replacingOccurrences(of: "\\n", with: "\n"),
                                                                     font: FontSpec(size: size), width: wField))
                if transformed { transformedTexts += 1; continue }
                texts.append(Text(x: x, y: y, size: size, string: string, width: wField ?? m.width, height: m.height))
            } else if (line.hasPrefix("fill ") || line.hasPrefix("stroke ")) && !transformed {
                var pts: [Point] = []
                var arcs: [(Point, Double)] = []
                for token in line.split(separator: " ") {
                    guard let first = token.first, "MLA".contains(first) else { continue }
                    let nums = token.dropFirst().split(separator: ",").compactMap { Double($0) }
                    if first == "A", nums.count == 5 {
                        arcs.append((Point(x: nums[0], y: nums[1]), nums[2]))
                    } else if nums.count == 2 {
                        pts.append(Point(x: nums[0], y: nums[1]))
                    }
                }
                shapes.append(Shape(kind: String(line.prefix { $0 != " " }), line: line, points: pts, arcs: arcs))
            }
        }
    }

    /// Centres of filled circles (filled-circle markers) with radius close to `radius`.
    func circleCentres(radius: Double) -> [Point] {
        shapes.filter { $0.kind == "fill" }.flatMap { $0.arcs.filter { isClose($0.radius, radius, absolute: 0.02) }.map(\.center) }
    }

    /// Whether two rectangles overlap by more than `tolerance` points.
    static func overlap(_ a: Rect, _ b: Rect, tolerance: Double = 0.01) -> Bool {
        a.minX < b.maxX - tolerance && b.minX < a.maxX - tolerance && a.minY < b.maxY - tolerance && b.minY < a.maxY - tolerance
    }
}
