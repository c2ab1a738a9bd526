/// Where an HTML block sits among the page's lists, tables, quotes and code blocks: what the
/// Markdown and JSON output need to put kept blocks back together (the items of one list, the
/// cells of one row). Ids are per element and unique within a page; 0 means "not inside one".
/// Text dumps leave it empty. Scoring never reads it.
struct BlockPlace: Sendable, Equatable {
    /// What an element contributes to a block's place.
    enum Shape: UInt8, Sendable {
        case none
        /// `<ul>`, `<dl>`, `<dir>`.
        case list
        /// `<ol>`.
        case orderedList
        /// `<li>`, `<dd>`, `<dt>`.
        case item
        case table
        /// `<tr>`.
        case row
        /// `<td>`.
        case cell
        /// `<th>`.
        case headerCell
        /// `<blockquote>`.
        case quote
        /// `<pre>`.
        case pre
    }

    /// The nearest list element.
    var list: Int32 = 0
    /// The outermost list element: the items of nested lists belong to one Markdown list.
    var rootList: Int32 = 0
    /// The nearest list is ordered (`<ol>`).
    var ordered = false
    /// How many list elements enclose the block (1 for an item of a top-level list).
    var listDepth: UInt8 = 0
    /// The nearest list item: blocks of one `<li>` share it.
    var item: Int32 = 0
    /// The nearest table, its row and cell.
    var table: Int32 = 0
    var row: Int32 = 0
    var cell: Int32 = 0
    /// The cell is a `<th>`.
    var headerCell = false
    /// The nearest `<blockquote>`.
    var quote: Int32 = 0
    /// The nearest `<pre>`.
    var pre: Int32 = 0

    /// The place inside an element of `shape` with element id `id`, entered from this place.
    func entering(_ shape: Shape, id: Int32) -> BlockPlace {
        var place = self
        switch shape {
        case .none:
            break
        case .list, .orderedList:
            place.list = id
            if place.rootList == 0 { place.rootList = id }
            place.ordered = shape == .orderedList
            place.listDepth = listDepth == .max ? .max : listDepth + 1
            place.item = 0
        case .item:
            place.item = id
        case .table:
            place.table = id
            place.row = 0
            place.cell = 0
        case .row:
            place.row = id
            place.cell = 0
        case .cell, .headerCell:
            place.cell = id
            place.headerCell = shape == .headerCell
        case .quote:
            place.quote = id
        case .pre:
            place.pre = id
        }
        return place
    }
}
