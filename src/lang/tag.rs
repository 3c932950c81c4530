//! Language tags and scripts: is a `lang` value a real language, which way it is written,
//! and which Unicode scripts its text uses, so text in another script can be noticed.

use unicode_script::{Script, UnicodeScript};

/// Every ISO 639-1 two-letter code (three-letter ISO 639-2/3 codes are accepted as they are:
/// there are thousands).
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik in io is it iu iw ja ji jv jw ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// Is `tag` a well-formed language tag whose language exists?
pub fn valid(tag: &str) -> bool {
    let tag = tag.trim();
    if tag.is_empty() || tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
        return false;
    }
    let primary = primary(tag);
    match primary.len() {
        2 => ISO_639_1.split(' ').any(|c| c == primary),
        3 => primary.chars().all(|c| c.is_ascii_alphabetic()),
        _ => false,
    }
}

/// The primary language subtag, lower case (`en` of `en-GB`).
pub fn primary(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The script subtag, if the tag has one (`Latn` of `sr-Latn`).
fn script_subtag(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|s| s.to_ascii_lowercase())
}

/// Is the language written right to left?
pub fn rtl(tag: &str) -> bool {
    match script_subtag(tag).as_deref() {
        Some("arab" | "hebr" | "syrc" | "thaa" | "nkoo" | "adlm" | "rohg") => return true,
        Some(_) => return false,
        None => {}
    }
    matches!(
        primary(tag).as_str(),
        "ar" | "arc"
            | "ckb"
            | "dv"
            | "fa"
            | "he"
            | "iw"
            | "ks"
            | "ku"
            | "ps"
            | "sd"
            | "ug"
            | "ur"
            | "yi"
            | "ji"
            | "syr"
            | "prs"
            | "pnb"
            | "skr"
            | "bal"
            | "glk"
            | "mzn"
    )
}

/// The scripts a language is written in, when we know them. `None` means "any": the rule
/// about text in another script then says nothing.
pub fn scripts(tag: &str) -> Option<&'static [Script]> {
    use Script::*;
    if let Some(s) = script_subtag(tag) {
        return Some(match s.as_str() {
            "latn" => &[Latin],
            "cyrl" => &[Cyrillic],
            "arab" => &[Arabic],
            "deva" => &[Devanagari],
            "beng" => &[Bengali],
            "guru" => &[Gurmukhi],
            "hans" | "hant" => &[Han],
            _ => return None,
        });
    }
    Some(match primary(tag).as_str() {
        "en" | "cy" | "pl" | "ro" | "fr" | "de" | "es" | "it" | "pt" | "nl" | "ga" | "gd"
        | "so" | "sw" | "tr" | "vi" | "lt" | "lv" | "et" | "fi" | "sv" | "da" | "no" | "nb"
        | "nn" | "is" | "cs" | "sk" | "sl" | "hr" | "bs" | "sq" | "hu" | "mt" | "ms" | "id"
        | "tl" | "ha" | "yo" | "ig" | "zu" | "xh" | "af" | "eu" | "ca" | "gl" | "kw" | "gv"
        | "br" | "om" => &[Latin],
        "ar" | "fa" | "ur" | "ps" | "ckb" | "sd" | "ug" | "prs" | "pnb" => &[Arabic],
        "he" | "iw" | "yi" => &[Hebrew],
        "bn" | "as" => &[Bengali],
        "hi" | "mr" | "ne" | "sa" => &[Devanagari],
        "pa" => &[Gurmukhi],
        "gu" => &[Gujarati],
        "ta" => &[Tamil],
        "te" => &[Telugu],
        "kn" => &[Kannada],
        "ml" => &[Malayalam],
        "si" => &[Sinhala],
        "th" => &[Thai],
        "el" => &[Greek],
        "ru" | "uk" | "bg" | "mk" | "be" | "kk" | "ky" | "mn" => &[Cyrillic],
        "hy" => &[Armenian],
        "ka" => &[Georgian],
        "am" | "ti" => &[Ethiopic],
        "zh" => &[Han],
        "ja" => &[Han, Hiragana, Katakana],
        "ko" => &[Hangul, Han],
        _ => return None,
    })
}

/// The script of a letter, or `None` for digits, punctuation and marks shared by scripts.
pub fn letter_script(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    }
}

/// The name of a script, for messages.
pub fn script_name(s: Script) -> &'static str {
    s.full_name()
}

