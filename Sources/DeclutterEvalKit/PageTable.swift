import Foundation

/// The corpus's `meta.tsv`: a header row naming the columns, then one tab-separated row per page
/// whose first column is the page id.
public struct PageTable: Sendable {
    /// The column names, from the header row.
    public let columns: [String]
    /// The rows by page id; each row has its fields in column order.
    public let rows: [String: [String]]

    /// Reads a table; blank lines are skipped and short rows are padded with empty fields.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        guard !lines.isEmpty else {
            columns = []
            rows = [:]
            return
        }
        columns = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var rows: [String: [String]] = [:]
        for line in lines {
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count < columns.count { fields += Array(repeating: "", count: columns.count - fields.count) }
            rows[fields[0]] = fields
        }
        self.rows = rows
    }

    /// One column as a map from page id to value (empty when there is no such column).
    public func column(_ name: String) -> [String: String] {
        guard let index = columns.firstIndex(of: name) else { return [:] }
        return rows.mapValues { $0[index] }
    }
}
