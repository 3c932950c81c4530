//! Long words that are nevertheless everyday words ("medicine", "computer", "hospital"), so the
//! long-words check looks at how common a word is, not only how long it is.
//!
//! The English list is made from wordfreq's frequency data by `tools/readability/everyday.py`
//! (see its header for the threshold and the data's licence).

use std::collections::BTreeSet;
use std::sync::LazyLock;

static ENGLISH: LazyLock<BTreeSet<&'static str>> = LazyLock::new(|| {
    include_str!("everyday-en.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// True when `word` (lower case) is a long word most readers meet every day.
pub fn is_everyday(lang: &str, word: &str) -> bool {
    lang == "en" && ENGLISH.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_long_words_are_everyday_and_jargon_is_not() {
        for word in ["medicine", "computer", "library", "hospital"] {
            assert!(is_everyday("en", word), "{word}");
        }
        for word in [
            "pharmaceutical",
            "contraindication",
            "hypertension",
            "nominated",
        ] {
            assert!(!is_everyday("en", word), "{word}");
        }
        assert!(!is_everyday("cy", "medicine"));
    }
}