/// The byte ranges of `text` written in one of `scripts`: each from a letter in them to the
/// last letter or digit before a letter of any other script, so the spaces and punctuation
/// around a run stay with the text it sits in. A run that opens a bracket keeps the closing
/// one, so a right-to-left page does not pair brackets across the run's edge.
pub fn runs_in(text: &str, scripts: &[Script]) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut run: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        match letter_script(c) {
            Some(s) if scripts.contains(&s) => match &mut run {
                Some((_, last)) => *last = end,
                None => run = Some((i, end)),
            },
            Some(_) => {
                if let Some((start, last)) = run.take() {
                    runs.push(start..last);
                }
            }
            None => {
                if let Some((_, last)) = &mut run
                    && c.is_numeric()
                {
                    *last = end;
                }
            }
        }
    }
    if let Some((start, last)) = run {
        runs.push(start..last);
    }
    for r in &mut runs {
        for (open, close) in [('(', ')'), ('[', ']')] {
            let inside = &text[r.clone()];
            let unmatched = inside.matches(open).count() > inside.matches(close).count();
            if unmatched && let Some(at) = text[r.end..].find(close) {
                let gap = &text[r.end..r.end + at];
                if gap
                    .chars()
                    .all(|c| letter_script(c).is_none_or(|s| scripts.contains(&s)))
                {
                    r.end += at + close.len_utf8();
                }
            }
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_checked() {
        for good in ["en", "en-GB", "cy", "ar", "ur-PK", "bn", "sr-Latn", "yue"] {
            assert!(valid(good), "{good}");
        }
        for bad in ["", "english", "xx", "en_GB-", "e"] {
            assert!(!valid(bad), "{bad}");
        }
    }

    #[test]
    fn directions_and_scripts() {
        assert!(rtl("ar") && rtl("ur") && !rtl("bn") && !rtl("en"));
        assert_eq!(scripts("bn"), Some(&[Script::Bengali][..]));
        assert_eq!(letter_script('a'), Some(Script::Latin));
        assert_eq!(letter_script('1'), None);
        assert_eq!(letter_script('ب'), Some(Script::Arabic));
    }

    #[test]
    fn runs_in_another_script_leave_the_punctuation_around_them() {
        let text = "NHS login میں No, I do not have photo ID چنیں۔ (نہیں) 111";
        let runs: Vec<&str> = runs_in(text, &[Script::Latin])
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(runs, ["NHS login", "No, I do not have photo ID"]);
        let text = "پھر (Yes – I have all 3 details) چنیں";
        let runs: Vec<&str> = runs_in(text, &[Script::Latin])
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(runs, ["Yes – I have all 3 details"]);
        let text = "دیکھیں Metropolitan Police (MPS) پر";
        let runs: Vec<&str> = runs_in(text, &[Script::Latin])
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(runs, ["Metropolitan Police (MPS)"]);
        assert!(runs_in("١٢٣ ، ؟", &[Script::Latin]).is_empty());
    }
}

/// Short words frequent in one Latin-script language and rare in the others, for telling
/// apart text in languages written in the same script (Welsh in an English page).
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "is", "you", "your", "for", "with", "that", "this", "are", "it",
            "be", "can", "have", "from", "will", "not", "or", "what", "if", "when", "how", "they",
            "their", "our", "we",
        ],
    ),
    (
        "cy",
        &[
            "y", "yr", "yn", "eich", "ac", "mae", "gyda", "chi", "ei", "bod", "neu", "sy'n", "i'r",
            "o'r", "os", "eu", "hyn", "gan", "wedi", "ddim", "rydych", "fydd", "sut", "beth",
            "pan", "ydych", "gallwch", "ein", "hefyd",
        ],
    ),
    (
        "pl",
        &[
            "się", "nie", "jest", "że", "jak", "po", "od", "za", "dla", "lub", "może", "aby",
            "czy", "są", "przez", "twój", "twoje", "jeśli", "albo", "oraz", "też", "tak", "który",
            "która", "możesz",
        ],
    ),
    (
        "ro",
        &[
            "și", "în", "cu", "pe", "este", "să", "un", "sau", "pentru", "care", "mai", "ce", "se",
            "dacă", "din", "fi", "vă", "aveți", "puteți", "nu", "sunt", "acest", "această", "prin",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "et", "est", "des", "une", "vous", "pour", "dans", "que", "qui", "pas",
            "sur", "avec", "votre", "vos", "nous", "ce", "au", "aux",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "sie", "mit", "ein", "eine", "zu", "auf",
            "für", "von", "den", "dem", "ihr", "ihre", "wir", "oder", "wenn",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "es", "que", "una", "para", "con", "por", "su", "del",
            "usted", "sus", "como", "pero", "más", "este", "esta",
        ],
    ),
];

/// Is `word` (lower case) one of the short words [`guess_latin`] tells languages apart by?
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.iter().any(|(_, list)| list.contains(&word))
}

