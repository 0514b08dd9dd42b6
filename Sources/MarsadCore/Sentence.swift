/// A sentence of a document: its span in the original text and its position.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var span: TextSpan
    /// The span of the quotation this sentence belongs to, when it lies inside one
    /// that was opened in an earlier sentence or spans several sentences.
    public var quote: TextSpan?

    public init(index: Int, span: TextSpan, quote: TextSpan? = nil) {
        self.index = index
        self.span = span
        self.quote = quote
    }
}
