//! Sentence-level findings: what is hard in one sentence, why it matters, what to do instead.
//!
//! Each check takes a [`SentenceView`] (the sentence's text, words and syllable counts) and
//! pushes [`Finding`]s with byte ranges into the passage text. Passive voice and joined
//! ideas are only looked for in English; the other checks work in every language that has
//! a plain-words list (plain words, numbers as words) or cased letters (capitals).

use std::collections::BTreeSet;
use std::ops::Range;

use super::language::WordInfo;
use super::plain_words::{EntryKind, PlainWords, normalise};
use super::profile::Profile;
use super::segment::{Word, WordKind};

/// A long word at or above this Zipf frequency is an everyday word (about the 3,000
/// commonest words of its language), not a hard one: "medicine", "computer", "hospital".
const EVERYDAY_ZIPF: f32 = 4.5;

/// One thing to improve, at a byte range of the passage text.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// A stable kebab-case code (`long-sentence`, `plain-word`).
    pub code: &'static str,
    /// Where, in the passage text.
    pub range: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// A short label for under the caret.
    pub label: String,
    /// Why it matters.
    pub note: String,
    /// What to do instead.
    pub help: String,
}

impl Finding {
    /// True when the finding is about its whole sentence (too long, too many long words,
    /// too many ideas), so the sentence's explanation helps with it.
    pub fn is_about_the_sentence(&self) -> bool {
        matches!(self.code, "long-sentence" | "long-words" | "many-ideas")
    }
}

/// Every code a readability finding can have, for `ignore` in `site.toml` and the README.
pub const CODES: &[&str] = &[
    "long-sentence",
    "long-words",
    "plain-word",
    "passive-voice",
    "unexplained-abbreviation",
    "number-word",
    "block-capitals",
    "italics",
    "many-ideas",
    "long-paragraph",
    "reading-level",
];

/// What the checks know about the sentence they look at.
pub struct SentenceView<'a> {
    /// The passage text.
    pub text: &'a str,
    /// The sentence's range in it.
    pub range: Range<usize>,
    /// Its words.
    pub words: &'a [Word],
    /// What is known about each word (its syllables, 0 where unknown; its normal form).
    pub info: &'a [WordInfo],
}

impl SentenceView<'_> {
    /// Word `i` as written.
    pub fn word(&self, i: usize) -> &str {
        &self.text[self.words[i].range.clone()]
    }

    /// Word `i` normalised (lower case, straight apostrophes).
    pub fn normal(&self, i: usize) -> &str {
        &self.info[i].normal
    }

    fn span(&self, from: usize, to: usize) -> Range<usize> {
        self.words[from].range.start..self.words[to].range.end
    }
}

/// What the checks are held to and what they already know.
pub struct Rules<'a> {
    /// Primary language subtag.
    pub lang: &'a str,
    /// Thresholds.
    pub profile: &'a Profile,
    /// The language's plain-words list.
    pub words: &'a PlainWords,
    /// Glossary terms, each as its normalised words: explained words.
    pub glossary: &'a [Vec<String>],
    /// Abbreviations readers know (the list's and the site's).
    pub known: Known<'a>,
}

/// Abbreviations readers know: the language's list and the site's, looked up in both rather
/// than copied into one for every page.
#[derive(Clone, Copy)]
pub struct Known<'a> {
    /// The language's list.
    pub list: &'a BTreeSet<String>,
    /// The site's own.
    pub site: &'a BTreeSet<String>,
}

impl Known<'_> {
    /// True when readers know this abbreviation (as written).
    pub fn contains(&self, word: &str) -> bool {
        self.list.contains(word) || self.site.contains(word)
    }
}

/// Abbreviations already explained (or already reported) on this page.
#[derive(Debug, Default, Clone)]
pub struct State {
    /// Abbreviations seen, as written.
    pub seen: BTreeSet<String>,
}

