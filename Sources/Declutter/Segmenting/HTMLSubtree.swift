import CLibXML2

/// Looks ahead into parts of the libxml2 tree the walker has not reached: how much text an
/// element holds, and where React's streamed segments are. Both walk iteratively, like the walker.
enum HTMLSubtree {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// Calls `visit` for every node below `root` in document order; `visit` returns whether to
    /// descend into the node's children, or nil to stop the walk.
    static func forEachNode(under root: Node, _ visit: (Node) -> Bool?) {
        var node = root.pointee.children
        while let current = node {
            guard let descend = visit(current) else { return }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            var cursor = current
            node = nil
            while true {
                if let next = cursor.pointee.next {
                    node = next
                    break
                }
                guard let parent = cursor.pointee.parent, parent != root else { break }
                cursor = parent
            }
        }
    }

    /// Visible (non-space) text bytes below `root` that the walker would read — text inside
    /// skipped elements does not count — counting stops at `limit`.
    static func visibleTextBytes(under root: Node, limit: Int, tags: HTMLTagTable) -> Int {
        var total = 0
        forEachNode(under: root) { node in
            switch node.pointee.type {
            case XML_TEXT_NODE:
                guard var cursor = node.pointee.content.map({ UnsafePointer<UInt8>($0) }) else { return false }
                while cursor.pointee != 0 {
                    if cursor.pointee > 0x20 { total += 1 }
                    cursor += 1
                }
                return total >= limit ? nil : false
            case XML_ELEMENT_NODE:
                guard let name = node.pointee.name else { return false }
                return !HTMLTags.lookup(UnsafePointer(name), in: tags).flags.contains(.skip)
            default:
                return false
            }
        }
        return total
    }

    /// The text below `root` as written, white space and line breaks kept (`<br>` is a line
    /// break), without the text of skipped elements: a `<pre>` block's code for Markdown output.
    /// Nil when it runs past `limit` bytes or `maxNodes` nodes.
    static func verbatimText(under root: Node, tags: HTMLTagTable, limit: Int = .max, maxNodes: Int = .max) -> String? {
        var bytes = [UInt8]()
        var over = false
        var nodes = 0
        forEachNode(under: root) { node in
            nodes += 1
            if nodes > maxNodes {
                over = true
                return nil
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard var cursor = node.pointee.content.map({ UnsafePointer<UInt8>($0) }) else { return false }
                while cursor.pointee != 0 {
                    bytes.append(cursor.pointee)
                    cursor += 1
                }
                if bytes.count > limit {
                    over = true
                    return nil
                }
                return false
            case XML_ELEMENT_NODE:
                guard let name = node.pointee.name else { return false }
                let tag = HTMLTags.lookup(UnsafePointer(name), in: tags)
                if tag.flags.contains(.lineBreak) { bytes.append(0x0A) }
                return !tag.flags.contains(.skip)
            default:
                return false
            }
        }
        return over ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// The name inside an author or publisher element: the `content` or short text of the first
    /// element below `root` with `itemprop="name"`, looked for among the first `maxNodes` nodes.
    static func itempropName(under root: Node, tags: HTMLTagTable, limit: Int, maxNodes: Int) -> String? {
        var found: String? = nil
        var nodes = 0
        forEachNode(under: root) { node in
            nodes += 1
            if nodes > maxNodes { return nil }
            guard node.pointee.type == XML_ELEMENT_NODE else { return false }
            guard node.pointee.properties != nil else { return true }
            let attributes = HTMLAttributes(node)
            guard let itemprop = attributes.itemprop, HTMLAttributes.lowercasedTokens(itemprop).contains("name") else {
                return true
            }
            found = HTMLAttributes.text(attributes.content)
                ?? verbatimText(under: node, tags: tags, limit: limit, maxNodes: maxNodes).map { Whitespace.normalize($0) }
            return nil
        }
        return found.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// React's streamed server rendering sends parts of a page late, each in a
    /// `<div hidden id="S:n">` at the end of the body, and a script moves it to where a
    /// `<template id="B:n">` (or `"P:n"`) marks its place. These are the hidden divs, by `n`.
    static func streamedSegments(in document: htmlDocPtr) -> [String: Node] {
        var segments = [String: Node]()
        var node = document.pointee.children
        while let current = node {
            node = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            forEachNode(under: current) { element in
                guard element.pointee.type == XML_ELEMENT_NODE else { return false }
                if let name = element.pointee.name, HTMLAttributes.equals(UnsafePointer(name), "div"),
                   element.pointee.properties != nil {
                    let attributes = HTMLAttributes(element)
                    if attributes.hidden, let id = attributes.id, let suffix = segmentSuffix(id, prefixes: ["S:"]) {
                        segments[suffix] = element
                        return false
                    }
                }
                return true
            }
        }
        return segments
    }

    /// The `n` of an id "X:n" whose prefix is one of `prefixes`.
    static func segmentSuffix(_ id: UnsafePointer<UInt8>, prefixes: [StaticString]) -> String? {
        let value = HTMLAttributes.buffer(id)
        guard value.count > 2 else { return nil }
        for prefix in prefixes where value[0] == prefix.utf8Start[0] && value[1] == prefix.utf8Start[1] {
            return String(decoding: UnsafeBufferPointer(rebasing: value[2...]), as: UTF8.self)
        }
        return nil
    }
}
