import Foundation

/// Arabic normalisation for matching; every rule can be turned off (docs/arabic.md lists them).
///
/// Always: presentation forms (U+FB50-FDFF, U+FE70-FEFF, e.g. `ﻻ`, `ﷲ`) are decomposed into
/// letters; tatweel `ـ`, zero-width characters (U+200B-200F) and bidi controls (U+202A-202E,
/// U+2066-2069, U+061C, BOM) are removed.
///
/// By default (each a property):
/// - ``removeDiacritics``: harakat, tanwin, shadda, sukun, dagger alef `ٰ` and Quranic marks.
/// - ``foldAlef``: `أ إ آ ٱ` -> `ا`.
/// - ``foldAlefMaqsura``: `ى` -> `ي` (a final ya and alef maqsura are written either way).
/// - ``foldTaMarbuta``: `ة` -> `ه` (a final ha and ta marbuta likewise).
/// - ``foldHamzaCarriers``: `ؤ` -> `و`, `ئ` -> `ي`; ``dropBareHamza`` (off) also drops `ء`.
/// - ``foldPersianLetters``: `ی ې ے` -> `ي`, `ک` -> `ك`, `ۀ ە ہ ھ` -> `ه`, `ڤ` -> `ف`, `گ` -> `ك`.
/// - ``asciiDigits``: Arabic-Indic `٠-٩` and Eastern `۰-۹` digits -> `0-9`, `٫` -> `.`, `٬` -> `,`, `٪` -> `%`.
/// - ``asciiPunctuation``: `، ؛ ؟ « »` -> `, ; ? " "`.
///
/// ``normalizeWithOffsets(_:)`` also returns, for each output character, the index of the
/// original character (Unicode scalar) it comes from, so a match in normalised text maps back
/// to the original.
public struct ArabicNormalizer: Sendable, Hashable {
    public var removeDiacritics = true
    public var foldAlef = true
    public var foldAlefMaqsura = true
    public var foldTaMarbuta = true
    public var foldHamzaCarriers = true
    public var dropBareHamza = false
    public var foldPersianLetters = true
    public var asciiDigits = true
    public var asciiPunctuation = true

    public init() {}

    public func normalize(_ word: String) -> String {
        var needsCompat = false
        for s in word.unicodeScalars where Self.isPresentationForm(s) { needsCompat = true; break }
        let source = needsCompat ? word.decomposedStringWithCompatibilityMapping : word
        var out = String.UnicodeScalarView()
        for s in source.unicodeScalars {
            if let m = map(s) { out.append(m) }
        }
        return String(out)
    }

    /// The normalised text and, for each of its scalars, the index of the original scalar.
    public func normalizeWithOffsets(_ text: String) -> (text: String, offsets: [Int]) {
        var out = String.UnicodeScalarView()
        var offsets: [Int] = []
        for (i, s) in text.unicodeScalars.enumerated() {
            let parts = Self.isPresentationForm(s) ? Array(String(s).decomposedStringWithCompatibilityMapping.unicodeScalars) : [s]
            for p in parts {
                if let m = map(p) { out.append(m); offsets.append(i) }
            }
        }
        return (String(out), offsets)
    }

    static func isPresentationForm(_ s: Unicode.Scalar) -> Bool {
        (0xFB50...0xFDFF).contains(s.value) || (0xFE70...0xFEFF).contains(s.value) && s.value != 0xFEFF
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
        case 0x0629:
            return foldTaMarbuta ? "ه" : s
        case 0x0624:
            return foldHamzaCarriers ? "و" : s
        case 0x0626:
            return foldHamzaCarriers ? "ي" : s
        case 0x0621:
            return dropBareHamza ? nil : s
        case 0x06CC, 0x06D0, 0x06D2:
            return foldPersianLetters ? "ي" : s
        case 0x06C0, 0x06D5, 0x06C1, 0x06BE:
            return foldPersianLetters ? "ه" : s
        case 0x06A9, 0x06AF:
            return foldPersianLetters ? "ك" : s
        case 0x06A4:
            return foldPersianLetters ? "ف" : s
        case 0x0660...0x0669:
            return asciiDigits ? Unicode.Scalar(s.value - 0x0660 + 0x30) : s
        case 0x06F0...0x06F9:
            return asciiDigits ? Unicode.Scalar(s.value - 0x06F0 + 0x30) : s
        case 0x066B: return asciiDigits ? "." : s
        case 0x066C: return asciiDigits ? "," : s
        case 0x066A: return asciiDigits ? "%" : s
        case 0x060C: return asciiPunctuation ? "," : s
        case 0x061B: return asciiPunctuation ? ";" : s
        case 0x061F: return asciiPunctuation ? "?" : s
        case 0x00AB, 0x00BB: return asciiPunctuation ? "\"" : s
        default:
            return s
        }
    }
}
