/// How the HTML segmenter treats each element name: the one declarative table of tags.
///
/// Names not in the table (custom elements such as `<my-widget>`, obsolete tags) are inline:
/// their text joins the block around them, and any block-level element inside still splits it,
/// which is also how a browser lays out an unknown element.
struct HTMLTag: Sendable {
    /// What the walker does with the element.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Starts and ends a block: text before, inside and after it never share a block.
        static let block = Flags(rawValue: 1 << 0)
        /// Groups blocks: gets an id that blocks inside record as `container` / `ancestors`.
        static let container = Flags(rawValue: 1 << 1)
        /// Neither it nor anything inside yields text (script, style, form controls, media).
        static let skip = Flags(rawValue: 1 << 2)
        /// `<br>`: a space, and two in a row end the block.
        static let lineBreak = Flags(rawValue: 1 << 3)
        /// `<a>`: text inside counts as link text.
        static let link = Flags(rawValue: 1 << 4)
        /// Blocks nested inside take this element's role (a `<p>` in an `<li>` is a list item).
        static let passesRole = Flags(rawValue: 1 << 5)
        /// `<html>`, `<body>`: their class, id and hiding attributes are page-wide state, ignored.
        static let pageRoot = Flags(rawValue: 1 << 6)
        /// `<head>`: walked for `<title>`, `<meta>` and JSON-LD, but yields no blocks.
        static let noText = Flags(rawValue: 1 << 7)
        /// `<dialog>`: hidden unless it has the `open` attribute.
        static let hiddenUnlessOpen = Flags(rawValue: 1 << 8)
        /// Text-level formatting (`<b>`, `<em>`, `<sup>`...) that sits inside words and sentences;
        /// other inline elements side by side (`<a>` `<a>`, `<span>` `<time>`) are separated by a space.
        static let formatting = Flags(rawValue: 1 << 9)
        /// A skipped element that is walked after all when it holds a page's worth of text: libxml2
        /// 2.9 ignores `</button>` while a `<div>` inside is unclosed and so swallows the rest of
        /// the page into the button, and forum software (Discourse) serves its posts in `<noscript>`.
        static let probed = Flags(rawValue: 1 << 10)
    }

    /// Elements whose content the walker reads itself instead of walking.
    enum Special: Sendable {
        case none, title, meta, script, html, h1, template, link, image, time
    }

    var flags: Flags = []
    /// The role of text directly inside, when the element fixes it (nil: inherit or paragraph).
    var role: BlockRole? = nil
    /// Landmarks the element itself opens.
    var landmarks: Landmarks = []
    var special: Special = .none
    /// What the element means for the structure Markdown and JSON output keep.
    var shape: BlockPlace.Shape = .none
    /// The inline markup the element is, for Markdown links and emphasis (nil: none).
    var inline: InlineSpan.Kind? = nil
    /// Bytes 9–16 of the name, packed, to tell apart names longer than the 8 bytes the key holds.
    var tail: UInt64 = 0

    static let inline = HTMLTag()
}

/// The lookup from an element name (the NUL-terminated lower-case bytes libxml2 stores) to its ``HTMLTag``.
enum HTMLTags {
    /// Longest name the key reads; longer names are custom elements, never in the table.
    static let maxNameBytes = 16

