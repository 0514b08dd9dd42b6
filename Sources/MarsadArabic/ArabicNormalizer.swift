import Foundation

/// Arabic normalisation for matching. Each rule can be turned off; offsets are kept by the
/// callers, which normalise token by token (a token's span always points into the original).
///
/// Default rules: harakat, tanwin, shadda, sukun, dagger alef and Quranic marks removed;
/// tatweel and zero-width characters removed; presentation forms decomposed; alef forms
/// `أ إ آ ٱ` folded to `ا`; `ى` to `ي`; `ة` to `ه`; hamza carriers `ؤ` to `و` and `ئ` to `ي`;
/// Persian and Urdu look-alikes `ی ک ۀ ە ہ` to Arabic letters; Arabic-Indic and Eastern digits
/// to ASCII; Arabic punctuation `، ؛ ؟ « »` to `, ; ? " "`.
public struct ArabicNormalizer: Sendable, Hashable {
    public var removeDiacritics = true
    public var foldAlef = true
    public var foldAlefMaqsura = true
    public var foldTaMarbuta = true
    public var foldHamzaCarriers = true

    public init() {}

    public func normalize(_ word: String) -> String {
        var needsCompat = false
        for s in word.unicodeScalars where (0xFB50...0xFEFF).contains(s.value) { needsCompat = true; break }
        let source = needsCompat ? word.decomposedStringWithCompatibilityMapping : word
        var out = String.UnicodeScalarView()
        for s in source.unicodeScalars {
            if let m = map(s) { out.append(m) }
        }
        return String(out)
    }

    /// The replacement of one scalar, or nil to drop it.
    func map(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED:
            return removeDiacritics ? nil : s
        case 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x061C:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671:
            return foldAlef ? "ا" : s
        case 0x0649:
            return foldAlefMaqsura ? "ي" : s
        case 0x06CC, 0x06D0:
            return "ي"
        case 0x0629:
            return foldTaMarbuta ? "ه" : s
        case 0x06C0, 0x06D5, 0x06C1:
            return "ه"
        case 0x06A9:
            return "ك"
        case 0x0624:
            return foldHamzaCarriers ? "و" : s
        case 0x0626:
            return foldHamzaCarriers ? "ي" : s
        case 0x0660...0x0669:
            return Unicode.Scalar(s.value - 0x0660 + 0x30)
        case 0x06F0...0x06F9:
            return Unicode.Scalar(s.value - 0x06F0 + 0x30)
        case 0x060C: return ","
        case 0x061B: return ";"
        case 0x061F: return "?"
        case 0x00AB, 0x00BB: return "\""
        default:
            return s
        }
    }
}
