import TouchstoneCore

extension IndexResult {
    /// Reference sheets that make an `index` workbook readable on its own: `framework` (each node's id as
    /// used in the column headers, its label in `language`, parent, level, weight among its siblings and
    /// direction) and `units` (id, name and peer groups).
    public func referenceSheets(language: String) -> [Workbook.Sheet] {
        var nodeRows: [[Workbook.Cell]] = []
        func visit(_ node: FrameworkNode, parent: String?, level: Int) {
            let direction = node.indicator?.direction ?? node.direction
            nodeRows.append([.text(node.id), .text(node.label.text(for: language, fallback: node.id)), .text(parent ?? ""),
                             .number(Double(level)), .number(node.weight), .text(direction.rawValue), .text(node.isIndicator ? "indicator" : "aggregate")])
            node.children.forEach { visit($0, parent: node.id, level: level + 1) }
        }
        visit(root, parent: nil, level: 0)
        let groups = project.units.groupColumns
        let unitRows = panel.units.map { u -> [Workbook.Cell] in
            [.text(u.id), .text(u.name(language))] + groups.map { .text(u.groupName($0, language)) }
        }
        return [
            Workbook.Sheet(name: "framework", header: ["id", "label", "parent", "level", "weight", "direction", "kind"], rows: nodeRows),
            Workbook.Sheet(name: "units", header: ["unit", "name"] + groups, rows: unitRows),
        ]
    }
}
