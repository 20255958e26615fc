/// Spreadsheet cell addresses: `D7` is column 4 (D), row 7.
///
/// Column letters are bijective base 26: A … Z, AA … AZ, BA …; `index(ofColumn: "AA")` is 26 (0-based).
public enum CellReference {
    /// The letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func letters(ofColumn index: Int) -> String {
        precondition(index >= 0, "column index from 0")
        var n = index + 1, out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(UnicodeScalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// Splits `D7` into (column 3, row 7); nil when the text is not an A1-style address.
    public static func parse(_ text: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case 65 ... 90 where digits == 0: column = column * 26 + Int(byte - 64); letters += 1
            case 97 ... 122 where digits == 0: column = column * 26 + Int(byte - 96); letters += 1
            case 48 ... 57: row = row * 10 + Int(byte - 48); digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (column - 1, row)
    }
}
