/// The figures `figure` draws.
public enum FigureKind: String, CaseIterable, Sendable {
    case nomogram, violins, roc, response
}
