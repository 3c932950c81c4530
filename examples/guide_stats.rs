//! Per-guide statistics of a site's guides: steps, pictures, words and sentence lengths.
//!
//! ```sh
//! cargo run --example guide_stats                 # this repository's guides
//! cargo run --example guide_stats -- DIR          # another site
//! cargo run --example guide_stats -- --over 12    # also list sentences over 12 words
//! cargo run --example guide_stats -- --text       # every sentence, one a line, for other tools
//! ```
//!
//! It reads the guides through the library (`load::load`, then `parse::parse`), so it counts
//! exactly what a build publishes. Only guides in the site's own language are counted.
//!
//! Method:
//! - **steps**: step rows (a picture followed by words); **pictures**: every picture.
//! - **words**: the words a reader sees on the page: title, summary, how long it takes, what
//!   you need, headings, paragraphs, list items, callouts and table cells. Picture
//!   descriptions (alt text) are counted apart, as **alt words**; sources are not counted.
//! - A **word** is a run of characters between white space that holds a letter or digit, so
//!   "111", "NHS" and "don't" are words and a lone dash is not.
//! - **Sentences**: each text piece (a paragraph, heading, list item, table cell or picture
//!   description) is split after `.`, `!` or `?` followed by white space or the end; a piece
//!   with no such mark (a heading, most list items) is one sentence. A dot inside an address
//!   such as 111.nhs.uk does not end a sentence.
//! - **longest**: the longest sentence in words, picture descriptions included (screen
//!   readers read them out like any sentence).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use easyguide::document::{Guide, Text};
use easyguide::{load, parse};

/// The numbers for one guide.
#[derive(Default)]
struct Stats {
    steps: usize,
    pictures: usize,
    words: usize,
    alt_words: usize,
    sentences: usize,
    longest: Vec<String>,
}

fn main() -> ExitCode {
    let mut root = PathBuf::from(".");
    let mut over = None;
    let mut text = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--over" => over = args.next().and_then(|n| n.parse::<usize>().ok()),
            "--text" => text = true,
            _ => root = PathBuf::from(arg),
        }
    }
    let (sources, diagnostics) = match load::load(&root) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("guide_stats: {e}");
            return ExitCode::from(2);
        }
    };
    let (guides, found) = parse::parse(&sources);
    let problems = diagnostics.as_slice().len() + found.as_slice().len();
    if problems > 0 {
        eprintln!("guide_stats: {problems} problem(s) in the sources; run `easyguide check`");
    }
    let mut guides: Vec<&Guide> = guides
        .iter()
        .filter(|g| g.lang == sources.config.language)
        .collect();
    guides.sort_by_key(|g| (g.meta.order, g.slug.clone()));
    if text {
        print_sentences(&guides, 0, false);
        return ExitCode::SUCCESS;
    }
    print_table(&guides);
    if let Some(limit) = over {
        println!("\nSentences over {limit} words:");
        print_sentences(&guides, limit, true);
    }
    ExitCode::SUCCESS
}

fn print_table(guides: &[&Guide]) {
    println!(
        "| guide | steps | pictures | words | alt words | sentences | words per sentence | longest sentence (words) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut total = Stats::default();
    for guide in guides {
        let s = stats(guide);
        println!(
            "| {} | {} | {} | {} | {} | {} | {:.1} | {} |",
            guide.slug,
            s.steps,
            s.pictures,
            s.words,
            s.alt_words,
            s.sentences,
            s.words as f64 / s.sentences.max(1) as f64,
            s.longest.len()
        );
        total.steps += s.steps;
        total.pictures += s.pictures;
        total.words += s.words;
        total.alt_words += s.alt_words;
        total.sentences += s.sentences;
        if s.longest.len() > total.longest.len() {
            total.longest = s.longest;
        }
    }
    println!(
        "| **all {} guides** | {} | {} | {} | {} | {} | {:.1} | {} |",
        guides.len(),
        total.steps,
        total.pictures,
        total.words,
        total.alt_words,
        total.sentences,
        total.words as f64 / total.sentences.max(1) as f64,
        total.longest.len()
    );
    println!("\nLongest sentence: \"{}\"", total.longest.join(" "));
}

fn stats(guide: &Guide) -> Stats {
    let pictures = guide.pictures();
    let mut s = Stats {
        steps: guide.step_count(),
        pictures: pictures.len(),
        ..Stats::default()
    };
    for (text, is_alt) in reader_texts(guide) {
        for sentence in sentences(&text.to_plain()) {
            if is_alt {
                s.alt_words += sentence.len();
            } else {
                s.words += sentence.len();
                s.sentences += 1;
            }
            if sentence.len() > s.longest.len() {
                s.longest = sentence;
            }
        }
    }
    s
}

/// Every text a reader meets, with whether it is a picture description; sources left out.
fn reader_texts(guide: &Guide) -> Vec<(&Text, bool)> {
    let alts: Vec<&Text> = guide.pictures().into_iter().map(|p| &p.alt).collect();
    let is_source = |t: &Text| guide.meta.sources.iter().any(|s| std::ptr::eq(s, t));
    guide
        .texts()
        .into_iter()
        .filter(|t| !is_source(t))
        .map(|t| (t, alts.iter().any(|a| std::ptr::eq(*a, t))))
        .collect()
}

/// Splits a text into sentences, each a list of words (see the method above).
fn sentences(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for token in text.split_whitespace() {
        if token.chars().any(char::is_alphanumeric) {
            current.push(token.to_owned());
        }
        let end = token.trim_end_matches(['"', '\'', '”', '’', ')', '*']);
        if end.ends_with(['.', '!', '?']) && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Prints each sentence over `limit` words as `slug<TAB>words<TAB>sentence`, or with its
/// word count in brackets when `counted`.
/// Stops quietly when the reader goes away (`| head`).
fn print_sentences(guides: &[&Guide], limit: usize, counted: bool) {
    let mut out = std::io::stdout().lock();
    for guide in guides {
        for (text, _) in reader_texts(guide) {
            for sentence in sentences(&text.to_plain()) {
                let (slug, n, words) = (&guide.slug, sentence.len(), sentence.join(" "));
                let written = match counted {
                    _ if n <= limit => Ok(()),
                    true => writeln!(out, "  {slug} ({n}): {words}"),
                    false => writeln!(out, "{slug}\t{n}\t{words}"),
                };
                if written.is_err() {
                    return;
                }
            }
        }
    }
}
