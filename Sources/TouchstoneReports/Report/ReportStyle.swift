/// The style sheet of the HTML report and of the briefs: A4 pages, CJK-capable font stack, compact tables.
enum ReportStyle {
    static let fonts = "'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

    static func css(_ kind: HTMLRenderer.Kind) -> String {
        common + (kind == .brief ? brief : report)
    }

    static let common = """
    :root { --ink: #1a1a1a; --muted: #555; --rule: #d4d4d4; --accent: #2166ac; --warn: #b03a00; }
    html { font-family: \(fonts); color: var(--ink); line-height: 1.45; }
    body { margin: 0 auto; }
    h1 { line-height: 1.2; margin: 0 0 2mm; }
    h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
    h3.page-break { break-before: page; page-break-before: always; }
    p { margin: 0 0 2.5mm; }
    p.note { font-size: 0.85em; color: var(--muted); }
    p.sub { color: var(--muted); margin-bottom: 4mm; }
    a { color: var(--accent); text-decoration: none; }
    code { font-family: 'Noto Sans Mono', 'DejaVu Sans Mono', monospace; font-size: 0.85em; background: #f3f3f3; padding: 0 0.8mm; overflow-wrap: anywhere; }
    ul { margin: 0 0 3mm; padding-left: 5mm; }
    li { margin: 0.6mm 0; }
    table { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm; font-size: 0.86em; }
    table.wide { font-size: 0.74em; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 1mm; }
    th { text-align: left; font-weight: 600; background: #eef2f5; border-bottom: 1pt solid #888; padding: 1mm 1.4mm; vertical-align: bottom; }
    td { padding: 0.7mm 1.4mm; border-bottom: 0.5pt solid var(--rule); vertical-align: top; }
    th.num { text-align: right; }
    td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.nowrap { white-space: nowrap; }
    td.name { min-width: 26mm; }
    table.wide th, table.wide td { padding-left: 0.9mm; padding-right: 0.9mm; }
    table.wide td.name { min-width: 24mm; }
    .keep { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    tr.flagged { background: #fdf0e6; }
    tr.exemplar { background: #eaf1f8; }
    tr.total td { font-weight: 600; border-top: 1pt solid #888; }
    td.sev-high, td.sev-medium, td.sev-low { font-weight: 600; }
    td.sev-high { color: #fff; background: #a63000; }
    td.sev-medium { background: #f08a4b; }
    td.sev-low { background: #f9c9a5; }
    td.up { color: #2166ac; }
    td.down { color: #8c510a; }
    figure { margin: 2mm 0 5mm; break-inside: avoid; page-break-inside: avoid; }
    figure svg { display: block; width: 100%; height: auto; }
    .pair { display: flex; gap: 4mm; align-items: flex-start; break-inside: avoid; page-break-inside: avoid; }
    .pair figure { flex: 1 1 0; min-width: 0; margin: 0 0 3mm; }
    dl.keys { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2mm; margin: 2mm 0 4mm; }
    dl.keys div { border: 0.5pt solid var(--rule); border-left: 2pt solid var(--accent); padding: 1.2mm 2.4mm; break-inside: avoid; }
    dt { font-size: 0.8em; color: var(--muted); }
    dd { margin: 0; font-size: 1.25em; font-weight: 600; }
    dd small { display: block; font-size: 0.65em; font-weight: normal; color: var(--muted); }

    """

    static let report = """
    @page { size: A4; margin: 15mm 14mm 16mm 14mm; }
    html { font-size: 10pt; }
    body { max-width: 182mm; }
    @media screen { body { padding: 10mm 6mm; } }
    h1 { font-size: 20pt; }
    h2 { font-size: 15pt; margin: 0 0 3mm; padding-bottom: 1mm; border-bottom: 1.5pt solid var(--accent); }
    h3 { font-size: 12pt; margin: 6mm 0 2mm; }
    h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
    section.chapter { break-before: page; page-break-before: always; }
    section.chapter.first { break-before: auto; page-break-before: auto; }
    figure svg { max-height: 232mm; }
    figure.compact svg { max-width: 130mm; }
    figure.lead svg { max-height: 140mm; }

    """

    /// Page numbers ("3 / 32") at the foot and the report's title as a running head on every printed page but
    /// the first (CSS page-margin boxes, printed by Chromium 131 and later).
    static func pageMarks(title: String) -> String {
        """
        @page { @bottom-right { content: counter(page) " / " counter(pages); font-family: \(fonts); font-size: 8pt; color: #555; }
                @top-left { content: "\(cssString(title))"; font-family: \(fonts); font-size: 8pt; color: #555; } }
        @page :first { @top-left { content: none; } }

        """
    }

    /// Text as the inside of a CSS string: backslashes and quotes escaped, line breaks dropped, `<` written
    /// as an escape so that no `</style>` can close the style element.
    static func cssString(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3c "
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static let brief = """
    @page { size: A4; margin: 11mm 12mm 11mm 12mm; }
    html { font-size: 9pt; }
    body { max-width: 186mm; }
    @media screen { body { padding: 8mm 6mm; } }
    h1 { font-size: 15pt; }
    h2 { font-size: 11pt; margin: 3mm 0 1.5mm; padding-bottom: 0.6mm; border-bottom: 1pt solid var(--accent); }
    h3 { font-size: 10pt; margin: 2.5mm 0 1mm; }
    dl.keys { grid-template-columns: repeat(6, 1fr); gap: 1.5mm; margin: 1mm 0 2mm; }
    dd { font-size: 1.15em; }
    p.sub { margin-bottom: 2mm; }
    figure svg { max-height: 70mm; }
    table { margin-bottom: 2mm; }
    ul { margin-bottom: 1.5mm; }
    .columns { display: flex; gap: 5mm; }
    .columns > div { flex: 1 1 0; min-width: 0; }

    """
}