/// Runs every sentence check. `explained` marks the words the glossary explains (see
/// [`explained_by_glossary`]): the long-word, plain-word and capitals checks skip them.
pub fn check_sentence(
    s: &SentenceView,
    rules: &Rules,
    explained: &[bool],
    state: &mut State,
    out: &mut Vec<Finding>,
) {
    long_sentence(s, rules, out);
    long_words(s, rules, explained, out);
    plain_words(s, rules, explained, out);
    capitals(s, rules, explained, state, out);
    if rules.lang == "en" {
        passive(s, out);
        if rules.profile.one_idea {
            many_ideas(s, out);
        }
    }
}

fn long_sentence(s: &SentenceView, rules: &Rules, out: &mut Vec<Finding>) {
    let n = s.words.len();
    let max = rules.profile.max_words_per_sentence;
    if n <= max {
        return;
    }
    out.push(Finding {
        code: "long-sentence",
        range: s.range.clone(),
        message: format!("this sentence has {n} words"),
        label: format!("{n} words; aim for {max} or fewer"),
        note: "long sentences are hard to follow, especially for people with low literacy or who are learning the language".into(),
        help: "split it into short sentences with one idea each".into(),
    });
}

/// Which words of the sentence the glossary explains: a term of several words ("nominated
/// pharmacy", "SIM card") explains each of its words where they stand together, in the
/// singular or plural, as the page shows the explanation for exactly that use.
pub fn explained_by_glossary(s: &SentenceView, glossary: &[Vec<String>]) -> Vec<bool> {
    let n = s.words.len();
    let mut covered = vec![false; n];
    let same = |written: &str, term: &str| {
        written == term
            || written.strip_suffix('s') == Some(term)
            || written.strip_suffix("es") == Some(term)
            || term
                .strip_suffix('y')
                .is_some_and(|stem| written.strip_suffix("ies") == Some(stem))
    };
    for words in glossary {
        if words.is_empty() || words.len() > n {
            continue;
        }
        for start in 0..=n - words.len() {
            if words
                .iter()
                .enumerate()
                .all(|(k, w)| same(s.normal(start + k), w))
            {
                covered[start..start + words.len()]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
        }
    }
    covered
}

/// A long word: 3 or more syllables and 7 or more letters in English, 4 or more syllables
/// where syllables are counted, else 10 or more letters; unless it is an everyday word of
/// its language (see [`EVERYDAY_ZIPF`]), explained, or a known abbreviation.
pub fn is_long(s: &SentenceView, rules: &Rules, explained: &[bool], i: usize) -> bool {
    let info = &s.info[i];
    if s.words[i].kind != WordKind::Prose
        || explained[i]
        || info.zipf.is_some_and(|z| z >= EVERYDAY_ZIPF)
        || (info.capitalised && rules.known.contains(s.word(i)))
    {
        return false;
    }
    let letters = s.word(i).chars().filter(|c| c.is_alphabetic()).count();
    match (rules.lang, info.syllables) {
        ("en", n) => n >= 3 && letters >= 7,
        (_, 0) => letters >= 10,
        (_, n) => n >= 4,
    }
}

fn long_words(s: &SentenceView, rules: &Rules, explained: &[bool], out: &mut Vec<Finding>) {
    let long: Vec<usize> = (0..s.words.len())
        .filter(|&i| is_long(s, rules, explained, i))
        .collect();
    let share = long.len() as f64 / s.words.len().max(1) as f64;
    let (some, min_share) = rules.profile.long_words_some;
    if long.len() < rules.profile.long_words && (long.len() < some || share <= min_share) {
        return;
    }
    let shown: Vec<String> = long.iter().map(|&i| format!("`{}`", s.word(i))).collect();
    out.push(Finding {
        code: "long-words",
        range: s.range.clone(),
        message: format!("this sentence has {} long words", long.len()),
        label: shown.join(", "),
        note: "long words slow readers down and are often the ones they do not know".into(),
        help: "use shorter, everyday words; if a long word is needed, explain it in the glossary"
            .into(),
    });
}

fn plain_words(s: &SentenceView, rules: &Rules, explained: &[bool], out: &mut Vec<Finding>) {
    for m in rules.words.find(s.info) {
        if explained[m.start..m.start + m.len].iter().any(|&e| e) {
            continue;
        }
        let range = s.span(m.start, m.start + m.len - 1);
        let written = &s.text[range.clone()];
        out.push(match m.entry.kind {
            EntryKind::Plain => Finding {
                code: "plain-word",
                range,
                message: format!("`{written}` has a plainer alternative"),
                label: format!("try: {}", m.entry.plainer),
                note: "everyday words are easier for everyone to understand, and to translate".into(),
                help: format!(
                    "write \"{}\" instead; if `{}` is the right word here, add it to the glossary with a short explanation",
                    m.entry.plainer, m.entry.phrase
                ),
            },
            EntryKind::Number => Finding {
                code: "number-word",
                range,
                message: format!("`{written}` is a number written as a word"),
                label: format!("write {}", m.entry.plainer),
                note: "easy read writes numbers above 10 as digits: they are quicker to read and stand out".into(),
                help: format!("write {}", m.entry.plainer),
            },
        });
    }
}

fn is_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().any(char::is_uppercase)
        && !word.chars().any(char::is_lowercase)
}

