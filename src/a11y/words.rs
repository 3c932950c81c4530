//! Words the text rules look for, in every language easyguide ships (English, Welsh,
//! Polish, Romanian, Arabic, Urdu, Bengali): alt text that only says "picture of", link
//! text that says nothing out of context, and words that warn of a new window.
//!
//! All lists apply on every page, whatever its `lang` says, since a page may be mislabelled
//! or mix languages. Comparison is on [`normalise`]d text.

/// Alt text that starts with one of these only says it is a picture.
pub const ALT_PREFIXES: &[&str] = &[
    // en
    "image of",
    "an image of",
    "picture of",
    "a picture of",
    "photo of",
    "a photo of",
    "photograph of",
    "a photograph of",
    "graphic of",
    "a graphic of",
    "illustration of",
    "an illustration of",
    "icon of",
    "an icon of",
    "image showing",
    "picture showing",
    "photo showing",
    "screenshot of",
    "a screenshot of",
    // cy
    "llun o",
    "delwedd o",
    "ffotograff o",
    "llun yn dangos",
    "delwedd yn dangos",
    "ffotograff yn dangos",
    "darlun o",
    "eicon o",
    // pl: the noun comes first and what it shows follows in the genitive
    "zdjęcie",
    "obraz",
    "obrazek",
    "grafika",
    "ilustracja",
    "fotografia",
    "ikona",
    // ro
    "imagine cu",
    "imagine a",
    "imaginea unui",
    "imaginea unei",
    "imagine care arată",
    "poză cu",
    "poza cu",
    "fotografie cu",
    "fotografia unui",
    "fotografia unei",
    "ilustrație cu",
    "ilustrația unui",
    "pictogramă",
    // ar
    "صورة",
    "صوره",
    "رسم توضيحي",
    "أيقونة",
    // ur
    "تصویر",
    "فوٹو",
    "عکس",
    // bn
    "ছবি",
    "চিত্র",
    "ফটো",
    "আলোকচিত্র",
];

/// Alt text that ends with one of these only says it is a picture (Urdu and Bengali put
/// "picture" after what it shows: "فون کی تصویر", "ফোনের ছবি").
pub const ALT_SUFFIXES: &[&str] = &[
    "کی تصویر",
    "کا فوٹو",
    "کی فوٹو",
    "کا عکس",
    "এর ছবি",
    "র ছবি",
    "ের ছবি",
    "এর চিত্র",
];

/// Alt text that is only one of these says nothing about the picture.
pub const ALT_GENERIC: &[&str] = &[
    "image",
    "picture",
    "photo",
    "photograph",
    "graphic",
    "img",
    "icon",
    "spacer",
    "logo",
    "placeholder",
    "alt",
    "untitled",
    "blank",
    "pic",
    "illustration",
    "screenshot",
    "llun",
    "delwedd",
    "ffotograff",
    "eicon",
    "zdjęcie",
    "obraz",
    "obrazek",
    "grafika",
    "ikona",
    "imagine",
    "imaginea",
    "poză",
    "poza",
    "fotografie",
    "pictogramă",
    "صورة",
    "صوره",
    "أيقونة",
    "تصویر",
    "فوٹو",
    "ছবি",
    "চিত্র",
    "ফটো",
];

