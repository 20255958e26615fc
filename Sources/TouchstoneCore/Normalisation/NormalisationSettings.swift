/// A fingerprint of everything besides the data that decides an indicator's scores: method, scope, range,
/// z-score mean and sd, base years, reference, bands, the method's options (`shift`), direction, transform, type, rating scale, goalposts,
/// target. A lock entry whose fingerprint differs was written for another framework.
public enum NormalisationSettings {
    public static func fingerprint(_ node: FrameworkNode, defaults: NormalisationSpec) -> String {
        let ind = node.indicator!
        let s = ind.normalisation ?? defaults
        var parts: [String] = [s.method.rawValue, s.scope.rawValue]
        parts += [s.range.lowerBound, s.range.upperBound, s.zMean, s.zStandardDeviation].map { "\($0)" }
        parts.append(s.baseYears.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "")
        let reference: String? = s.reference.map { r in
            let year: String = r.year.map { String($0) } ?? ""
            return (r.unit ?? "") + "|" + year + "|" + "\(r.scale)"
        }
        parts.append(reference ?? "")
        parts.append(s.bands.map { "\($0)" }.joined(separator: ","))
        let bandScores: [Double] = s.bandScores ?? []
        parts.append(bandScores.map { "\($0)" }.joined(separator: ","))
        parts.append(s.options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
        parts += [ind.declaredDirection.rawValue, ind.transform.rawValue, ind.type.rawValue]
        parts.append(ind.scale.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
        parts.append(ind.goalposts.map { "\($0.lower)|\($0.upper)|\($0.cap.rawValue)" } ?? "")
        parts.append(ind.target.map { "\($0)" } ?? "")
        return Fingerprint.fnv1a(Array(parts.joined(separator: "\u{1F}").utf8))
    }
}
