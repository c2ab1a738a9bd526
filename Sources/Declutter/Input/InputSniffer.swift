import Foundation

/// Decides whether input bytes are HTML, plain text, or not a page at all.
enum InputSniffer {
    /// How many leading bytes are examined; enough for a doctype, a BOM and a few tags.
    static let sniffWindow = 4096
    /// Share of control bytes (NUL and C0 other than tab/newline/CR/form feed) above which the
    /// input is binary; text pages have none. Uniformly random bytes hold 28/256 ≈ 10.9%, so the
    /// bar sits well under that (at 10% a random file passed as text about one time in twenty).
    static let maxControlShare = 0.05

    /// Magic numbers of common binary formats that show up in crawls.
    static let binarySignatures: [(prefix: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF binary"),
        ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
        ([0x00, 0x00, 0x01, 0x00], "icon image"),
        ([0x4F, 0x67, 0x67, 0x53], "Ogg media"),
        ([0x49, 0x44, 0x33], "MP3 audio"),
        ([0x77, 0x4F, 0x46, 0x46], "WOFF font"),
        ([0x77, 0x4F, 0x46, 0x32], "WOFF2 font"),
    ]

    /// Tag names whose presence near the top marks markup as HTML.
    static let htmlMarkers: [String] = [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
        "<article", "<main", "<section", "<table", "<script", "<link ", "<span", "<br", "<h1", "<h2", "<ul",
    ]

    /// The kind to read `data` as. `declared` wins unless it is `.auto`; binary input throws.
    static func kind(of data: Data, declared: InputKind) throws -> InputKind {
        if declared != .auto {
            // Nothing to sniff: the head is read in place, not copied.
            try data.withUnsafeBytes { raw in
                try rejectBinary(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self).prefix(sniffWindow)))
            }
            return declared
        }
        let head = [UInt8](data.prefix(sniffWindow))
        try rejectBinary(head)
        return looksLikeHTML(head) ? .html : .text
    }

    /// Throws ``DeclutterError/notAPage(reason:)`` for known binary formats and control-byte soup.
    static func rejectBinary(_ head: [UInt8]) throws {
        try head.withUnsafeBufferPointer { try rejectBinary($0) }
    }

    /// ``rejectBinary(_:)-([UInt8])`` on bytes in place.
    static func rejectBinary(_ head: UnsafeBufferPointer<UInt8>) throws {
        if head.isEmpty { return }
        // UTF-16 with a BOM is text even though half its bytes are NUL.
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return }
        for signature in binarySignatures where head.starts(with: signature.prefix) {
            throw DeclutterError.notAPage(reason: signature.name)
        }
        if head.count >= 12, head.starts(with: [0x52, 0x49, 0x46, 0x46]) {  // "RIFF" ... "WEBP"/"WAVE"/"AVI "
            throw DeclutterError.notAPage(reason: "RIFF media")
        }
        let controls = controlBytes(head)
        if Double(controls) > Double(head.count) * maxControlShare {
            throw DeclutterError.notAPage(reason: "binary data")
        }
    }

    /// Control bytes other than tab, line feed, form feed and carriage return, eight bytes at a time.
    static func controlBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var controls = 0
        var offset = 0
        while offset < bytes.count {
            let word = SWAR.load(bytes, at: offset)
            // Text has a line break now and then and no other control byte: the four allowed
            // ones are looked for only in chunks with a byte below 0x20.
            let low = SWAR.bytes(word, below: 0x20)
            if low != 0 {
                let valid: UInt64 = bytes.count - offset >= 8 ? ~0 : (1 << UInt64((bytes.count - offset) * 8)) - 1
                let allowed = SWAR.bytes(word, equalTo: 0x09) | SWAR.bytes(word, equalTo: 0x0A)
                    | SWAR.bytes(word, equalTo: 0x0C) | SWAR.bytes(word, equalTo: 0x0D)
                let other = low & ~allowed & valid
                if other != 0 { controls += other.nonzeroBitCount }
            }
            offset += 8
        }
        return controls
    }

    /// True when the first markup-looking bytes are one of ``htmlMarkers``.
    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        var lowered = narrowUTF16(head)
        for index in lowered.indices where lowered[index] >= 0x41 && lowered[index] <= 0x5A {
            lowered[index] |= 0x20
        }
        // Skip a UTF-8 BOM and leading whitespace: HTML almost always opens with '<'.
        var start = 0
        if lowered.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < lowered.count, lowered[start] == 0x20 || (lowered[start] >= 0x09 && lowered[start] <= 0x0D) {
            start += 1
        }
        guard start < lowered.count, lowered[start] == UInt8(ascii: "<") else { return false }
        let window = lowered[start...]
        for marker in htmlMarkers {
            let bytes = Array(marker.utf8)
            if window.firstRange(of: bytes) != nil { return true }
        }
        return false
    }

    /// A UTF-16 head (by its BOM) as one byte per code unit — the low byte, which is the ASCII
    /// character for markup — so UTF-16 HTML is sniffed as HTML; any other head unchanged.
    static func narrowUTF16(_ head: [UInt8]) -> [UInt8] {
        let littleEndian = head.starts(with: [0xFF, 0xFE])
        guard littleEndian || head.starts(with: [0xFE, 0xFF]) else { return head }
        var narrowed = [UInt8]()
        narrowed.reserveCapacity(head.count / 2)
        var index = 2
        while index + 1 < head.count {
            let (low, high) = littleEndian ? (head[index], head[index + 1]) : (head[index + 1], head[index])
            // A code unit above U+00FF is not markup: a placeholder that matches no marker.
            narrowed.append(high == 0 ? low : UInt8(ascii: "?"))
            index += 2
        }
        return narrowed
    }
}
