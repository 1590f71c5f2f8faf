/// Decodes HTML character references: the named ones news pages use and all numeric ones.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}",
        "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "euro": "\u{20AC}",
        "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "sect": "\u{A7}", "para": "\u{B6}",
        "times": "\u{D7}", "divide": "\u{F7}", "minus": "\u{2212}", "plusmn": "\u{B1}", "frac12": "\u{BD}",
        "frac14": "\u{BC}", "frac34": "\u{BE}", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}",
        "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "iexcl": "\u{A1}", "iquest": "\u{BF}",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ",
        "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý",
        "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å",
        "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì",
        "iacute": "í", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô",
        "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü",
        "yacute": "ý", "yuml": "ÿ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "OElig": "Œ",
        "oelig": "œ",
    ]

    /// Decodes the reference starting at `start` (which holds `&`); returns its UTF-8 bytes and length.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> ([UInt8], Int)? {
        var i = start + 1
        let maxEnd = min(limit, start + 12)
        guard i < maxEnd else { return nil }
        var scalar: Unicode.Scalar?
        if bytes[i] == UInt8(ascii: "#") {
            i += 1
            var radix: UInt32 = 10
            if i < maxEnd, bytes[i] == UInt8(ascii: "x") || bytes[i] == UInt8(ascii: "X") { radix = 16; i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < maxEnd, let digit = hexValue(bytes[i]), digit < radix {
                value = value &* radix &+ digit
                if value > 0x10FFFF { return nil }
                i += 1
            }
            guard i > digitsStart, i < limit, bytes[i] == UInt8(ascii: ";") else { return nil }
            // Code points XML cannot carry and C1 controls become the replacement character.
            scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
        } else {
            let nameStart = i
            while i < maxEnd, isASCIILetterOrDigit(bytes[i]) { i += 1 }
            guard i > nameStart, i < limit, bytes[i] == UInt8(ascii: ";") else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)
            scalar = named[name]
        }
        guard let decoded = scalar else { return nil }
        return (Array(String(Character(decoded)).utf8), i + 1 - start)
    }

    /// Decodes every reference in `range` and collapses whitespace.
    static func decodeString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == UInt8(ascii: "&"), let (decoded, length) = decode(bytes, at: i, limit: range.upperBound) {
                out.append(contentsOf: decoded)
                i += length
            } else {
                out.append(bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D ? 0x20 : bytes[i])
                i += 1
            }
        }
        // Splitting at " " and joining changes nothing unless a space leads, trails or follows a space: the
        // only character equal to " " is the single byte 0x20, so these bytes show every such case.
        let spacesStandAlone = out.first != 0x20 && out.last != 0x20
            && !zip(out, out.dropFirst()).contains(where: { $0 == 0x20 && $1 == 0x20 })
        if spacesStandAlone { return String(decoding: out, as: UTF8.self) }
        return String(decoding: out, as: UTF8.self).split(separator: " ").joined(separator: " ")
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }
}
