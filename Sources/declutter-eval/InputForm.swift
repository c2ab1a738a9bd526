import Declutter

/// The input forms a corpus offers: its `text/` dumps or its `html/` pages.
enum InputForm: String {
    /// Plain-text dumps.
    case text
    /// Raw HTML.
    case html

    /// The kind the cleaner is told.
    var kind: InputKind {
        switch self {
        case .text: return .text
        case .html: return .html
        }
    }
}
