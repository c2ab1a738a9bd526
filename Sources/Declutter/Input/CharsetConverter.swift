import Foundation

/// Turns a page's bytes into well-formed UTF-8 in the charset ``CharsetDetector`` chose.
///
/// libxml2 is always handed UTF-8 from here, never a legacy charset: libxml2 2.9 stops reading
/// the document at the first byte its converter rejects (an undefined windows-1252 byte such as
/// 0x81, a stray invalid byte in a UTF-8 page) and silently drops everything after it. Converting
/// here replaces such bytes with U+FFFD and keeps the rest of the page.
enum CharsetConverter {
    /// Calls `body` with the page as well-formed UTF-8, without copying when it already is.
    static func withUTF8<R>(_ bytes: UnsafeBufferPointer<UInt8>, decision: CharsetDetector.Decision,
                            _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let payload = UnsafeBufferPointer(rebasing: bytes[decision.bomLength...])
        switch decision.charset {
        case CharsetNames.utf8 where decision.utf8.isValid:
            return body(payload)
        case CharsetNames.utf8:
            // String's decoder puts one U+FFFD for each malformed sequence.
            var repaired = String(decoding: payload, as: UTF8.self)
            return repaired.withUTF8(body)
        case CharsetNames.utf16LE, CharsetNames.utf16BE:
            var text = TextDecoder.decodeUTF16(Array(payload)[...], littleEndian: decision.charset == CharsetNames.utf16LE)
            return text.withUTF8(body)
        case CharsetNames.windows1252:
            var text = Windows1252.decode(Array(payload))
            return text.withUTF8(body)
        default:
            if let converted = IconvDecoder.decode(payload, from: decision.charset) {
                return converted.withUnsafeBufferPointer(body)
            }
            var repaired = String(decoding: payload, as: UTF8.self)
            return repaired.withUTF8(body)
        }
    }
}

/// Decodes a legacy multi-byte or single-byte charset with the C library's iconv.
enum IconvDecoder {
    /// UTF-8 bytes per input byte at worst: one byte of a single-byte charset can become three
    /// bytes of UTF-8 (and a rejected byte becomes the three bytes of U+FFFD).
    static let maxGrowth = 3

    /// The UTF-8 form of `input` read as `charset`, each byte iconv rejects replaced by U+FFFD;
    /// nil when iconv does not know the charset.
    static func decode(_ input: UnsafeBufferPointer<UInt8>, from charset: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        guard let inputBase = input.baseAddress else { return [] }
        let capacity = input.count * maxGrowth + 16
        var output = [UInt8](repeating: 0, count: capacity)
        let written = output.withUnsafeMutableBufferPointer { outBuffer -> Int in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inputBase)
                .assumingMemoryBound(to: CChar.self)
            var inLeft = input.count
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var outLeft = capacity
            while inLeft > 0 {
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                let failure = errno
                guard (failure == EILSEQ || failure == EINVAL), outLeft >= 3 else { break }
                // A byte the charset does not define, or a truncated sequence at the end.
                for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                    outPointer?.pointee = CChar(bitPattern: byte)
                    outPointer = outPointer.map { $0 + 1 }
                }
                outLeft -= 3
                inPointer = inPointer.map { $0 + 1 }
                inLeft -= 1
            }
            // Return a stateful encoding (ISO-2022-JP) to its initial state.
            _ = iconv(converter, nil, nil, &outPointer, &outLeft)
            return capacity - outLeft
        }
        output.removeSubrange(written...)
        return output
    }
}