fn capitals(
    s: &SentenceView,
    rules: &Rules,
    by_glossary: &[bool],
    state: &mut State,
    out: &mut Vec<Finding>,
) {
    let n = s.words.len();
    let caps = |i: usize| s.words[i].kind == WordKind::Prose && is_capitals(s.word(i));
    let explained = |i: usize| rules.known.contains(s.word(i)) || by_glossary[i];
    let mut i = 0;
    while i < n {
        if !caps(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < n && caps(i + 1) {
            i += 1;
        }
        let run = start..=i;
        i += 1;
        let unexplained = run.clone().any(|k| !explained(k));
        let letters = s.word(start).chars().count();
        if run.clone().count() >= 2 && unexplained
            || (run.clone().count() == 1 && letters >= 5 && unexplained)
        {
            out.push(Finding {
                code: "block-capitals",
                range: s.span(start, *run.end()),
                message: "words in capital letters are hard to read".into(),
                label: "written in capitals".into(),
                note: "capitals hide the shape of words, which readers use to recognise them, and read as shouting".into(),
                help: "write it in lower case; to make it stand out, use **bold**".into(),
            });
            continue;
        }
        if run.clone().count() == 1 && unexplained {
            abbreviation(s, start, state, out);
        }
    }
}

fn abbreviation(s: &SentenceView, i: usize, state: &mut State, out: &mut Vec<Finding>) {
    let word = s.word(i).to_owned();
    if !state.seen.insert(word.clone()) {
        return;
    }
    let range = s.words[i].range.clone();
    let before = s.text[..range.start].trim_end();
    let after = s.text[range.end..].trim_start();
    // "personal protective equipment (PPE)" or "PPE (personal protective equipment)".
    if before.ends_with('(') || after.starts_with('(') {
        return;
    }
    out.push(Finding {
        code: "unexplained-abbreviation",
        range,
        message: format!("`{word}` is used before it is explained"),
        label: "not explained yet".into(),
        note: "many readers do not know what an abbreviation stands for".into(),
        help: format!(
            "add `{word}` to the glossary with a short explanation, or write it out in full the first time, e.g. \"words in full ({word})\""
        ),
    });
}

const BE: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
];

const ADVERBS: &[&str] = &[
    "not",
    "also",
    "then",
    "already",
    "always",
    "often",
    "usually",
    "never",
    "still",
    "just",
    "now",
    "only",
    "sometimes",
    "automatically",
    "usually",
    "normally",
    "then",
];

