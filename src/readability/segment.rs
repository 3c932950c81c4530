//! Sentences and words of a text by Unicode rules (UAX #29, `unicode-segmentation`), with
//! byte offsets into the text, so every finding can point at its sentence and word.
//!
//! Takes a text and the byte ranges that are code (inline code from Markdown); produces
//! [`Sentence`]s holding [`Word`]s. Web and e-mail addresses and code are one word each and
//! never split a sentence; a full stop after a common abbreviation ("e.g.", "Dr.") does not
//! end a sentence.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// One sentence: its byte range in the text and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// The sentence without surrounding white space.
    pub range: Range<usize>,
    /// Its words, in order.
    pub words: Vec<Word>,
}

/// One word and what kind of word it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// Prose, a number or code.
    pub kind: WordKind,
}

/// What a word is, which decides how it is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// A word of prose: counted, syllabified and checked.
    Prose,
    /// Digits, maybe with letters (`111`, `9am`, `2,000`): one short word, never checked.
    Number,
    /// An address or code (`111.nhs.uk`, `` `PIN` ``): one word, never checked.
    Code,
}

/// Abbreviations whose full stop does not end a sentence (compared in lower case).
const ABBREVIATIONS: &[&str] = &[
    "e.g.", "i.e.", "etc.", "dr.", "mr.", "mrs.", "ms.", "st.", "no.", "approx.", "vs.", "prof.",
    "tel.", "ref.", "dept.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
];

/// Splits `text` into sentences and words. `code` lists byte ranges that are code.
pub fn sentences(text: &str, code: &[Range<usize>]) -> Vec<Sentence> {
    let mut code: Vec<Range<usize>> = code.to_vec();
    code.extend(addresses(text));
    code.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut join_next = false;
    for (start, piece) in text.split_sentence_bound_indices() {
        let range = start..start + piece.len();
        let inside_code = code
            .iter()
            .any(|c| c.start < range.start && range.start < c.end);
        match out.last_mut() {
            Some(last) if join_next || inside_code || !has_alphanumeric(piece) => {
                last.end = range.end
            }
            _ => out.push(range),
        }
        join_next = ends_with_abbreviation(piece);
    }
    out.into_iter()
        .filter_map(|r| trim(text, r))
        .map(|range| Sentence {
            words: words(text, range.clone(), &code),
            range,
        })
        .filter(|s| !s.words.is_empty())
        .collect()
}

/// The words of `range`: code ranges are one word each, the rest split by UAX #29.
fn words(text: &str, range: Range<usize>, code: &[Range<usize>]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = range.start;
    for c in code
        .iter()
        .filter(|c| c.start < range.end && c.end > range.start)
    {
        let c = c.start.max(range.start)..c.end.min(range.end);
        if c.start > at {
            split_words(text, at..c.start, &mut out);
        }
        if has_alphanumeric(&text[c.clone()]) {
            out.push(Word {
                range: c.clone(),
                kind: WordKind::Code,
            });
        }
        at = at.max(c.end);
    }
    if at < range.end {
        split_words(text, at..range.end, &mut out);
    }
    out
}

fn split_words(text: &str, range: Range<usize>, out: &mut Vec<Word>) {
    for (start, token) in text[range.clone()].split_word_bound_indices() {
        if !has_alphanumeric(token) {
            continue;
        }
        let start = range.start + start;
        out.push(Word {
            range: start..start + token.len(),
            kind: classify(token),
        });
    }
}

fn classify(token: &str) -> WordKind {
    if token.chars().any(|c| c.is_numeric()) {
        WordKind::Number
    } else if token.contains(['.', '@', '_', ':', '/']) {
        WordKind::Code
    } else {
        WordKind::Prose
    }
}

/// Web and e-mail addresses written in the text: read as one word each.
fn addresses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let token = text[s..i].trim_end_matches(|c: char| ".,;:!?)\"'’”".contains(c));
                let token = token.trim_start_matches(|c: char| "(\"'‘“".contains(c));
                if is_address(token) {
                    let offset = s + text[s..i].find(token).unwrap_or(0);
                    out.push(offset..offset + token.len());
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn is_address(token: &str) -> bool {
    // Compared without lower-casing a copy: this runs on every word.
    let starts = |prefix: &str| {
        token
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    starts("http://")
        || starts("https://")
        || starts("www.")
        || (token.contains('@') && token.contains('.'))
}

fn has_alphanumeric(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

fn ends_with_abbreviation(piece: &str) -> bool {
    let last = piece.split_whitespace().last().unwrap_or("");
    let last = last.trim_start_matches(|c: char| "(\"'‘“".contains(c));
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(last))
}

fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.start + piece.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<Vec<&str>> {
        sentences(text, &[])
            .iter()
            .map(|s| s.words.iter().map(|w| &text[w.range.clone()]).collect())
            .collect()
    }

    #[test]
    fn splits_sentences_and_words() {
        assert_eq!(
            shown("It is free. It's open all day!"),
            [vec!["It", "is", "free"], vec!["It's", "open", "all", "day"]]
        );
    }

    #[test]
    fn abbreviations_and_addresses_do_not_end_sentences() {
        let text = "Bring ID, e.g. Your passport. Go to https://111.nhs.uk/ now.";
        let s = sentences(text, &[]);
        assert_eq!(s.len(), 2);
        let last = &s[1].words;
        assert_eq!(&text[last[2].range.clone()], "https://111.nhs.uk/");
        assert_eq!(last[2].kind, WordKind::Code);
    }

    #[test]
    fn numbers_and_code_are_marked() {
        let text = "Call 111 or type PIN here.";
        let code = vec![Range { start: 17, end: 20 }];
        let s = sentences(text, &code);
        let kinds: Vec<WordKind> = s[0].words.iter().map(|w| w.kind).collect();
        use WordKind::*;
        assert_eq!(kinds, [Prose, Number, Prose, Prose, Code, Prose]);
    }

    #[test]
    fn works_for_other_scripts() {
        assert_eq!(shown("اتصل بالرقم. ثم انتظر.").len(), 2);
        assert_eq!(shown("আপনার ফোন চালু করুন। তারপর অ্যাপ খুলুন।").len(), 2);
    }
}
