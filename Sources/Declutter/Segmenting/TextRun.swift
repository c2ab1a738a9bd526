/// The text of the block being built by the HTML walker, gathered from text nodes as UTF-8 bytes
/// with ASCII white space already collapsed (so that byte counts such as ``linkBytes`` match the
/// final text). One buffer is reused for every block of a page.
struct TextRun {
    /// The bytes so far: no leading white space, runs of ASCII white space collapsed to one space.
    private(set) var bytes: [UInt8] = []
    /// Bytes that came from inside links (a space between two link bytes counts as link text).
    private(set) var linkBytes = 0
    /// Bytes that came from inline elements with cues or landmarks of their own (beyond the block's).
    private(set) var markedBytes = 0
    /// Cues of those inline elements.
    private(set) var markedCues: Cues = []
    /// Landmarks of those inline elements.
    private(set) var markedLandmarks: Landmarks = []
    /// White space was seen after the last byte; it becomes one space if more text follows.
    private var pendingSpace = false
    /// The last byte written came from inside a link.
    private var lastWasLink = false

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends a NUL-terminated UTF-8 string; returns the number of visible (non-space) bytes added.
    @discardableResult
    mutating func append(_ text: UnsafePointer<UInt8>, inLink: Bool) -> Int {
        var added = 0
        var cursor = text
        while true {
            let byte = cursor.pointee
            if byte == 0 { break }
            cursor += 1
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if !bytes.isEmpty {
                    bytes.append(0x20)
                    if inLink && (added > 0 || lastWasLink) { linkBytes += 1 }
                }
                pendingSpace = false
            }
            bytes.append(byte)
            added += 1
        }
        if added > 0 {
            if inLink { linkBytes += added }
            lastWasLink = inLink
        }
        return added
    }

    /// Records that the last `count` visible bytes came from an inline element with these marks.
    mutating func mark(_ count: Int, cues: Cues, landmarks: Landmarks) {
        markedBytes += count
        markedCues.formUnion(cues)
        markedLandmarks.formUnion(landmarks)
    }

    /// A line break or another boundary inside the block: a space if more text follows.
    mutating func appendSpace() {
        pendingSpace = true
    }

    /// The text, white space normalised (Unicode spaces too), trimmed.
    func text() -> String {
        bytes.withUnsafeBufferPointer { Whitespace.normalize(utf8: $0) }
    }

    /// Empties the run, keeping its storage.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        linkBytes = 0
        markedBytes = 0
        markedCues = []
        markedLandmarks = []
        pendingSpace = false
        lastWasLink = false
    }
}