    /// Name key → tag.
    static let table: HTMLTagTable = {
        var table = [UInt64: HTMLTag]()
        func add(_ names: [String], _ flags: HTMLTag.Flags, role: BlockRole? = nil, landmarks: Landmarks = [],
                 special: HTMLTag.Special = .none, shape: BlockPlace.Shape = .none, inline: InlineSpan.Kind? = nil) {
            for name in names {
                let (key, tail) = (Array(name.utf8) + [0]).withUnsafeBufferPointer { HTMLTags.key($0.baseAddress!) }
                table[key] = HTMLTag(flags: flags, role: role, landmarks: landmarks, special: special, shape: shape,
                                     inline: inline, tail: tail)
            }
        }
        // Block containers: group blocks, and text directly inside forms a paragraph run.
        add(["div", "section", "center", "details", "fieldset", "hgroup"], [.block, .container])
        add(["dl", "ul", "dir"], [.block, .container], shape: .list)
        add(["ol"], [.block, .container], shape: .orderedList)
        add(["table"], [.block, .container], shape: .table)
        add(["html"], [.block, .pageRoot], special: .html)
        add(["body"], [.block, .container, .pageRoot])
        add(["main"], [.block, .container], landmarks: .main)
        add(["article"], [.block, .container], landmarks: .article)
        add(["nav"], [.block, .container], landmarks: .nav)
        add(["header"], [.block, .container], landmarks: .header)
        add(["footer"], [.block, .container], landmarks: .footer)
        add(["aside"], [.block, .container], landmarks: .aside)
        add(["form"], [.block, .container], landmarks: .form)
        add(["menu"], [.block, .container], landmarks: .menu)
        add(["figure"], [.block, .container], landmarks: .figure)
        add(["dialog"], [.block, .container, .hiddenUnlessOpen], landmarks: .form)
        // Blocks that split text but do not group.
        add(["p", "address", "summary", "legend", "tbody", "thead", "tfoot", "hr", "listing", "xmp"], [.block])
        add(["tr"], [.block], shape: .row)
        // Blocks with a role of their own.
        add(["h1"], [.block, .passesRole], role: .heading(level: 1), special: .h1)
        for level in 2...6 { add(["h\(level)"], [.block, .passesRole], role: .heading(level: level)) }
        add(["li", "dd", "dt"], [.block, .passesRole], role: .listItem, shape: .item)
        add(["blockquote"], [.block, .container, .passesRole], role: .quote, shape: .quote)
        add(["pre"], [.block, .passesRole], role: .preformatted, shape: .pre)
        // A cell's own text is a table cell; blocks inside a cell (layout tables) are not.
        add(["td"], [.block, .container], role: .tableCell, shape: .cell)
        add(["th"], [.block, .container], role: .tableCell, shape: .headerCell)
        add(["caption"], [.block, .passesRole], role: .caption)
        add(["figcaption"], [.block, .passesRole], role: .caption, landmarks: .figure)
        // Text a reader never sees as page text.
        add(["script"], [.skip], special: .script)
        add(["title"], [.skip], special: .title)
        add(["meta"], [.skip], special: .meta)
        add(["template"], [.skip], special: .template)
        add(["link"], [.skip], special: .link)
        add(["img"], [.skip], special: .image)
        add(["style", "embed", "input", "select", "option", "optgroup", "base", "noembed", "noframes",
             "frameset", "frame", "param", "source", "track", "picture", "datalist", "rp", "rt"], [.skip])
        add(["noscript", "button", "textarea", "svg", "math", "iframe", "object", "applet", "canvas", "video",
             "audio", "map"], [.skip, .probed])
        add(["head"], [.noText])
        add(["br"], [.lineBreak])
        add(["a"], [.link], inline: .link)
        // Inline, read for its `datetime`.
        add(["time"], [], special: .time)
        add(["b", "strong"], [.formatting], inline: .strong)
        add(["i", "em"], [.formatting], inline: .emphasis)
        add(["code", "kbd", "samp", "tt"], [.formatting], inline: .code)
        add(["u", "s", "strike", "del", "ins", "sup", "sub", "small", "big", "mark", "var", "abbr", "acronym", "dfn",
             "q", "cite", "font", "bdi", "bdo", "ruby", "wbr", "nobr"], [.formatting])
        return HTMLTagTable(table)
    }()

    /// The tag for an element name.
    @inline(__always)
    static func lookup(_ name: UnsafePointer<UInt8>, in table: HTMLTagTable) -> HTMLTag {
        let (key, tail) = key(name)
        guard let tag = table[key], tag.tail == tail else { return .inline }
        return tag
    }

    /// The first 8 bytes packed into an integer (mixed with the length when the name is longer),
    /// and bytes 9–16 packed into another.
    @inline(__always)
    static func key(_ name: UnsafePointer<UInt8>) -> (key: UInt64, tail: UInt64) {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length = 0
        while length < maxNameBytes {
            let byte = name[length]
            if byte == 0 { break }
            if length < 8 {
                head |= UInt64(byte) << (8 * UInt64(length))
            } else {
                tail |= UInt64(byte) << (8 * UInt64(length - 8))
            }
            length += 1
        }
        return (length > 8 ? head ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15) : head, tail)
    }
}

/// The tag table in a ``ByteHashTable`` (a few compares per lookup, no `Hasher`): one lookup per
/// element of every page.
struct HTMLTagTable: Sendable {
    private let slots: ByteHashTable
    private let tags: [HTMLTag]

    init(_ table: [UInt64: HTMLTag]) {
        let entries = Array(table)
        tags = entries.map(\.value)
        slots = ByteHashTable(entries.enumerated().map { (key: $0.element.key, value: UInt32($0.offset)) })
    }

    /// The tag stored under `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> HTMLTag? {
        guard let index = slots.value(key) else { return nil }
        return tags[Int(index)]
    }
}
