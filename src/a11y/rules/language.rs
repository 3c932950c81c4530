//! Language and direction: the page's `lang`, the `lang` of its parts, text written in a
//! script its language does not use, and `dir` where right-to-left and left-to-right meet.

use scraper::{ElementRef, Node};
use unicode_script::Script;

use super::Ctx;
use crate::a11y::dom::{attr, hidden_self, name};
use crate::lang::tag::{self as lang, letter_script, script_name};

/// Runs the language rules.
pub fn check(ctx: &mut Ctx) {
    let page = ctx.page;
    let root = page.root();
    let page_lang = page_lang(ctx, root);
    for e in page.elements().filter(|e| e.id() != root.id()) {
        if let Some(l) = attr(e, "lang").map(str::trim).filter(|l| !l.is_empty())
            && !lang::valid(l)
        {
            ctx.report(
                "lang-invalid",
                format!("lang=\"{l}\" is not a language tag"),
                e,
            );
        }
    }
    for e in page.elements() {
        if let Some(d) = attr(e, "dir")
            && !matches!(
                d.trim().to_ascii_lowercase().as_str(),
                "ltr" | "rtl" | "auto"
            )
        {
            ctx.report(
                "dir-invalid",
                format!("dir=\"{d}\" is not ltr, rtl or auto"),
                e,
            );
        }
    }
    directions(ctx);
    let Some(page_lang) = page_lang else { return };
    let mut tally = Tally::default();
    let body = page.body().unwrap_or(root);
    walk(body, &page_lang, &page_lang, &mut tally, 0);
    if let Some(expected) = lang::scripts(&page_lang)
        && tally.letters >= 20
        && tally.expected * 4 < tally.letters
    {
        let main = tally
            .main_script()
            .map(script_name)
            .unwrap_or("another script");
        ctx.report(
            "page-script-mismatch",
            format!(
                "the page says lang=\"{page_lang}\", written in {}, but most of its text is in {main}",
                expected.iter().map(|s| script_name(*s)).collect::<Vec<_>>().join(" or ")
            ),
            root,
        );
    } else if let Some((guess, _, _)) = lang::scripts(&page_lang)
        .filter(|s| s.contains(&Script::Latin))
        .and(lang::guess_latin(&tally.own_text, &page_lang))
    {
        ctx.report(
            "html-lang-mismatch",
            format!(
                "the page's text looks {} but <html lang=\"{page_lang}\"> says otherwise",
                lang::language_name(guess)
            ),
            root,
        );
    } else {
        for (code, message, id) in tally.parts {
            if let Some(e) = page.elements().find(|e| e.id() == id) {
                ctx.report(code, message, e);
            }
        }
    }
}

/// Checks `<html lang>`; returns the page's language when it is usable.
fn page_lang(ctx: &mut Ctx, root: ElementRef<'_>) -> Option<String> {
    let Some(l) = attr(root, "lang").map(str::trim).filter(|l| !l.is_empty()) else {
        ctx.report("html-lang-missing", "<html> has no lang attribute", root);
        return None;
    };
    if !lang::valid(l) {
        ctx.report(
            "html-lang-invalid",
            format!("<html lang=\"{l}\"> is not a language tag"),
            root,
        );
        return None;
    }
    if let Some(x) = attr(root, "xml:lang").map(str::trim)
        && lang::valid(x)
        && lang::primary(x) != lang::primary(l)
    {
        ctx.report(
            "html-xml-lang-mismatch",
            format!("lang=\"{l}\" but xml:lang=\"{x}\""),
            root,
        );
    }
    if let Some(expected) = ctx.options.language.as_deref()
        && lang::primary(expected) != lang::primary(l)
    {
        ctx.report(
            "html-lang-mismatch",
            format!("the page is in {expected} but <html lang=\"{l}\"> says otherwise"),
            root,
        );
    }
    Some(l.to_owned())
}

