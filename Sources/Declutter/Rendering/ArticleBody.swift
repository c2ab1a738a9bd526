import Foundation

/// An article's body paragraphs, held either as UTF-8 bytes — the paragraphs joined by blank
/// lines, the form the text output prints — or as one string a paragraph; each form is made from
/// the other the first time it is asked for, and kept.
///
/// A text dump's kept blocks are bytes in their page's buffer. Copying them into one buffer
/// costs a copy; a string a paragraph costs an allocation and a UTF-8 check each (Swift checks
/// every string made from bytes, about nine instructions a byte), and printing those appends
/// each again: about a tenth of a text page's cleaning time went to the two. So the cleaner
/// joins the kept blocks' bytes once (``init(blocks:)``), the text output writes those bytes
/// (``Article/textData(includeTitle:)``), and strings are made only when asked for.
///
/// Logically immutable: the lazily made form is written once, under a lock, so one value can
/// be read from many threads.
final class ArticleBody: @unchecked Sendable, Equatable {
    /// Guards the two lazily made forms.
    private let lock = NSLock()
    private var strings: [String]?
    private var bytes: [UInt8]?
    /// Where each paragraph ends in `bytes`; empty unless made from blocks.
    private let ends: [Int]
    /// How many paragraphs there are.
    let count: Int

    /// Bytes between two paragraphs: the newline ending one and a blank line.
    private static let separatorBytes = 2

    /// A body of these paragraphs.
    init(paragraphs: [String]) {
        strings = paragraphs
        ends = []
        count = paragraphs.count
    }

    /// A body of the blocks' texts, their bytes joined at once; strings wait until asked for.
    convenience init(blocks: [Block]) {
        self.init(count: blocks.count) { index, body in blocks[index].withUTF8(body) }
    }

    /// A body of `count` texts, the `index`th read by `withText(index, body)` passing its UTF-8
    /// to `body`: the cleaner reads its kept blocks in place (no array of copies of them).
    init(count: Int, withText: (_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Int) -> Int) {
        var total = 0
        for index in 0..<count { total &+= withText(index) { $0.count } &+ ArticleBody.separatorBytes }
        var ends = [Int]()
        self.count = count
        // No array is made with no capacity: it would write into the shared empty-array storage.
        guard total > ArticleBody.separatorBytes else {
            bytes = []
            self.ends = [Int](repeating: 0, count: count)
            return
        }
        ends.reserveCapacity(count)
        bytes = [UInt8](unsafeUninitializedCapacity: total &- ArticleBody.separatorBytes) { buffer, initialized in
            var offset = 0
            for index in 0..<count {
                if index > 0 {
                    buffer[offset] = 0x0A
                    buffer[offset &+ 1] = 0x0A
                    offset &+= ArticleBody.separatorBytes
                }
                offset = withText(index) { text in
                    guard let base = text.baseAddress, !text.isEmpty else { return offset }
                    (buffer.baseAddress! + offset).initialize(from: base, count: text.count)
                    return offset &+ text.count
                }
                ends.append(offset)
            }
            initialized = offset
        }
        self.ends = ends
    }

    /// The paragraphs' UTF-8, joined by blank lines (no newline after the last).
    var joinedUTF8: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if let bytes { return bytes }
        let joined = Array(strings!.joined(separator: "\n\n").utf8)
        bytes = joined
        return joined
    }

    /// One string a paragraph.
    var paragraphs: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let strings { return strings }
        let made = split(bytes!)
        strings = made
        return made
    }

    /// The paragraphs of `joined` at ``ends``, each after a blank line but the first.
    private func split(_ joined: [UInt8]) -> [String] {
        joined.withUnsafeBufferPointer { buffer in
            var result = [String]()
            result.reserveCapacity(count)
            var start = 0
            for end in ends {
                // The offsets sit on the blocks' own boundaries, so each slice is whole UTF-8.
                result.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                start = end &+ ArticleBody.separatorBytes
            }
            return result
        }
    }

    static func == (lhs: ArticleBody, rhs: ArticleBody) -> Bool {
        lhs === rhs || lhs.paragraphs == rhs.paragraphs
    }
}
