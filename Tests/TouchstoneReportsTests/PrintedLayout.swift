import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import TouchstoneReports

/// The printed pages of a PDF as `pdftotext -bbox-layout` (poppler) reads them: for each page its height and
/// its lines of text with their vertical extent. Text in the page margins (the running head, the page
/// number) is left out, so `fill` says how far down the page the content reaches.
final class PrintedLayout: NSObject, XMLParserDelegate {
    struct Line { var text: String; var top: Double; var bottom: Double }
    struct Page {
        var height = 0.0
        var lines: [Line] = []
        /// The lowest text on the page as a share of the page's height (0 for an empty page).
        var fill: Double { height > 0 ? (lines.map(\.bottom).max() ?? 0) / height : 0 }
        var firstLine: String? { lines.min { $0.top < $1.top }.map { PrintedPages.squeezed(Substring($0.text)) } }
        var squeezedLines: Set<String> { Set(lines.map { PrintedPages.squeezed(Substring($0.text)) }) }
    }

    /// Margin bands, in points: the report's page margins are 15 mm (42.5 pt) at the top and 16 mm at the foot.
    static let head = 40.0, foot = 42.0
    var pages: [Page] = []
    private var line: (words: [String], top: Double, bottom: Double)?
    private var word: String?

    static func read(_ xhtml: String) -> [Page] {
        let p = PrintedLayout()
        // The DOCTYPE names an external DTD, which XMLParser would try to fetch.
        let body = xhtml.replacingOccurrences(of: #"<!DOCTYPE[^>]*>"#, with: "", options: .regularExpression)
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = p
        parser.parse()
        return p.pages
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        switch name {
        case "page": pages.append(Page(height: Double(a["height"] ?? "") ?? 0))
        case "line": line = ([], Double(a["yMin"] ?? "") ?? 0, Double(a["yMax"] ?? "") ?? 0)
        case "word": word = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if word != nil { word! += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "word":
            if let w = word { line?.words.append(w) }
            word = nil
        case "line":
            // By the line's middle: a CJK heading's box reaches up into the top margin band.
            if let l = line, !pages.isEmpty, (l.top + l.bottom) / 2 > Self.head, (l.top + l.bottom) / 2 < pages[pages.count - 1].height - Self.foot {
                pages[pages.count - 1].lines.append(Line(text: l.words.joined(separator: " "), top: l.top, bottom: l.bottom))
            }
            line = nil
        default: break
        }
    }

    /// Pages (1-based) that hold only a stray piece: not the first page, not the start of a chapter, less than
    /// `minimumFill` of the page used, and not the continuation of a table from the page before (whose header
    /// row is repeated on top, so its first line is also a line of the previous page).
    /// The last page may also be short when it opens with a section heading (`sections`): it holds the report's
    /// last whole section, not a stray piece of one.
    static func strayPages(_ pages: [Page], chapters: [String], sections: [String] = [], minimumFill: Double = 0.4) -> [Int] {
        let starts = Set(chapters.map { PrintedPages.squeezed(Substring($0)) })
        let sectionStarts = Set(sections.map { PrintedPages.squeezed(Substring($0)) })
        return pages.indices.dropFirst().filter { k in
            let page = pages[k]
            guard page.fill < minimumFill, let first = page.firstLine else { return false }
            if k == pages.count - 1 && sectionStarts.contains(first) { return false }
            return !starts.contains(first) && !pages[k - 1].squeezedLines.contains(first)
        }.map { $0 + 1 }
    }
}