const IRREGULAR_PARTICIPLES: &[&str] = &[
    "been",
    "born",
    "bought",
    "brought",
    "built",
    "caught",
    "chosen",
    "done",
    "drawn",
    "driven",
    "eaten",
    "fallen",
    "felt",
    "forgotten",
    "found",
    "given",
    "gone",
    "grown",
    "heard",
    "held",
    "hidden",
    "hit",
    "hurt",
    "kept",
    "known",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "read",
    "said",
    "seen",
    "sent",
    "set",
    "shown",
    "shut",
    "sold",
    "spent",
    "spoken",
    "stolen",
    "taken",
    "taught",
    "told",
    "thought",
    "thrown",
    "understood",
    "woken",
    "worn",
    "written",
];

/// Words ending in -ed after "is" that describe rather than say what was done to someone.
const ADJECTIVES: &[&str] = &[
    "called",
    "named",
    "closed",
    "tired",
    "worried",
    "scared",
    "interested",
    "pleased",
    "bored",
    "excited",
    "married",
    "used",
    "supposed",
    "based",
    "concerned",
    "confused",
    "unwell",
    "need",
    "needed",
    "advanced",
    "detailed",
    "experienced",
    "qualified",
    "related",
    "limited",
    "red",
    "bed",
    "shed",
    "hundred",
    "seed",
    "speed",
    "feed",
    "tied",
    "allowed",
    "finished",
    "done",
    "gone",
    "left",
    "lost",
    "ashamed",
    "embarrassed",
    "prepared",
    "registered",
    "signed",
    "logged",
    "connected",
    "unplugged",
    "switched",
    "turned",
];

fn passive(s: &SentenceView, out: &mut Vec<Finding>) {
    let n = s.words.len();
    for i in 0..n {
        if !BE.contains(&s.normal(i)) {
            continue;
        }
        let mut j = i + 1;
        while j < n && (ADVERBS.contains(&s.normal(j)) || s.normal(j).ends_with("ly")) {
            j += 1;
        }
        if j >= n || s.words[j].kind != WordKind::Prose {
            continue;
        }
        let w = s.normal(j);
        let participle = IRREGULAR_PARTICIPLES.contains(&w)
            || (w.ends_with("ed") && w.len() > 4 && !ADJECTIVES.contains(&w));
        if !participle || ADJECTIVES.contains(&w) {
            continue;
        }
        let range = s.span(i, j);
        out.push(Finding {
            code: "passive-voice",
            label: format!("`{}`", &s.text[range.clone()]),
            range,
            message: "this sentence is in the passive voice".into(),
            note: "active sentences say who does what, which is easier to follow".into(),
            help: "say who does it, e.g. \"the surgery sends you a text\" rather than \"a text is sent\"".into(),
        });
        return;
    }
}

const JOINERS: &[&str] = &[
    "and", "but", "so", "or", "which", "then", "while", "because", "although", "whereas", "unless",
    "however",
];

fn many_ideas(s: &SentenceView, out: &mut Vec<Finding>) {
    let sentence = &s.text[s.range.clone()];
    let mut joins: Vec<String> = sentence.matches(';').map(|_| "`;`".to_owned()).collect();
    for i in 1..s.words.len() {
        let gap = &s.text[s.words[i - 1].range.end..s.words[i].range.start];
        let w = s.normal(i);
        let after_comma = gap.contains(',') && JOINERS.contains(&w);
        let always = matches!(w, "because" | "although" | "whereas" | "however");
        if after_comma || always {
            joins.push(format!("`{}`", normalise(s.word(i))));
        }
    }
    if joins.len() < 2 {
        return;
    }
    out.push(Finding {
        code: "many-ideas",
        range: s.range.clone(),
        message: "this sentence joins several ideas".into(),
        label: format!("joined by {}", joins.join(", ")),
        note: "one idea per sentence is easier to take in and remember".into(),
        help: "give each idea its own short sentence".into(),
    });
}
