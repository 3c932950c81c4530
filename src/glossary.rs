//! Glossary terms: where a hard word is used in a text, so a page can explain it at its
//! first use and the checker knows the word is explained.
//!
//! A term matches whole words, in any case, with a plural ending ("symptom" matches
//! "Symptoms"); a term of several words matches them in order with any spaces between.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::document::{GlossaryEntry, Guide};

/// The byte range of the first use of `term` in `text`, if any.
pub fn find(text: &str, term: &str) -> Option<Range<usize>> {
    let term_words: Vec<String> = term.split_whitespace().map(str::to_lowercase).collect();
    if term_words.is_empty() {
        return None;
    }
    let words = words_of(text);
    let n = term_words.len();
    (0..words.len().saturating_sub(n - 1)).find_map(|i| {
        let window = &words[i..i + n];
        let same = window
            .iter()
            .zip(&term_words)
            .enumerate()
            .all(|(k, (w, t))| {
                let w = w.1.to_lowercase();
                w == *t || (k == n - 1 && is_plural(&w, t))
            });
        same.then(|| window[0].0..window[n - 1].0 + window[n - 1].1.len())
    })
}

fn is_plural(word: &str, term: &str) -> bool {
    word.strip_suffix("es").or_else(|| word.strip_suffix('s')) == Some(term)
}

/// Words with their byte offsets, by Unicode's word boundaries (so combining marks, as in
/// Bengali "কার্ড", stay inside their word, and "don't" is one word); a hyphen or `&` between
/// two words keeps them one word ("e-mail", "A&E"), as authors write glossary terms that way.
fn words_of(text: &str) -> Vec<(usize, &str)> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut joiner_after_last = false;
    for (i, segment) in text.split_word_bound_indices() {
        let end = i + segment.len();
        if segment.chars().any(char::is_alphanumeric) {
            match spans.last_mut() {
                Some(last) if joiner_after_last => last.end = end,
                _ => spans.push(i..end),
            }
            joiner_after_last = false;
        } else {
            let touches_last = spans.last().is_some_and(|last| last.end == i);
            joiner_after_last = touches_last && matches!(segment, "-" | "&");
        }
    }
    spans.into_iter().map(|r| (r.start, &text[r])).collect()
}

/// True when the guide uses `term` in any of its texts (its own glossary left aside).
pub fn is_used(guide: &Guide, term: &str) -> bool {
    let glossary: Vec<*const crate::document::Text> = guide
        .meta
        .glossary
        .iter()
        .flat_map(|e| [&e.term as *const _, &e.explanation as *const _])
        .collect();
    guide
        .texts()
        .into_iter()
        .filter(|t| !glossary.contains(&(*t as *const _)))
        .any(|t| find(&t.to_plain(), term).is_some())
}

/// The entries of `glossary` first used in `text`, skipping those in `explained`; each one
/// found is added to `explained`.
pub fn first_uses<'g>(
    glossary: &'g [GlossaryEntry],
    text: &str,
    explained: &mut Vec<usize>,
) -> Vec<&'g GlossaryEntry> {
    let mut out = Vec::new();
    for (i, entry) in glossary.iter().enumerate() {
        if explained.contains(&i) {
            continue;
        }
        if find(text, &entry.term.to_plain()).is_some() {
            explained.push(i);
            out.push(entry);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_in_any_case_and_plurals() {
        assert_eq!(find("Check your symptoms now", "symptom"), Some(11..19));
        assert_eq!(find("A GP's surgery", "GP"), None);
        assert_eq!(find("Ask your GP.", "gp"), Some(9..11));
        assert_eq!(find("ongoing", "go"), None);
        assert_eq!(find("an NHS  login today", "NHS login"), Some(3..13));
    }

    #[test]
    fn words_keep_their_combining_marks_and_joiners() {
        let bengali = "ডেটা একটি সিম কার্ডে আসে। সিম কার্ড ফোনে থাকে।";
        let at = find(bengali, "সিম কার্ড").expect("found");
        assert_eq!(&bengali[at], "সিম কার্ড");
        assert_eq!(find("Send an e-mail today", "e-mail"), Some(8..14));
        assert_eq!(find("Go to A&E now", "A&E"), Some(6..9));
        assert_eq!(find("Go to A & E now", "A&E"), None);
        assert_eq!(find("Don't wait", "wait"), Some(6..10));
    }
}
