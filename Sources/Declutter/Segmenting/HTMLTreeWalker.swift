import CLibXML2

/// One walk over a libxml2 tree, in document order, that turns it into blocks and page hints.
///
/// The walk follows the tree's own child/next/parent pointers and keeps what each open element
/// passes down (cues, landmarks, role) in an explicit stack of frames, so a page nested 100,000
/// elements deep costs memory, not call stack. Text is gathered into one reusable ``TextRun``;
/// every block-level boundary (an element opening or closing, or two `<br>` in a row) ends the
/// run and turns it into a ``Block`` if it has any text.
struct HTMLTreeWalker {
    /// What an open element passes to the text and elements inside it.
    private struct Frame {
        var tag: HTMLTag
        /// Cues of this element and every ancestor.
        var cues: Cues
        /// Landmarks of this element and every ancestor.
        var landmarks: Landmarks
        /// Index of the nearest block-level frame (this one when the element is block-level).
        var owner: Int
        /// Role of a run of text whose nearest block-level element is this one.
        var runRole: BlockRole
        /// Role that block-level elements inside inherit (from `<li>`, `<blockquote>`, headings...).
        var passedRole: BlockRole?
        /// Index in `placeStack` of the lists, table, quote and code block the element sits in
        /// (kept apart so that a frame, copied on every element, stays small).
        var place: Int32
    }

    /// Visible text bytes above which a skipped element (see ``HTMLTag/Flags/probed``) is walked:
    /// real buttons, `<noscript>` notices and inline SVG labels hold well under this (the largest
    /// on the development corpus held 717 bytes), swallowed pages and forum posts far more.
    static let probedElementMaxTextBytes = 1_000

    /// Share of a block's text that inline elements with cues or landmarks of their own must
    /// hold to lend them to the block: a `<span class="byline">` that is the whole line marks it,
    /// a `<time class="date">` inside a sentence does not.
    static let inlineMarkShare = 0.5

    private typealias Node = UnsafeMutablePointer<xmlNode>

    /// What entering an element led to.
    private enum Entry {
        /// Nothing inside is walked.
        case skipped
        /// A frame was pushed: walk the children.
        case entered
        /// A frame was pushed for this streamed segment: walk its children here, then come back.
        case splice(Node)
    }

    private let tags = HTMLTags.table
    private let divTag: HTMLTag = Array("div\0".utf8).withUnsafeBufferPointer { HTMLTags.lookup($0.baseAddress!, in: HTMLTags.table) }
    private var document: htmlDocPtr? = nil
    /// React's streamed segments (found on the first placeholder), and those already walked.
    private var streamedSegments: [String: Node]? = nil
    private var splicedSegments = Set<Node>()
    private var frames: [Frame] = []
    private var run = TextRun()
    private var blocks: [Block] = []
    private var hints = PageHints()
    /// Ids of the open container elements, outermost first.
    private var containers: [Int] = []
    /// How many enclosing containers a block records (innermost first to go when deeper).
    static let maxAncestors = 48
    private var nextContainerID = 1
    /// Open `<a>` elements.
    private var linkDepth = 0
    /// Open elements that yield no text (`<head>`).
    private var noTextDepth = 0
    /// `<br>` elements since the last visible text.
    private var lineBreaks = 0
    /// Open `<h1>` elements, and the text gathered for the outermost one.
    private var h1Depth = 0
    private var h1Text = TextRun(capacity: 256)
    /// Texts of the JSON-LD scripts, in page order.
    private var jsonLD: [[UInt8]] = []
    /// Ids for the elements that shape a block's place (lists, tables, quotes, code).
    private var nextPlaceID: Int32 = 1
    /// The text of each `<pre>` as written, by its place id.
    private var verbatim: [Int32: String] = [:]
    /// Whether links and emphasis are recorded (``Options/inlineMarkup``).
    private var recordsInline = false
    /// The open inline elements being recorded: kind, link target, start in the run, frame index.
    private var openSpans: [(kind: InlineSpan.Kind, href: String?, start: Int, frame: Int)] = []
    /// The spans closed in the current run.
    private var runSpans: [InlineSpan] = []
    /// Each block's place among lists, tables, quotes and code, parallel to `blocks`.
    private var places: [BlockPlace] = []
    /// The places of the open elements that shape one (the page's own, empty place first).
    private var placeStack: [BlockPlace] = [BlockPlace()]
    /// Each block's spans, parallel to `blocks` (empty unless recorded).
    private var blockSpans: [[InlineSpan]] = []
    /// Cues of each distinct class/id value seen on this page (pages repeat them thousands of times).
    private var cueCache: [UInt64: Cues] = [:]

