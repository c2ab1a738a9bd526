/// Splits text into words exactly as score.py does with Python's `re.findall(r'\w+', text)` on a
/// `str`: a word is a maximal run of `\w` characters, and punctuation, spaces, symbols, emoji and
/// combining marks separate words.
///
/// Python's `\w` (for `str` patterns) is `_` plus every character whose `str.isalnum()` is true,
/// which with CPython 3.11's Unicode 14 database is exactly the general categories `L*` (letters)
/// and `N*` (`Nd`, `Nl`, `No`: so `²`, `½`, `Ⅻ`, `①` are word characters). Marks (`Mn`, `Mc`,
/// `Me`) are not: a decomposed `e` + U+0301 ends the word at the accent, as in Python.
/// Characters assigned after Unicode 14 are unassigned (`Cn`, not words) to Python 3.11, so they
/// are not words here either: checked against python3 3.11.7 on every code point.
///
/// Words are compared by their bytes, never with `String` equality, which would treat
/// canonically equivalent spellings (`Å` U+212B and `Å` U+00C5) as one word where Python does not.
public enum WordTokenizer {
    /// Whether a scalar is a Python `\w` character: a letter, a number or the underscore.
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        if value < bmpSize {
            return bmpWordBits[value >> 6] & (1 << UInt64(value & 63)) != 0
        }
        return isWordByCategory(scalar)
    }

    /// The words of a string, in order (for tests and for display).
    public static func words(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return wordRanges(inValidUTF8: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Byte ranges of the words in `bytes`, which must be valid UTF-8 (see ``repairedUTF8(_:)``).
    public static func wordRanges(inValidUTF8 bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // Prose averages about six bytes a word; reserving avoids most regrowth.
        ranges.reserveCapacity(bytes.count / 6)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var wordStart = -1
            let count = buffer.count
            while index < count {
                let lead = buffer[index]
                let length: Int
                let isWord: Bool
                if lead < 0x80 {
                    length = 1
                    isWord = asciiWordBytes[Int(lead)]
                } else {
                    let decoded = decodeMultiByte(buffer, at: index, lead: lead)
                    length = decoded.length
                    isWord = isWordScalar(decoded.scalar)
                }
                if isWord {
                    if wordStart < 0 { wordStart = index }
                } else if wordStart >= 0 {
                    ranges.append(wordStart..<index)
                    wordStart = -1
                }
                index += length
            }
            if wordStart >= 0 { ranges.append(wordStart..<count) }
        }
        return ranges
    }

    /// The bytes as Python's `read_text(encoding='utf8', errors='replace')` sees them: every
    /// ill-formed sequence becomes U+FFFD (not a word character), so the result is valid UTF-8.
    public static func repairedUTF8<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Decodes the scalar of a 2-, 3- or 4-byte sequence starting at `index` in valid UTF-8.
    @inline(__always)
    private static func decodeMultiByte(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8) -> (scalar: Unicode.Scalar, length: Int) {
        var value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        for offset in 1..<length {
            value = value << 6 | UInt32(buffer[index + offset] & 0x3F)
        }
        // Valid UTF-8 never encodes a surrogate or a value past U+10FFFF; U+FFFD is a safe stand-in.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The Unicode version of the Python that runs score.py here (CPython 3.11: Unicode 14.0).
    public static let pythonUnicodeVersion: Unicode.Version = (major: 14, minor: 0)

    /// The rule itself, from the scalar's general category and the Unicode version it joined.
    private static func isWordByCategory(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age,
              (age.major, age.minor) <= (pythonUnicodeVersion.major, pythonUnicodeVersion.minor) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return scalar == "_"
        }
    }

    /// Scalars below this are looked up in a bit table; the rest ask for their category.
    private static let bmpSize = 0x10000

    /// One bit per Basic Multilingual Plane scalar: set when it is a word character.
    private static let bmpWordBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: bmpSize / 64)
        for value in 0..<bmpSize {
            if let scalar = Unicode.Scalar(UInt32(value)), isWordByCategory(scalar) {
                bits[value >> 6] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()

    /// The ASCII word bytes: `[A-Za-z0-9_]`.
    private static let asciiWordBytes: [Bool] = (0..<128).map { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }
}