/// Link text that says nothing out of context.
pub const VAGUE_LINKS: &[&str] = &[
    // en
    "click here",
    "click",
    "here",
    "tap here",
    "press here",
    "go here",
    "read more",
    "more",
    "more info",
    "more information",
    "learn more",
    "find out more",
    "see more",
    "link",
    "this link",
    "click this link",
    "this page",
    "this",
    "details",
    "read this",
    // cy
    "cliciwch yma",
    "clicio yma",
    "pwyswch yma",
    "yma",
    "darllen mwy",
    "darllenwch fwy",
    "mwy",
    "rhagor",
    "rhagor o wybodaeth",
    "mwy o wybodaeth",
    "gwybod mwy",
    "dysgu mwy",
    "dysgwch fwy",
    "y ddolen hon",
    "dolen",
    "manylion",
    // pl
    "kliknij tutaj",
    "kliknij tu",
    "kliknij",
    "tutaj",
    "tu",
    "czytaj więcej",
    "przeczytaj więcej",
    "więcej",
    "dowiedz się więcej",
    "więcej informacji",
    "zobacz więcej",
    "ten link",
    "link",
    "szczegóły",
    // ro
    "click aici",
    "clic aici",
    "faceți clic aici",
    "faceti clic aici",
    "dați clic aici",
    "apăsați aici",
    "apasa aici",
    "aici",
    "citește mai mult",
    "citiți mai mult",
    "citeste mai mult",
    "mai mult",
    "mai multe",
    "mai multe informații",
    "află mai multe",
    "aflați mai multe",
    "acest link",
    "detalii",
    // ar
    "انقر هنا",
    "اضغط هنا",
    "هنا",
    "اقرأ المزيد",
    "المزيد",
    "مزيد",
    "لمعرفة المزيد",
    "اعرف المزيد",
    "المزيد من المعلومات",
    "هذا الرابط",
    "التفاصيل",
    "رابط",
    // ur
    "یہاں کلک کریں",
    "یہاں",
    "مزید پڑھیں",
    "مزید",
    "مزید جانیں",
    "مزید معلومات",
    "یہ لنک",
    "یہاں دبائیں",
    "لنک",
    "تفصیلات",
    // bn
    "এখানে ক্লিক করুন",
    "এখানে",
    "আরও পড়ুন",
    "আরো পড়ুন",
    "আরও",
    "আরো",
    "আরও জানুন",
    "আরো জানুন",
    "বিস্তারিত",
    "এই লিঙ্ক",
    "এই লিংক",
    "লিঙ্ক",
];

/// Words that tell a reader a link opens a new window or tab.
pub const NEW_WINDOW: &[&str] = &[
    "new window",
    "new tab",
    "opens in",
    "external site",
    "external link",
    "ffenestr newydd",
    "tab newydd",
    "agor mewn",
    "nowym oknie",
    "nowej karcie",
    "nowe okno",
    "nowa karta",
    "otwiera się",
    "fereastră nouă",
    "fereastra noua",
    "filă nouă",
    "fila noua",
    "tab nou",
    "se deschide",
    "نافذة جديدة",
    "علامة تبويب جديدة",
    "تبويب جديد",
    "يفتح في",
    "نئی ونڈو",
    "نئے ٹیب",
    "نیا ٹیب",
    "میں کھلتا",
    "নতুন উইন্ডো",
    "নতুন ট্যাব",
    "নতুন পাতায়",
];

/// Lower case, punctuation dropped (letters, marks and digits kept), spaces collapsed, so
/// "Click here!" and "click  here" compare equal, and Arabic marks stay on their letters.
pub fn normalise(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || is_mark(c) {
                c
            } else if c == '\u{200c}' || c == '\u{200d}' {
                // Zero-width joiners shape Urdu and Bengali words; keep them out of the way.
                '\0'
            } else {
                ' '
            }
        })
        .filter(|c| *c != '\0')
        .collect::<String>()
        .to_lowercase();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Combining marks (vowel signs of Bengali, Arabic short vowels).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x09E2..=0x09E3)
}

/// Does `text` start with `phrase` as whole words?
pub fn starts_with_words(text: &str, phrase: &str) -> bool {
    text == phrase
        || text
            .strip_prefix(phrase)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Does `text` end with `phrase`? Not by whole words: the suffixes start with the ending of
/// the word before ("ফোনের ছবি" ends with "ের ছবি").
pub fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    text.len() > phrase.len() && text.ends_with(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_drops_punctuation_and_case() {
        assert_eq!(normalise(" Click  HERE! "), "click here");
        assert_eq!(normalise("Read more…"), "read more");
        assert_eq!(normalise("اقرأ المزيد »"), "اقرأ المزيد");
    }

    #[test]
    fn phrases_match_whole_words() {
        assert!(starts_with_words("image of a phone", "image of"));
        assert!(!starts_with_words("imagery", "image"));
        assert!(ends_with_phrase("فون کی تصویر", "کی تصویر"));
        assert!(ends_with_phrase("ফোনের ছবি", "ের ছবি"));
    }

    #[test]
    fn every_list_is_already_normalised() {
        for list in [
            ALT_PREFIXES,
            ALT_SUFFIXES,
            ALT_GENERIC,
            VAGUE_LINKS,
            NEW_WINDOW,
        ] {
            for phrase in list {
                assert_eq!(normalise(phrase), *phrase, "{phrase}");
            }
        }
    }
}
