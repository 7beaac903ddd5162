import Canvas
import Foundation

/// A 2-D affine map in the PDF/Cairo convention: x' = a·x + c·y + tx, y' = b·x + d·y + ty.
struct AffineTransform: Hashable {
    var a, b, c, d, tx, ty: Double

    static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    static func translation(x: Double, y: Double) -> AffineTransform {
        AffineTransform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }

    static func scale(x: Double, y: Double) -> AffineTransform {
        AffineTransform(a: x, b: 0, c: 0, d: y, tx: 0, ty: 0)
    }

    /// A rotation by `radians`, clockwise on screen in y-down space (Cairo's `cairo_rotate`).
    static func rotation(radians: Double) -> AffineTransform {
        let cosine = cos(radians), sine = sin(radians)
        return AffineTransform(a: cosine, b: sine, c: -sine, d: cosine, tx: 0, ty: 0)
    }

    /// This map followed by `next`.
    func concatenating(_ next: AffineTransform) -> AffineTransform {
        AffineTransform(a: a * next.a + b * next.c, b: a * next.b + b * next.d,
                        c: c * next.a + d * next.c, d: c * next.b + d * next.d,
                        tx: tx * next.a + ty * next.c + next.tx, ty: tx * next.b + ty * next.d + next.ty)
    }

    var determinant: Double { a * d - b * c }

    /// Whether the map is finite and invertible (what Cairo calls a valid matrix).
    var isInvertible: Bool {
        [a, b, c, d, tx, ty].allSatisfy(\.isFinite) && determinant != 0 && determinant.isFinite
    }

    /// The inverse map (only meaningful when `isInvertible`).
    var inverted: AffineTransform {
        let det = determinant
        let ia = d / det, ib = -b / det, ic = -c / det, id = a / det
        return AffineTransform(a: ia, b: ib, c: ic, d: id, tx: -(tx * ia + ty * ic), ty: -(tx * ib + ty * id))
    }

    func apply(_ p: Point) -> Point {
        Point(x: a * p.x + c * p.y + tx, y: b * p.x + d * p.y + ty)
    }

    /// The length of the vector (dx, dy) after the map without its translation.
    func length(dx: Double, dy: Double) -> Double {
        let x = a * dx + c * dy, y = b * dx + d * dy
        return (x * x + y * y).squareRoot()
    }
}

extension PDFBytes {
    /// Appends the six numbers of `m` separated by spaces (rotation/scale parts to 6 decimals,
    /// translations to 3).
    mutating func append(matrix m: AffineTransform) {
        append(number: m.a, decimals: 6); append(" ")
        append(number: m.b, decimals: 6); append(" ")
        append(number: m.c, decimals: 6); append(" ")
        append(number: m.d, decimals: 6); append(" ")
        append(number: m.tx); append(" ")
        append(number: m.ty)
    }
}