/// `dir` where a right-to-left language is used, and on left-to-right parts of right-to-left
/// text (and the reverse).
fn directions(ctx: &mut Ctx) {
    let page = ctx.page;
    for e in page.elements() {
        let Some(l) = attr(e, "lang").map(str::trim).filter(|l| lang::valid(l)) else {
            continue;
        };
        let own = attr(e, "dir").map(|d| d.trim().to_ascii_lowercase());
        let inherited = crate::a11y::dom::ancestors(e)
            .find_map(|a| attr(a, "dir"))
            .map(|d| d.trim().to_ascii_lowercase());
        let is_root = e.id() == page.root().id();
        // dir on <body> serves the whole page too.
        let body_dir = page
            .body()
            .and_then(|b| attr(b, "dir"))
            .map(|d| d.trim().to_ascii_lowercase());
        let effective = own
            .clone()
            .or(inherited.clone())
            .or(if is_root { body_dir } else { None });
        if lang::rtl(l) {
            if !matches!(effective.as_deref(), Some("rtl" | "auto")) {
                ctx.report(
                    "dir-missing",
                    format!("lang=\"{l}\" is written right to left, but there is no dir=\"rtl\""),
                    e,
                );
            }
        } else if own.is_none() && inherited.as_deref() == Some("rtl") && has_text(e) {
            ctx.report(
                "dir-of-parts",
                format!("this {l} text sits in right-to-left text without dir=\"ltr\""),
                e,
            );
        }
    }
}

fn has_text(e: ElementRef<'_>) -> bool {
    e.text()
        .any(|t| t.chars().any(|c| letter_script(c).is_some()))
}

/// Letters counted per script, and the parts in another script than their language.
#[derive(Default)]
struct Tally {
    letters: usize,
    expected: usize,
    scripts: std::collections::BTreeMap<String, (usize, Option<Script>)>,
    own_text: String,
    parts: Vec<(&'static str, String, ego_tree::NodeId)>,
}

impl Tally {
    fn main_script(&self) -> Option<Script> {
        self.scripts
            .values()
            .max_by_key(|(n, _)| *n)
            .and_then(|(_, s)| *s)
    }
}

/// Walks the text under `e`, whose language is `current`, counting letters of the page's own
/// language and noting text in another script.
fn walk(e: ElementRef<'_>, current: &str, page_lang: &str, tally: &mut Tally, depth: usize) {
    // Pages nested deeper than this are not real content; stop rather than exhaust the stack.
    if depth > 256
        || hidden_self(e)
        || matches!(name(e), "code" | "kbd" | "samp" | "pre" | "svg" | "math")
    {
        return;
    }
    let lang_here = attr(e, "lang")
        .map(str::trim)
        .filter(|l| lang::valid(l))
        .unwrap_or(current);
    let mut reported = false;
    let block_text = is_block(e).then(|| own_block_text(e, lang_here));
    if let Some(text) = &block_text
        && lang::scripts(lang_here).is_some_and(|s| s.contains(&Script::Latin))
        && let Some((guess, _, _)) = lang::guess_latin(text, lang_here)
        && !tally.parts.iter().any(|p| p.2 == e.id())
    {
        let words: String = text
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        tally.parts.push((
            "lang-of-parts",
            format!(
                "\"{words}…\" looks {} but its language is lang=\"{lang_here}\"",
                lang::language_name(guess)
            ),
            e.id(),
        ));
        reported = true;
    }
    for child in e.children() {
        match child.value() {
            Node::Text(t) => {
                let same_as_page = lang::primary(lang_here) == lang::primary(page_lang);
                if !reported && let Some(message) = foreign_run(t, lang_here) {
                    tally.parts.push(("lang-of-parts", message, e.id()));
                    reported = true;
                }
                if same_as_page {
                    count(t, lang_here, tally);
                    tally.own_text.push(' ');
                    tally.own_text.push_str(t);
                }
            }
            Node::Element(_) => {
                if let Some(c) = ElementRef::wrap(child) {
                    walk(c, lang_here, page_lang, tally, depth + 1);
                }
            }
            _ => {}
        }
    }
}

/// Blocks whose words are one piece of text (a paragraph, an item, a cell, a heading).
fn is_block(e: ElementRef<'_>) -> bool {
    matches!(
        name(e),
        "p" | "li"
            | "td"
            | "th"
            | "dd"
            | "dt"
            | "blockquote"
            | "figcaption"
            | "caption"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "summary"
            | "label"
            | "legend"
    )
}

/// The text of a block in its own language, leaving out parts marked with another `lang`.
fn own_block_text(e: ElementRef<'_>, lang_here: &str) -> String {
    let mut out = String::new();
    for d in e.descendants() {
        if let Node::Text(t) = d.value() {
            let marked = d
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| a.id() != e.id())
                .any(|a| {
                    attr(a, "lang").is_some_and(|l| lang::primary(l) != lang::primary(lang_here))
                        || matches!(name(a), "code" | "kbd" | "samp")
                });
            if !marked {
                out.push_str(t);
                out.push(' ');
            }
        }
    }
    out
}

