import MarsadCore

/// Guesses a text's language from the scripts its letters are written in.
public enum ScriptDetection {
    /// Arabic when at least a third of the letters are Arabic script, else English.
    public static func language(of text: String) -> Language {
        var arabic = 0
        var latin = 0
        for s in text.unicodeScalars.prefix(20_000) {
            if isArabicLetter(s) { arabic += 1 } else if s.properties.isAlphabetic, s.value < 0x250 { latin += 1 }
        }
        return arabic * 2 >= latin && arabic > 0 ? .arabic : .english
    }

    /// Arabic script blocks, presentation forms included.
    public static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0621...0x064A, 0x066E...0x06D3, 0x06D5, 0x06FA...0x06FC, 0x0750...0x077F,
            0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return true
        default:
            return false
        }
    }
}
