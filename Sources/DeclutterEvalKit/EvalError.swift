/// Why an evaluation or benchmark could not run: a folder that is not a corpus, no pages, an
/// unreadable folder. The text is meant for the user.
public struct EvalError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    /// Creates an error with its message.
    public init(_ description: String) {
        self.description = description
    }
}
