/// Fixed colour sets: a colour-blind-safe categorical palette and the stops of the sequential and diverging
/// ramps.
public enum Palette {
    /// Okabe–Ito, eight colours distinguishable under the common colour-vision deficiencies (Okabe & Ito 2008,
    /// "Color Universal Design"; Wong 2011, Nature Methods 8:441). Ordered for categorical use, black last.
    ///
    /// | # | name            | hex       |
    /// |---|-----------------|-----------|
    /// | 0 | orange          | `#e69f00` |
    /// | 1 | sky blue        | `#56b4e9` |
    /// | 2 | bluish green    | `#009e73` |
    /// | 3 | yellow          | `#f0e442` |
    /// | 4 | blue            | `#0072b2` |
    /// | 5 | vermillion      | `#d55e00` |
    /// | 6 | reddish purple  | `#cc79a7` |
    /// | 7 | black           | `#000000` |
    public static let okabeIto: [RGBColor] = [
        "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#000000",
    ].map(RGBColor.init(hex:))

    /// Okabe–Ito without the yellow, whose contrast on white is too low for thin lines and small text.
    public static let okabeItoOnWhite: [RGBColor] = [
        "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
    ].map(RGBColor.init(hex:))

    /// Viridis sampled at 9 even points (van der Walt & Smith, matplotlib 2.0 default): perceptually uniform,
    /// readable in greyscale and with colour-vision deficiencies. Dark (low) to yellow (high).
    public static let viridis: [RGBColor] = [
        "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725",
    ].map(RGBColor.init(hex:))

    /// ColorBrewer "Blues", 9 classes (Brewer, colorbrewer2.org): light (low) to dark blue (high).
    public static let blues: [RGBColor] = [
        "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b",
    ].map(RGBColor.init(hex:))

    /// ColorBrewer "BrBG", 9 classes: brown (low) – near white – teal (high); colour-blind safe.
    public static let brownTeal: [RGBColor] = [
        "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e",
    ].map(RGBColor.init(hex:))

    /// ColorBrewer "RdBu", 9 classes: red (low) – near white – blue (high); colour-blind safe.
    public static let redBlue: [RGBColor] = [
        "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac",
    ].map(RGBColor.init(hex:))
}
