import Foundation

extension Double {
    /// e^self.
    var exp: Double { Foundation.exp(self) }
    /// The natural logarithm.
    var log: Double { Foundation.log(self) }
    /// log(1 + self), accurate near 0.
    var log1p: Double { Foundation.log1p(self) }
}
