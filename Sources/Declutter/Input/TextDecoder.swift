import Foundation

/// Turns input bytes into a Swift string: a BOM first, then UTF-8 when the bytes are valid,
/// else windows-1252 (the usual encoding of pages that are not UTF-8 and declare nothing).
enum TextDecoder {
    /// Share of invalid UTF-8 sequences under which the input is still read as (damaged) UTF-8:
    /// a few stray bytes in a UTF-8 page should become U+FFFD, not turn the page into mojibake.
    static let maxInvalidShareForUTF8 = 0.01

    /// Runs `body` on the page's text as UTF-8 bytes: the input's own bytes when they are
    /// already well-formed UTF-8 without a byte-order mark or a NUL (nearly every page, so no
    /// copy and no second check), else the bytes of ``decode(_:)``'s text.
    static func withUTF8<R>(_ data: Data, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let direct: R? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress, !startsWithByteOrderMark(bytes),
                  memchr(base, 0, bytes.count) == nil, UTF8Validation.scan(bytes).isValid else { return nil }
            return .some(body(bytes))
        }
        if let direct { return direct }
        var text = decode(data)
        return text.withUTF8(body)
    }

    /// Whether the bytes open with a UTF-8 or UTF-16 byte-order mark.
    static func startsWithByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// The text of `data`, without NUL characters: they are invisible, and they cut the text
    /// short for every C string consumer downstream (the HTML path drops them in libxml2).
    static func decode(_ data: Data) -> String {
        let text = decodeKeepingNUL(data)
        let hasNUL = text.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        } ?? true
        guard hasNUL, text.utf8.contains(0) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0.value != 0 })
        return String(scalars)
    }

    /// The text of `data` as decoded: a BOM's encoding, else UTF-8 unless too much of it is
    /// invalid, else windows-1252.
    static func decodeKeepingNUL(_ data: Data) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes[3...], as: UTF8.self)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes[2...], littleEndian: true)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes[2...], littleEndian: false)
        }
        // Valid UTF-8, the common case: one pass that checks and copies.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let invalid = UTF8Validation.invalidSequenceCount(bytes)
        if invalid == 0 || Double(invalid) <= Double(bytes.count) * maxInvalidShareForUTF8 {
            return String(decoding: bytes, as: UTF8.self)
        }
        return Windows1252.decode(bytes)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

/// The windows-1252 code page (a superset of ISO-8859-1 for printable characters).
enum Windows1252 {
    /// Code points for bytes 0x80–0x9F; 0 marks the five undefined bytes, which map to themselves.
    static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            var value = UInt32(byte)
            if byte >= 0x80 && byte <= 0x9F, high[Int(byte - 0x80)] != 0 {
                value = high[Int(byte - 0x80)]
            }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
