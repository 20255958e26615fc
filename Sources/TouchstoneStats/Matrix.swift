/// A dense matrix of `Double` stored column-major (column `j` occupies `values[j*rows ..< (j+1)*rows]`),
/// the layout BLAS and LAPACK expect. Missing values are `Double.nan`.
public struct Matrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    public var values: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.values = Array(repeating: value, count: rows * columns)
    }

    /// A matrix from column-major `values`; `values.count` must equal `rows * columns`.
    public init(rows: Int, columns: Int, columnMajor values: [Double]) {
        precondition(values.count == rows * columns, "Matrix needs rows*columns values")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix whose columns are the given arrays (all the same length).
    public init(columns: [[Double]]) {
        let rows = columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == rows }, "All columns must have the same length")
        var values: [Double] = []
        values.reserveCapacity(rows * columns.count)
        for c in columns { values.append(contentsOf: c) }
        self.init(rows: rows, columns: columns.count, columnMajor: values)
    }

    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { values[column * rows + row] }
        set { values[column * rows + row] = newValue }
    }

    /// The values of column `j`, a copy.
    public func column(_ j: Int) -> [Double] {
        Array(values[j * rows ..< (j + 1) * rows])
    }

    /// Replaces column `j`.
    public mutating func setColumn(_ j: Int, _ column: [Double]) {
        precondition(column.count == rows, "Column length must equal the row count")
        values.replaceSubrange(j * rows ..< (j + 1) * rows, with: column)
    }
}
