import CLibXML2

/// The libxml2 wrapper: parses UTF-8 bytes into a libxml2 tree, lends it to a closure, and frees
/// it when the closure returns. No libxml2 pointer outlives the call.
enum HTMLDocument {
    /// Parser options: recover from any markup, report nothing, never touch the network, keep
    /// short text inside the node (fewer allocations), read the bytes as the UTF-8 we pass and
    /// not as what a `<meta charset>` inside says, and add no DOCTYPE node we would only skip.
    /// XML_PARSE_HUGE lifts libxml2's nesting limit: without it the parser stops for good at the
    /// 257th nested element and the rest of the page is lost. (The HTML parser never loads or
    /// expands external entities, so the limit guards nothing here.)
    static let parseOptions: Int32 = {
        let options: [htmlParserOption] = [
            HTML_PARSE_RECOVER, HTML_PARSE_NOERROR, HTML_PARSE_NOWARNING, HTML_PARSE_NONET,
            HTML_PARSE_COMPACT, HTML_PARSE_IGNORE_ENC, HTML_PARSE_NODEFDTD,
        ]
        return Int32(options.reduce(XML_PARSE_HUGE.rawValue) { $0 | $1.rawValue })
    }()

    /// libxml2's one-time global set-up, done once before the first parse (it is not safe to
    /// let the first parses on several threads race to do it).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `utf8` (well-formed UTF-8, see ``CharsetConverter``) and calls `body` with the
    /// document; nil when libxml2 returns no document (empty input).
    static func withDocument<R>(utf8: UnsafeBufferPointer<UInt8>, _ body: (htmlDocPtr) -> R) -> R? {
        _ = initialized
        guard let base = utf8.baseAddress, utf8.count > 0, utf8.count <= Int(Int32.max) else { return nil }
        declutter_silenceErrors()
        let document = base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { chars in
            htmlReadMemory(chars, Int32(utf8.count), nil, "UTF-8", parseOptions)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return body(document)
    }
}