/// The Latin-script language `text` looks written in, if it clearly is one of those we
/// know, with its count of function words and the count for `expected`.
pub fn guess_latin(text: &str, expected: &str) -> Option<(&'static str, usize, usize)> {
    // A web address is in no language, however many words its path spells.
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|t| !(t.contains("://") || t.starts_with("www.")))
        .flat_map(|t| t.split(|c: char| !(c.is_alphabetic() || c == '\'')))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    if words.len() < 10 {
        return None;
    }
    let hits = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let expected = primary(expected);
    let own = FUNCTION_WORDS
        .iter()
        .find(|(l, _)| *l == expected)
        .map_or(0, |(_, list)| hits(list));
    let (best, count) = FUNCTION_WORDS
        .iter()
        .map(|(l, list)| (*l, hits(list)))
        .max_by_key(|(_, n)| *n)?;
    (best != expected && count >= 3 && count >= 3 * own.max(1) && count * 6 >= words.len())
        .then_some((best, count, own))
}

/// True when the tag's primary subtag is a registered ISO 639 language (two letters for
/// ISO 639-1, three for 639-3), so "farsi" or "klingon" are refused although they are
/// well-formed BCP 47.
pub fn registered(tag: &str) -> bool {
    let primary = primary(tag);
    match primary.len() {
        2 => isolang::Language::from_639_1(&primary).is_some(),
        3 => isolang::Language::from_639_3(&primary).is_some(),
        _ => false,
    }
}

/// English names people write for a language that are not its ISO 639 name.
const OTHER_NAMES: &[(&str, &str)] = &[
    ("farsi", "fa"),
    ("punjabi", "pa"),
    ("gaelic", "gd"),
    ("scots gaelic", "gd"),
    ("kurdish", "ku"),
    ("sorani", "ckb"),
    ("chinese", "zh"),
    ("mandarin", "zh"),
    ("cantonese", "yue"),
    ("tagalog", "tl"),
    ("filipino", "fil"),
];

/// The tag for a language written as its name ("Farsi", "Welsh", "Cymraeg"), for hints.
pub fn suggest(written: &str) -> Option<String> {
    let lower = written.trim().to_lowercase();
    if let Some((_, tag)) = OTHER_NAMES.iter().find(|(name, _)| *name == lower) {
        return Some((*tag).to_owned());
    }
    let by_name = isolang::languages().find(|l| l.to_name().eq_ignore_ascii_case(lower.as_str()));
    if let Some(language) = by_name {
        return Some(
            language
                .to_639_1()
                .unwrap_or(language.to_639_3())
                .to_owned(),
        );
    }
    super::AUTONYMS
        .iter()
        .find(|(_, name)| name.to_lowercase() == lower)
        .map(|(tag, _)| (*tag).to_owned())
}

/// The name of a language we can guess, for messages.
pub fn language_name(tag: &str) -> &'static str {
    match primary(tag).as_str() {
        "en" => "English",
        "cy" => "Welsh",
        "pl" => "Polish",
        "ro" => "Romanian",
        "fr" => "French",
        "de" => "German",
        "es" => "Spanish",
        _ => "another language",
    }
}

#[cfg(test)]
mod codes {
    use super::{registered, suggest};

    #[test]
    fn only_registered_languages_and_names_get_their_code() {
        assert!(registered("fa") && registered("pt-BR") && registered("ckb"));
        assert!(!registered("farsi") && !registered("klingon-xx") && !registered("qq"));
        assert_eq!(suggest("Farsi").as_deref(), Some("fa"));
        assert_eq!(suggest("Persian").as_deref(), Some("fa"));
        assert_eq!(suggest("somali").as_deref(), Some("so"));
        assert_eq!(suggest("Cymraeg").as_deref(), Some("cy"));
        assert_eq!(suggest("xyzzy"), None);
    }
}

#[cfg(test)]
mod guesses {
    use super::guess_latin;

    #[test]
    fn welsh_in_an_english_page_is_noticed() {
        let welsh = "Mae'r ap yn gadael i chi archebu presgripsiwn ac mae angen eich rhif GIG arnoch chi os ydych yn byw yng Nghymru";
        assert_eq!(guess_latin(welsh, "en").map(|g| g.0), Some("cy"));
        let english =
            "Open the app on your phone and tap the button that says log in with your NHS login";
        assert_eq!(guess_latin(english, "en"), None);
        assert_eq!(guess_latin(english, "cy").map(|g| g.0), Some("en"));
        assert_eq!(
            guess_latin("Short text in Welsh: mae hyn yn dda", "en"),
            None
        );
    }
}
