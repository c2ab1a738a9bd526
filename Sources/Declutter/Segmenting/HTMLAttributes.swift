import CLibXML2

/// The attributes of one element the segmenter reads, gathered in one pass over libxml2's
/// attribute list. Values point into the libxml2 tree (NUL-terminated UTF-8) and are only valid
/// while the document is.
struct HTMLAttributes {
    var classValue: UnsafePointer<UInt8>? = nil
    var id: UnsafePointer<UInt8>? = nil
    var role: UnsafePointer<UInt8>? = nil
    var itemprop: UnsafePointer<UInt8>? = nil
    var style: UnsafePointer<UInt8>? = nil
    var ariaHidden: UnsafePointer<UInt8>? = nil
    var type: UnsafePointer<UInt8>? = nil
    var property: UnsafePointer<UInt8>? = nil
    var name: UnsafePointer<UInt8>? = nil
    var content: UnsafePointer<UInt8>? = nil
    var lang: UnsafePointer<UInt8>? = nil
    /// The boolean `hidden` attribute is present.
    var hidden = false
    /// The boolean `open` attribute is present (`<dialog open>`, `<details open>`).
    var open = false

    /// Reads `element`'s attributes; libxml2's HTML parser stores attribute names in lower case.
    init(_ element: UnsafeMutablePointer<xmlNode>) {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = UnsafePointer<UInt8>(rawName)
            // The value is the content of the attribute's one text child; a valueless attribute has none.
            let value = current.pointee.children.flatMap { UnsafePointer<UInt8>($0.pointee.content) }
            switch name[0] {
            case UInt8(ascii: "c"):
                if Self.equals(name, "class") { classValue = value } else if Self.equals(name, "content") { content = value }
            case UInt8(ascii: "i"):
                if Self.equals(name, "id") { id = value } else if Self.equals(name, "itemprop") { itemprop = value }
            case UInt8(ascii: "r"):
                if Self.equals(name, "role") { role = value }
            case UInt8(ascii: "s"):
                if Self.equals(name, "style") { style = value }
            case UInt8(ascii: "a"):
                if Self.equals(name, "aria-hidden") { ariaHidden = value }
            case UInt8(ascii: "h"):
                if Self.equals(name, "hidden") { hidden = true }
            case UInt8(ascii: "o"):
                if Self.equals(name, "open") { open = true }
            case UInt8(ascii: "t"):
                if Self.equals(name, "type") { type = value }
            case UInt8(ascii: "p"):
                if Self.equals(name, "property") { property = value }
            case UInt8(ascii: "n"):
                if Self.equals(name, "name") { self.name = value }
            case UInt8(ascii: "l"):
                if Self.equals(name, "lang") { lang = value }
            default:
                break
            }
        }
    }

    /// The value of the attribute `name` of `element`: for the attributes only a few elements
    /// need read (`href`, `src`, `rel`, `datetime`, `http-equiv`), which every element's
    /// ``init(_:)`` would otherwise carry.
    static func value(of name: StaticString, in element: UnsafeMutablePointer<xmlNode>) -> UnsafePointer<UInt8>? {
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name, equals(UnsafePointer(rawName), name) else { continue }
            return current.pointee.children.flatMap { UnsafePointer<UInt8>($0.pointee.content) }
        }
        return nil
    }

    /// Whether a NUL-terminated name is exactly `literal`.
    @inline(__always)
    static func equals(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0..<count where name[index] != bytes[index] { return false }
        return name[count] == 0
    }
}

extension HTMLAttributes {
    /// ARIA roles that name a landmark, and the landmark.
    static let roleLandmarks: [(role: StaticString, landmarks: Landmarks)] = [
        ("navigation", .nav), ("banner", .header), ("contentinfo", .footer), ("complementary", .aside),
        ("main", .main), ("article", .article), ("menu", .menu), ("menubar", .menu), ("dialog", .form),
        ("alertdialog", .form),
    ]

