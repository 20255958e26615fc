import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams an XML document through `XMLParser` (SAX: no tree is built, so large worksheets stay small in
/// memory) and hands each element's start, text and end to closures.
///
/// Used for the parts of an `.xlsx` package; namespaces are not processed, so element names carry no
/// prefix in SpreadsheetML's default namespace (`row`, `c`, `v`) and relationships keep theirs (`r:id`).
final class XMLEvents: NSObject, XMLParserDelegate {
    var onStart: (_ name: String, _ attributes: [String: String]) -> Void = { _, _ in }
    var onText: (_ text: String) -> Void = { _ in }
    var onEnd: (_ name: String) -> Void = { _ in }

    /// Parses `data`; returns the parser's error, if any, with the line where it stopped.
    func parse(_ data: Data) -> (message: String, line: Int)? {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        if parser.parse() { return nil }
        let message = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
        return (message, parser.lineNumber)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        onStart(elementName, attributeDict)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { onText(string) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        onEnd(elementName)
    }
}
