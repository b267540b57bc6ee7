//! Bytes to text: the page's own charset declaration, or detection.
//!
//! The order follows what browsers do, with one correction for a common lie:
//! 1. a byte-order mark decides (UTF-8, UTF-16, and UTF-32, which browsers no longer
//!    read but text exported from old tools still is: [`utf32`] decodes it);
//! 2. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the page
//!    declares (pages re-encoded to UTF-8 often keep an old `charset=iso-8859-1`, and
//!    valid multi-byte UTF-8 is very unlikely to happen by chance in another encoding);
//! 3. a `<meta charset>` or `http-equiv` declaration in the first bytes;
//! 4. otherwise `chardetng` guesses from the bytes, as Firefox does.
//!
//! Decoding never fails: bytes that are invalid in the chosen encoding become U+FFFD.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a charset declaration is looked for. The HTML standard asks
/// for 1024 bytes; pages with long `<head>` comments put it later, so look further.
const PRESCAN_LEN: usize = 4096;

/// Decodes `bytes` to text and names the encoding used.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    // Before UTF-16's: the UTF-32 little-endian mark starts with UTF-16's.
    if let Some(big_endian) = utf32_bom(bytes) {
        // encoding_rs has no UTF-32 (the Encoding Standard dropped it); the text it
        // becomes is UTF-8, so that is the encoding named.
        return (Cow::Owned(utf32(&bytes[4..], big_endian)), UTF_8);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, encoding);
    }
    let declared = declared(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        // Plain ASCII read as UTF-8 unless the page names another encoding (a 7-bit
        // one such as ISO-2022-JP is ASCII bytes, too).
        if !text.is_ascii() || declared.is_none_or(|e| e == UTF_8) {
            return (Cow::Borrowed(text), UTF_8);
        }
    }
    let encoding = match declared {
        // A page that declares UTF-8 but is not valid UTF-8 (step 2 failed) is lying.
        Some(encoding) if encoding != UTF_8 => encoding,
        _ => {
            let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text, encoding)
}

/// The UTF-32 byte-order marks: little-endian `FF FE 00 00`, big-endian `00 00 FE FF`.
const UTF32_LE_BOM: [u8; 4] = [0xff, 0xfe, 0, 0];
const UTF32_BE_BOM: [u8; 4] = [0, 0, 0xfe, 0xff];

/// Whether `bytes` open with a UTF-32 byte-order mark, and if so whether big-endian.
/// (`FF FE 00 00` could also be UTF-16 text opening with a NUL character; no text does.)
pub(crate) fn utf32_bom(bytes: &[u8]) -> Option<bool> {
    match bytes.get(..4)? {
        bom if bom == UTF32_LE_BOM => Some(false),
        bom if bom == UTF32_BE_BOM => Some(true),
        _ => None,
    }
}

/// UTF-32 code units to text: a unit that is no Unicode scalar value (a surrogate,
/// above U+10FFFF) and a trailing partial unit become U+FFFD, as invalid bytes do in
/// the other encodings. The text is at most the input's length (a four-byte unit
/// becomes one to four bytes of UTF-8).
fn utf32(bytes: &[u8], big_endian: bool) -> String {
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut units = bytes.chunks_exact(4);
    for unit in &mut units {
        let unit = [unit[0], unit[1], unit[2], unit[3]];
        let value = if big_endian { u32::from_be_bytes(unit) } else { u32::from_le_bytes(unit) };
        text.push(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    if !units.remainder().is_empty() {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// The encoding a `<meta>` tag in the first [`PRESCAN_LEN`] bytes declares.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_LEN)];
    let mut at = 0;
    while let Some(offset) = find_ignore_case(&head[at..], b"<meta") {
        let start = at + offset + 5;
        let end = head[start..].iter().position(|&b| b == b'>').map_or(head.len(), |p| start + p);
        if let Some(encoding) = charset_in(&head[start..end]) {
            // UTF-16 cannot be declared from inside the page (the declaration would not
            // be readable as ASCII), so browsers read such pages as UTF-8; the same goes
            // for the "replacement" encoding. `output_encoding` does exactly that mapping.
            return Some(encoding.output_encoding());
        }
        at = end;
    }
    None
}

/// The value after `charset=` in a tag's attributes (`charset="x"` or
/// `content="text/html; charset=x"`), as an encoding.
fn charset_in(attributes: &[u8]) -> Option<&'static Encoding> {
    let at = find_ignore_case(attributes, b"charset")? + 7;
    let rest = &attributes[at..];
    let rest = rest.trim_ascii_start().strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let len = rest.iter().position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>')).unwrap_or(rest.len());
    let encoding = Encoding::for_label(&rest[..len])?;
    // The standard maps x-user-defined to windows-1252 when declared in a page.
    Some(if encoding.name() == "x-user-defined" { WINDOWS_1252 } else { encoding })
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_declaration() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        let (text, encoding) = decode(page);
        assert_eq!(encoding, WINDOWS_1252);
        assert!(text.contains("café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode(page).0.contains("Привет"));
    }

    #[test]
    fn valid_utf8_beats_a_lying_declaration() {
        let page = "<meta charset=\"iso-8859-1\"><p>café</p>".as_bytes();
        let (text, encoding) = decode(page);
        assert_eq!(encoding, UTF_8);
        assert!(text.contains("café"));
    }

    #[test]
    fn a_false_utf8_declaration_falls_back_to_detection() {
        let page = b"<meta charset=\"utf-8\"><p>Le caf\xe9 est ouvert \xe0 tous les \xe9l\xe8ves de l'\xe9cole.</p>";
        let (text, _) = decode(page);
        assert!(text.contains("café"), "{text}");
    }

    #[test]
    fn boms_and_undeclared_pages() {
        let (text, encoding) = decode(b"\xef\xbb\xbf<p>hi</p>");
        assert_eq!((text.as_ref(), encoding), ("<p>hi</p>", UTF_8));
        let (text, _) = decode(b"\xff\xfe<\0p\0>\0");
        assert_eq!(text, "<p>");
        assert_eq!(decode(b"plain ascii").1, UTF_8);
    }

    #[test]
    fn utf32_with_a_byte_order_mark() {
        let text = "Le café — 東京 🎉\n";
        let le: Vec<u8> =
            UTF32_LE_BOM.into_iter().chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes())).collect();
        let be: Vec<u8> =
            UTF32_BE_BOM.into_iter().chain(text.chars().flat_map(|c| u32::from(c).to_be_bytes())).collect();
        assert_eq!(decode(&le).0, text);
        assert_eq!(decode(&be).0, text);
        // A surrogate, a value past U+10FFFF and a cut-off unit are replaced, not refused.
        let bad = [&UTF32_LE_BOM[..], &0xd800u32.to_le_bytes(), &0x11_0000u32.to_le_bytes(), b"a\0"].concat();
        assert_eq!(decode(&bad).0, "\u{fffd}\u{fffd}\u{fffd}");
        // UTF-16 little-endian still reads as UTF-16.
        assert_eq!(decode(b"\xff\xfeh\0i\0").0, "hi");
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        let (text, _) = decode(b"<meta charset=\"shift_jis\"><p>\x82\xa0\xff\xff</p>");
        assert!(text.contains('\u{fffd}') || text.contains('あ'));
    }
}