    /// The element hides its content from readers: the `hidden` attribute, `aria-hidden="true"`,
    /// or an inline style with `display:none` / `visibility:hidden`.
    var hidesContent: Bool {
        if hidden { return true }
        if let ariaHidden, Self.tokens(of: ariaHidden).contains(where: { Self.equalsLowercased($0, "true") }) {
            return true
        }
        guard let style else { return false }
        return Self.containsIgnoringSpaceAndCase(style, "display:none")
            || Self.containsIgnoringSpaceAndCase(style, "visibility:hidden")
    }

    /// Landmarks named by the `role` attribute (which may list several roles).
    var roleLandmarks: Landmarks {
        guard let role else { return [] }
        var landmarks: Landmarks = []
        for token in Self.tokens(of: role) {
            for entry in Self.roleLandmarks where Self.equalsLowercased(token, entry.role) {
                landmarks.formUnion(entry.landmarks)
            }
        }
        return landmarks
    }

    /// `itemprop` names the element as the schema.org article body.
    var isArticleBody: Bool {
        guard let itemprop else { return false }
        return Self.tokens(of: itemprop).contains { Self.equalsLowercased($0, "articlebody") }
    }

    /// A `<script type="application/ld+json">`.
    var isJSONLD: Bool {
        guard let type else { return false }
        return Self.tokens(of: type).first.map { Self.equalsLowercased($0, "application/ld+json") } ?? false
    }

    /// The `property` (Open Graph) or `name` of a `<meta>`, lower-cased.
    var metaKey: String? {
        guard let key = property ?? name else { return nil }
        return Self.firstTokenLowercased(key)
    }

    /// The first white-space-separated token of a value, ASCII lower-cased.
    static func firstTokenLowercased(_ value: UnsafePointer<UInt8>) -> String? {
        guard let token = tokens(of: value).first else { return nil }
        return String(decoding: token.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The lower-cased tokens of a value (`itemprop="author creator"`, `rel="canonical"`).
    static func lowercasedTokens(_ value: UnsafePointer<UInt8>) -> [String] {
        tokens(of: value).map { token in String(decoding: token.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) }
    }

    /// A value white-space normalised, nil when empty.
    static func text(_ value: UnsafePointer<UInt8>?) -> String? {
        guard let value else { return nil }
        let text = Whitespace.normalize(utf8: buffer(value))
        return text.isEmpty ? nil : text
    }

    /// Buffer over a NUL-terminated value.
    static func buffer(_ value: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var count = 0
        while value[count] != 0 { count += 1 }
        return UnsafeBufferPointer(start: value, count: count)
    }

    /// The white-space-separated tokens of a value.
    static func tokens(of value: UnsafePointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
        let all = buffer(value)
        return all.split(whereSeparator: ClassTokens.isSpace).map { UnsafeBufferPointer(rebasing: $0) }
    }

    /// ASCII case-insensitive equality with a lower-case literal.
    static func equalsLowercased(_ token: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        guard token.count == literal.utf8CodeUnitCount else { return false }
        let bytes = literal.utf8Start
        for index in 0..<token.count {
            let byte = token[index]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != bytes[index] { return false }
        }
        return true
    }

    /// Whether `value` contains the lower-case `pattern`, ignoring case and white space in `value`
    /// ("Display : None" contains "display:none").
    static func containsIgnoringSpaceAndCase(_ value: UnsafePointer<UInt8>, _ pattern: StaticString) -> Bool {
        let bytes = pattern.utf8Start
        let count = pattern.utf8CodeUnitCount
        var start = 0
        while value[start] != 0 {
            var cursor = start
            var matched = 0
            while matched < count {
                let byte = value[cursor]
                if byte == 0 { break }
                cursor += 1
                if ClassTokens.isSpace(byte) && matched > 0 { continue }
                if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != bytes[matched] { break }
                matched += 1
            }
            if matched == count { return true }
            start += 1
        }
        return false
    }
}