fn count(text: &str, lang_tag: &str, tally: &mut Tally) {
    let expected = lang::scripts(lang_tag);
    for c in text.chars() {
        if let Some(s) = letter_script(c) {
            tally.letters += 1;
            if expected.is_some_and(|e| e.contains(&s)) {
                tally.expected += 1;
            }
            tally
                .scripts
                .entry(script_name(s).to_owned())
                .or_insert((0, Some(s)))
                .0 += 1;
        }
    }
}

/// A run of words in a script `lang_tag` is not written in, long enough to be a piece in
/// another language rather than a name: any word of two letters in a script other than
/// Latin, or four words and sixteen letters of Latin not in Title Case (names of apps and sites, "NHS", are
/// often left in Latin letters in other scripts, as WCAG allows).
fn foreign_run(text: &str, lang_tag: &str) -> Option<String> {
    let expected = lang::scripts(lang_tag)?;
    let mut run: Vec<&str> = Vec::new();
    let mut letters = 0;
    let mut run_script: Option<Script> = None;
    let flush = |run: &Vec<&str>, letters: usize, script: Option<Script>| -> Option<String> {
        let script = script?;
        // Names of organisations and campaigns in Title Case are proper names, which WCAG
        // lets stay unmarked; an untranslated sentence has words in lower case.
        let title_case = run.iter().filter(|w| word_script(w).is_some()).all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || matches!(
                    w.to_lowercase().as_str(),
                    "to" | "of" | "and" | "the" | "for" | "in" | "on" | "a"
                )
        });
        let words = run.iter().filter(|w| word_script(w).is_some()).count();
        let enough = if script == Script::Latin {
            words >= 4 && letters >= 16 && !title_case
        } else {
            letters >= 2
        };
        enough.then(|| {
            let words: String = run.iter().take(6).copied().collect::<Vec<_>>().join(" ");
            format!(
                "\"{words}\" is in {} but its language (lang=\"{lang_tag}\") is not written in it",
                script_name(script)
            )
        })
    };
    for word in text.split_whitespace() {
        let script = word_script(word);
        match script {
            None => {
                if !run.is_empty() {
                    run.push(word);
                }
            }
            Some(s) if expected.contains(&s) => {
                if let Some(m) = flush(&run, letters, run_script) {
                    return Some(m);
                }
                run.clear();
                letters = 0;
                run_script = None;
            }
            Some(s) => {
                if run_script.is_some_and(|r| r != s) {
                    if let Some(m) = flush(&run, letters, run_script) {
                        return Some(m);
                    }
                    run.clear();
                    letters = 0;
                }
                run_script = Some(s);
                run.push(word);
                letters += word.chars().filter(|c| letter_script(*c).is_some()).count();
            }
        }
    }
    flush(&run, letters, run_script)
}

/// The script most letters of a word are in.
fn word_script(word: &str) -> Option<Script> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for s in word.chars().filter_map(letter_script) {
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_runs_need_enough_words() {
        assert!(foreign_run("افتح تطبيق NHS App الآن", "ar").is_none());
        assert!(foreign_run("Open the app on your phone", "ar").is_some());
        assert!(foreign_run("Say مرحبا to them", "en").is_some());
        assert!(foreign_run("Call 111 now", "en").is_none());
    }
}