    /// Walks `document` and returns what it found.
    static func walk(_ document: htmlDocPtr, inlineMarkup: Bool = false) -> HTMLPage {
        var walker = HTMLTreeWalker()
        walker.recordsInline = inlineMarkup
        walker.walkTree(document)
        JSONLDArticle.read(walker.jsonLD, into: &walker.hints)
        PageSummary.mark(&walker.blocks, descriptions: walker.hints.descriptions)
        return HTMLPage(blocks: walker.blocks, hints: walker.hints, verbatim: walker.verbatim, places: walker.places,
                        spans: walker.blockSpans)
    }

    private mutating func walkTree(_ document: htmlDocPtr) {
        // A frame for the document itself, so every run has an owner.
        frames.append(Frame(tag: HTMLTag(flags: .block), cues: [], landmarks: [], owner: 0, runRole: .paragraph,
                            passedRole: nil, place: 0))
        self.document = document
        // Streamed segments being walked in place of their placeholder: (segment, placeholder).
        var splices: [(segment: Node, placeholder: Node)] = []
        var node = document.pointee.children
        while let current = node {
            var entry = Entry.skipped
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                entry = enter(current)
            case XML_TEXT_NODE:
                if noTextDepth == 0, let content = current.pointee.content { appendText(UnsafePointer(content)) }
            default:
                break
            }
            var cursor = current
            switch entry {
            case .skipped:
                break
            case .entered:
                if let child = current.pointee.children {
                    node = child
                    continue
                }
                exit()
            case .splice(let segment):
                if let child = segment.pointee.children {
                    splices.append((segment, current))
                    node = child
                    continue
                }
                exit()
            }
            // Next in document order: the next sibling, or the next sibling of the nearest
            // ancestor that has one, closing every element left on the way up (and going back
            // to the placeholder when a spliced segment ends).
            node = nil
            while true {
                if let next = cursor.pointee.next {
                    node = next
                    break
                }
                guard let parent = cursor.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
                exit()
                if let splice = splices.last, splice.segment == parent {
                    splices.removeLast()
                    cursor = splice.placeholder
                } else {
                    cursor = parent
                }
            }
        }
        flush()
    }

    // MARK: - Elements

    /// Opens an element: pushes a frame for it, or skips it and its content.
    private mutating func enter(_ element: Node) -> Entry {
        guard let rawName = element.pointee.name else { return .skipped }
        var tag = HTMLTags.lookup(UnsafePointer(rawName), in: tags)
        if tag.flags.contains(.lineBreak) {
            lineBreak()
            return .skipped
        }
        if tag.flags.contains(.skip) {
            if tag.special == .template, let segment = streamedSegment(for: element) {
                push(divTag, element: segment, attributes: nil)
                return .splice(segment)
            }
            if tag.special != .none { readSpecial(element, tag) }
            guard tag.flags.contains(.probed),
                  HTMLSubtree.visibleTextBytes(under: element, limit: Self.probedElementMaxTextBytes, tags: tags)
                    >= Self.probedElementMaxTextBytes else {
                return .skipped
            }
            // A swallowed page or a forum's posts: walk it as a plain inline element.
            tag = .inline
        }
        let attributes = HTMLAttributes(element)
        if !tag.flags.contains(.pageRoot) {
            if attributes.hidesContent { return .skipped }
            if tag.flags.contains(.hiddenUnlessOpen) && !attributes.open { return .skipped }
        }
        push(tag, element: element, attributes: attributes)
        return .entered
    }

    /// Pushes the frame of an element that is walked.
    private mutating func push(_ tag: HTMLTag, element: Node, attributes: HTMLAttributes?) {
        let parent = frames[frames.count - 1]
        var cues = parent.cues
        var landmarks = parent.landmarks.union(tag.landmarks)
        if let attributes, !tag.flags.contains(.pageRoot) {
            if let value = attributes.classValue { cues.formUnion(classCues(value)) }
            if let value = attributes.id { cues.formUnion(classCues(value)) }
            landmarks.formUnion(attributes.roleLandmarks)
            if attributes.isArticleBody { landmarks.insert(.articleBody) }
        }
        if tag.special == .html, hints.lang == nil, let lang = attributes?.lang {
            let value = Whitespace.normalize(utf8: HTMLAttributes.buffer(lang))
            if !value.isEmpty { hints.lang = value }
        }

        let isBlock = tag.flags.contains(.block)
        if !isBlock, !tag.flags.contains(.formatting), let previous = element.pointee.prev,
           previous.pointee.type == XML_ELEMENT_NODE, let previousName = previous.pointee.name,
           !HTMLTags.lookup(UnsafePointer(previousName), in: tags).flags.contains(.formatting) {
            // `<a>Privacy</a><a>Terms</a>`, `<span>By X</span><time>May 1</time>`: separate items
            // a style sheet spaces apart, not one word.
            run.appendSpace()
            if h1Depth > 0 { h1Text.appendSpace() }
        }
        var frame = Frame(tag: tag, cues: cues, landmarks: landmarks, owner: parent.owner, runRole: parent.runRole,
                          passedRole: parent.passedRole, place: parent.place)
        // A `<pre>` inside another is part of its code block: its text is read once, with the
        // outer one's (nested `<pre>`s must not each read their subtree again).
        let outerPre = placeStack[Int(parent.place)].pre
        if tag.shape != .none && !(tag.shape == .pre && outerPre != 0) {
            placeStack.append(placeStack[Int(parent.place)].entering(tag.shape, id: nextPlaceID))
            if tag.shape == .pre { verbatim[nextPlaceID] = HTMLSubtree.verbatimText(under: element, tags: tags) ?? "" }
            nextPlaceID &+= 1
        } else if tag.shape != .none {
            placeStack.append(placeStack[Int(parent.place)])
        }
        frame.place = tag.shape != .none ? Int32(placeStack.count - 1) : parent.place
        if isBlock {
            flush()
            frame.owner = frames.count
            frame.runRole = tag.role ?? parent.passedRole ?? .paragraph
            frame.passedRole = tag.flags.contains(.passesRole) ? frame.runRole
                : (tag.role == .tableCell ? nil : parent.passedRole)
        }
        if tag.flags.contains(.container) {
            containers.append(nextContainerID)
            nextContainerID += 1
        }
        if tag.flags.contains(.link) { linkDepth += 1 }
        if tag.flags.contains(.noText) { noTextDepth += 1 }
        if tag.special == .h1 {
            if h1Depth == 0 { h1Text.reset() }
            h1Depth += 1
        }
        if recordsInline, let kind = tag.inline { openSpan(kind, element: element) }
        if let attributes, attributes.itemprop != nil { readItemprop(element, attributes) }
        if tag.special == .time, hints.metadata.times.count < MetadataHints.maxTimes,
           let value = HTMLAttributes.text(HTMLAttributes.value(of: "datetime", in: element)) {
            hints.metadata.times.append(MetadataHints.TimeMark(blockIndex: blocks.count, value: value))
        }
        frames.append(frame)
    }

    /// The streamed segment a `<template id="B:n">` / `"P:n"` stands for, if the page has it and
    /// it has not been walked yet.
    private mutating func streamedSegment(for template: Node) -> Node? {
        guard template.pointee.properties != nil, let document, let id = HTMLAttributes(template).id,
              let suffix = HTMLSubtree.segmentSuffix(id, prefixes: ["B:", "P:"]) else { return nil }
        if streamedSegments == nil { streamedSegments = HTMLSubtree.streamedSegments(in: document) }
        guard let segment = streamedSegments?[suffix], !splicedSegments.contains(segment) else { return nil }
        splicedSegments.insert(segment)
        return segment
    }

    /// Starts recording an inline element at the end of the run (links only with a target a
    /// reader can follow).
    private mutating func openSpan(_ kind: InlineSpan.Kind, element: Node) {
        var href: String? = nil
        if kind == .link {
            guard let raw = HTMLAttributes.value(of: "href", in: element) else { return }
            let target = Whitespace.normalize(utf8: HTMLAttributes.buffer(raw))
            guard !target.isEmpty, !target.hasPrefix("#"), !target.lowercased().hasPrefix("javascript:") else { return }
            href = target
        }
        openSpans.append((kind, href, run.bytes.count, frames.count))
    }

    /// Closes the innermost open element.
    private mutating func exit() {
        if let last = openSpans.last, last.frame == frames.count - 1 {
            openSpans.removeLast()
            if run.bytes.count > last.start {
                runSpans.append(InlineSpan(start: last.start, end: run.bytes.count, kind: last.kind, href: last.href))
            }
        }
        let tag = frames[frames.count - 1].tag
        if tag.flags.contains(.block) { flush() }
        frames.removeLast()
        if tag.shape != .none { placeStack.removeLast() }
        if tag.flags.contains(.container) { containers.removeLast() }
        if tag.flags.contains(.link) { linkDepth -= 1 }
        if tag.flags.contains(.noText) { noTextDepth -= 1 }
        if tag.special == .h1 {
            h1Depth -= 1
            if h1Depth == 0 {
                let text = h1Text.text()
                if !text.isEmpty { hints.h1s.append(text) }
            }
        }
    }

    /// `<br>`: a space; the second in a row ends the block.
    private mutating func lineBreak() {
        lineBreaks += 1
        if lineBreaks >= 2 {
            flush()
        } else {
            run.appendSpace()
        }
        if h1Depth > 0 { h1Text.appendSpace() }
    }

    /// `<title>`, `<meta>` and `<script>`: read for page hints, never walked.
    private mutating func readSpecial(_ element: Node, _ tag: HTMLTag) {
        switch tag.special {
        case .title:
            guard hints.titleTag == nil else { return }
            let text = Self.childText(element).withUnsafeBufferPointer { Whitespace.normalize(utf8: $0) }
            if !text.isEmpty { hints.titleTag = text }
        case .meta:
            let attributes = HTMLAttributes(element)
            if attributes.itemprop != nil { readItemprop(element, attributes) }
            guard let key = attributes.metaKey
                    ?? HTMLAttributes.value(of: "http-equiv", in: element).flatMap(HTMLAttributes.firstTokenLowercased),
                  let value = HTMLAttributes.text(attributes.content) else { return }
            if hints.metadata.meta[key] == nil && hints.metadata.meta.count < MetadataHints.maxMetaTags {
                hints.metadata.meta[key] = value
            }
            if key == "og:title", hints.ogTitle == nil { hints.ogTitle = value }
            if key == "og:site_name", hints.ogSiteName == nil { hints.ogSiteName = value }
            if key == "description" || key == "og:description" || key == "twitter:description",
               !hints.descriptions.contains(value) {
                hints.descriptions.append(value)
            }
        case .script:
            if HTMLAttributes(element).isJSONLD { jsonLD.append(Self.childText(element)) }
        case .link:
            let attributes = HTMLAttributes(element)
            if attributes.itemprop != nil { readItemprop(element, attributes) }
            if hints.metadata.canonical == nil, let rel = HTMLAttributes.value(of: "rel", in: element),
               HTMLAttributes.lowercasedTokens(rel).contains("canonical") {
                hints.metadata.canonical = HTMLAttributes.text(HTMLAttributes.value(of: "href", in: element))
            }
        case .image:
            let attributes = HTMLAttributes(element)
            if attributes.itemprop != nil { readItemprop(element, attributes) }
        default:
            break
        }
    }

    /// Microdata: the value of each property of ``MetadataHints/itemprops`` the first time it is
    /// met — the `content`, `datetime`, `href` or `src` attribute, else (for an author, its
    /// nested `itemprop="name"` first) the element's short text.
    private mutating func readItemprop(_ element: Node, _ attributes: HTMLAttributes) {
        guard let itemprop = attributes.itemprop else { return }
        for property in HTMLAttributes.lowercasedTokens(itemprop)
        where MetadataHints.itemprops.contains(property) && hints.metadata.itemprops[property] == nil {
            var value = HTMLAttributes.text(attributes.content)
            for name: StaticString in ["datetime", "href", "src"] where value == nil {
                value = HTMLAttributes.text(HTMLAttributes.value(of: name, in: element))
            }
            guard value != nil || hints.metadata.itempropReads < MetadataHints.maxItempropReads else { continue }
            if value == nil { hints.metadata.itempropReads += 1 }
            if value == nil, property == "author" || property == "creator" || property == "publisher" {
                value = HTMLSubtree.itempropName(under: element, tags: tags, limit: MetadataHints.maxItempropTextBytes,
                                                 maxNodes: MetadataHints.maxItempropNodes)
            }
            if value == nil {
                value = HTMLSubtree.verbatimText(under: element, tags: tags, limit: MetadataHints.maxItempropTextBytes,
                                                 maxNodes: MetadataHints.maxItempropNodes)
                    .map { Whitespace.normalize($0) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            if let value { hints.metadata.itemprops[property] = value }
        }
    }

    /// The concatenated text and CDATA children of an element (a script's or title's content).
    private static func childText(_ element: Node) -> [UInt8] {
        var bytes = [UInt8]()
        var child = element.pointee.children
        while let current = child {
            child = current.pointee.next
            guard current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                  let content = current.pointee.content else { continue }
            var cursor = UnsafePointer<UInt8>(content)
            while cursor.pointee != 0 {
                bytes.append(cursor.pointee)
                cursor += 1
            }
        }
        return bytes
    }

    /// Cues of a class or id value, cached per distinct value.
    private mutating func classCues(_ value: UnsafePointer<UInt8>) -> Cues {
        let buffer = HTMLAttributes.buffer(value)
        var key = ClassTokens.hashSeed
        for byte in buffer { key = (key ^ UInt64(byte)) &* ClassTokens.hashPrime }
        if let cached = cueCache[key] { return cached }
        let cues = ClassTokens.cues(of: buffer)
        cueCache[key] = cues
        return cues
    }

    // MARK: - Text

    private mutating func appendText(_ content: UnsafePointer<UInt8>) {
        let top = frames[frames.count - 1]
        let added = run.append(content, inLink: linkDepth > 0)
        guard added > 0 else { return }
        lineBreaks = 0
        let owner = frames[top.owner]
        if top.cues != owner.cues || top.landmarks != owner.landmarks {
            run.mark(added, cues: top.cues, landmarks: top.landmarks)
        }
        if h1Depth > 0 { h1Text.append(content, inLink: false) }
    }

    /// The spans of the run ending now, moved to their place in the block's `text` and trimmed
    /// to visible bytes: spans still open end here and go on from the start of the next run.
    private mutating func takeSpans(text: String) -> [InlineSpan] {
        var spans = runSpans
        runSpans.removeAll()
        for index in openSpans.indices {
            let open = openSpans[index]
            if run.bytes.count > open.start {
                spans.append(InlineSpan(start: open.start, end: run.bytes.count, kind: open.kind, href: open.href))
            }
            openSpans[index].start = 0
        }
        guard !spans.isEmpty, !text.isEmpty else { return [] }
        var copy = text
        let map = copy.withUTF8 { normalized in
            run.bytes.withUnsafeBufferPointer { Whitespace.visibleOffsets(raw: $0, normalized: normalized) }
        }
        return spans.compactMap { span in
            // The first visible byte at or after the start, the last before the end.
            var start = span.start, last = span.end - 1
            while start < span.end, map[start] < 0 { start += 1 }
            while last >= start, map[last] < 0 { last -= 1 }
            guard start <= last else { return nil }
            var moved = span
            moved.start = map[start]
            moved.end = map[last] + 1
            return moved
        }.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    }

    /// Turns the run into a block (if it has text) owned by the innermost block-level frame.
    private mutating func flush() {
        lineBreaks = 0
        guard !run.isEmpty else {
            if recordsInline { runSpans.removeAll() }
            return
        }
        defer { run.reset() }
        let text = run.text()
        let spans = recordsInline ? takeSpans(text: text) : []
        guard !text.isEmpty else { return }
        let ownerIndex = frames[frames.count - 1].owner
        let owner = frames[ownerIndex]
        var block = Block(text: text, role: owner.runRole)
        block.linkBytes = run.linkBytes
        block.depth = ownerIndex
        block.cues = owner.cues
        block.landmarks = owner.landmarks
        if Double(run.markedBytes) >= Double(run.bytes.count) * Self.inlineMarkShare {
            block.cues.formUnion(run.markedCues)
            block.landmarks.formUnion(run.markedLandmarks)
        }
        block.container = containers.last ?? 0
        // The innermost containers only: a page nested 100,000 deep must not cost a 100,000-long
        // chain per block (quadratic memory); the article's element is never that far out.
        block.ancestors = containers.count <= Self.maxAncestors ? containers : Array(containers.suffix(Self.maxAncestors))
        blocks.append(block)
        places.append(placeStack[Int(owner.place)])
        if recordsInline { blockSpans.append(spans) }
    }
}
