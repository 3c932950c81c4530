//! Page weight: what each page costs a reader to load, against the site's budgets.
//!
//! Takes the written pages, every output file and the `[budgets]` settings; produces a
//! [`PageWeight`] per page (kept as data for reports and charts) and a warning for each
//! budget a page goes over. Pages are read back with html5ever, and each `<picture>` or
//! `<img>` is resolved the way a phone's browser would resolve it: the first `<source>` of a
//! `<picture>` (or else the `<img>`), its `sizes` worked out at the phone's width, and the
//! narrowest `srcset` file wide enough for the phone's pixel ratio. Lazily loaded pictures
//! count too: a reader who scrolls through a guide loads them all.
//!
//! Sizes are bytes as sent: text files (HTML, CSS, SVG, JavaScript) gzip-compressed at level 6,
//! the level most web servers use; pictures as they are (they are compressed already).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, Tag, TagToken, Token, TokenSink,
    TokenSinkResult, Tokenizer, TokenizerOpts,
};
use serde::Serialize;

use super::output::resolve;
use crate::assets::sizes::{Sizes, pick};
use crate::config::Budgets;
use crate::diag::{Diagnostic, Diagnostics};
use crate::emit::Content;

/// What one page weighs, in bytes as sent over the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageWeight {
    /// The page's output path (`en/nhs-app/index.html`).
    pub page: String,
    /// The HTML, compressed.
    pub html: u64,
    /// The stylesheets, compressed.
    pub css: u64,
    /// JavaScript, compressed (inline and linked).
    pub javascript: u64,
    /// The pictures a phone loads (see [`Budgets::phone_width`] and `phone_dpr`).
    pub pictures: u64,
    /// How many pictures that is.
    pub picture_count: usize,
    /// HTML and CSS: what must arrive in the first round trip.
    pub html_css: u64,
    /// Everything the page loads on the phone.
    pub total: u64,
    /// The budget for `html_css`.
    pub html_css_budget: u64,
    /// The budget for `total`.
    pub page_budget: u64,
    /// The budget for `javascript`.
    pub javascript_budget: u64,
    /// Every file the page loads with its weight, heaviest first.
    pub parts: Vec<Part>,
}

/// One file a page loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// Its output path.
    pub file: String,
    /// Its weight in bytes as sent.
    pub bytes: u64,
}

/// What the page loads, in the order it asks.
#[derive(Debug, Default)]
struct Loads {
    stylesheets: Vec<String>,
    scripts: Vec<String>,
    inline_script: String,
    pictures: Vec<String>,
}

/// Weighs every HTML page of the output (see [`check`]).
pub fn check_output(
    files: &BTreeMap<String, Content>,
    budgets: &Budgets,
    shown: &dyn Fn(&str) -> String,
) -> (Vec<PageWeight>, Diagnostics) {
    let pages: Vec<(String, &str)> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .filter_map(|(path, content)| match content {
            Content::Bytes(b) => std::str::from_utf8(b).ok().map(|t| (path.clone(), t)),
            Content::Copy(_) => None,
        })
        .collect();
    let size = |path: &str| -> Option<u64> {
        match files.get(path)? {
            Content::Bytes(b) if is_text(path) => Some(compressed(b)),
            Content::Bytes(b) => Some(b.len() as u64),
            Content::Copy(from) if is_text(path) => fs::read(from).ok().map(|b| compressed(&b)),
            Content::Copy(from) => fs::metadata(from).ok().map(|m| m.len()),
        }
    };
    check(&pages, &size, budgets, shown)
}

/// Weighs every page and warns about the ones over budget. `size` gives an output file's
/// weight as sent (`None` when the build did not write it); `shown` names a page for messages.
pub fn check(
    pages: &[(String, &str)],
    size: &dyn Fn(&str) -> Option<u64>,
    budgets: &Budgets,
    shown: &dyn Fn(&str) -> String,
) -> (Vec<PageWeight>, Diagnostics) {
    let mut weights = Vec::new();
    let mut diagnostics = Diagnostics::new();
    for (page, html) in pages {
        let loads = scan(html, budgets);
        let weight = weigh(page, html, &loads, size, budgets);
        diagnostics.extend(over_budget(&weight, &shown(page)));
        weights.push(weight);
    }
    (weights, diagnostics)
}

fn weigh(
    page: &str,
    html: &str,
    loads: &Loads,
    size: &dyn Fn(&str) -> Option<u64>,
    budgets: &Budgets,
) -> PageWeight {
    let mut parts = vec![Part {
        file: page.to_owned(),
        bytes: compressed(html.as_bytes()),
    }];
    let mut add = |urls: &[String]| -> u64 {
        let mut sum = 0;
        for url in urls {
            let file = resolve(page, url);
            let bytes = size(&file).unwrap_or(0);
            sum += bytes;
            parts.push(Part { file, bytes });
        }
        sum
    };
    let css = add(&loads.stylesheets);
    let linked_js = add(&loads.scripts);
    let pictures = add(&loads.pictures);
    let html_bytes = parts[0].bytes;
    let inline_js = if loads.inline_script.trim().is_empty() {
        0
    } else {
        compressed(loads.inline_script.as_bytes())
    };
    let javascript = linked_js + inline_js;
    parts.sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.file.cmp(&b.file)));
    PageWeight {
        page: page.to_owned(),
        html: html_bytes,
        css,
        javascript,
        pictures,
        picture_count: loads.pictures.len(),
        html_css: html_bytes + css,
        total: html_bytes + css + javascript + pictures,
        html_css_budget: budgets.html_css,
        page_budget: budgets.page,
        javascript_budget: budgets.javascript,
        parts,
    }
}

/// Gzip at level 6, as a web server would send it.
pub fn compressed(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::new(6));
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(bytes.len(), |v| v.len()) as u64
}

/// Whether a file is text a server compresses, by its name.
pub fn is_text(path: &str) -> bool {
    [".html", ".css", ".svg", ".js", ".json", ".xml", ".txt"]
        .iter()
        .any(|ext| path.ends_with(ext))
}

fn over_budget(w: &PageWeight, shown: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let largest = |filter: &dyn Fn(&Part) -> bool| -> String {
        let list: Vec<String> = w
            .parts
            .iter()
            .filter(|p| filter(p))
            .take(3)
            .map(|p| format!("{} ({})", p.file, kb(p.bytes)))
            .collect();
        format!("largest parts: {}", list.join(", "))
    };
    if w.html_css > w.html_css_budget {
        out.push(
            Diagnostic::warning("over-budget", format!(
                "this page's HTML and CSS are {} compressed, over the budget of {}",
                kb(w.html_css), kb(w.html_css_budget)
            ))
            .at_path(shown)
            .note(largest(&|p| p.file.ends_with(".html") || p.file.ends_with(".css")))
            .note("what fits in the first 14 KB arrives in one network round trip, which on a slow phone connection can take a second or more")
            .help("split the guide into two, or shorten it; a theme can make its stylesheet smaller"),
        );
    }
    if w.total > w.page_budget {
        out.push(
            Diagnostic::warning("over-budget", format!(
                "this page weighs {} on a phone, over the budget of {}",
                kb(w.total), kb(w.page_budget)
            ))
            .at_path(shown)
            .note(largest(&|_| true))
            .note("readers on prepaid data pay for every byte, and large pages are slow on 2G and 3G")
            .help("use fewer or simpler pictures (drawings with flat colours are small), or lower `quality` under [pictures] in site.toml"),
        );
    }
    if w.javascript > w.javascript_budget {
        out.push(
            Diagnostic::warning(
                "over-budget",
                format!(
                    "this page has {} of JavaScript, over the budget of {}",
                    kb(w.javascript),
                    kb(w.javascript_budget)
                ),
            )
            .at_path(shown)
            .note(largest(&|p| p.file.ends_with(".js")))
            .help("easy-read pages work without JavaScript: remove it from the template"),
        );
    }
    out
}

/// Bytes as "12.3 KB" (1 KB = 1024 bytes).
pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// The page weights as a plain-text table, one page a line, with a mark on a figure over
/// its budget.
pub fn table(weights: &[PageWeight]) -> String {
    let width = weights
        .iter()
        .map(|w| w.page.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let mut out = format!(
        "{:width$}  {:>10}  {:>10}  {:>10}  {:>10}  {:>8}\n",
        "page", "HTML+CSS", "budget", "on a phone", "budget", "pictures"
    );
    let over = |value: u64, budget: u64| {
        let mark = if value > budget { " !" } else { "  " };
        format!("{:>8}{mark}", kb(value))
    };
    for w in weights {
        out.push_str(&format!(
            "{:width$}  {}  {:>10}  {}  {:>10}  {:>8}\n",
            w.page,
            over(w.html_css, w.html_css_budget),
            kb(w.html_css_budget),
            over(w.total, w.page_budget),
            kb(w.page_budget),
            w.picture_count
        ));
    }
    out.push_str("(compressed bytes as sent: gzip for text, pictures as a phone picks them; ! = over budget)");
    out
}

struct Sink {
    state: RefCell<Scan>,
}

#[derive(Default)]
struct Scan {
    loads: Loads,
    in_script: bool,
    /// Inside a `<picture>`: whether a file was already chosen from one of its `<source>`s.
    picture: Option<bool>,
    phone_width: f64,
    dpr: f64,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut s = self.state.borrow_mut();
        match token {
            TagToken(tag) if tag.kind == StartTag => s.start(&tag),
            TagToken(tag) if tag.kind == EndTag => match &*tag.name {
                "script" => s.in_script = false,
                "picture" => s.picture = None,
                _ => {}
            },
            CharacterTokens(text) if s.in_script => s.loads.inline_script.push_str(&text),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

impl Scan {
    fn start(&mut self, tag: &Tag) {
        let attr = |n: &str| {
            tag.attrs
                .iter()
                .find(|a| &*a.name.local == n)
                .map(|a| a.value.to_string())
        };
        match &*tag.name {
            "link"
                if attr("rel").is_some_and(|r| r.split_whitespace().any(|x| x == "stylesheet")) =>
            {
                self.loads.stylesheets.extend(attr("href"));
            }
            "script" => {
                self.in_script = attr("src").is_none();
                self.loads.scripts.extend(attr("src"));
            }
            "picture" => self.picture = Some(false),
            "source" if self.picture == Some(false) => {
                if let Some(url) = self.choose(attr("srcset"), None, attr("sizes")) {
                    self.loads.pictures.push(url);
                    self.picture = Some(true);
                }
            }
            "img" if self.picture != Some(true) => {
                self.loads
                    .pictures
                    .extend(self.choose(attr("srcset"), attr("src"), attr("sizes")));
            }
            _ => {}
        }
    }

    /// The file a phone's browser loads from a `srcset` (or `src`) and `sizes`.
    fn choose(
        &self,
        srcset: Option<String>,
        src: Option<String>,
        sizes: Option<String>,
    ) -> Option<String> {
        let candidates: Vec<(String, Option<u32>, f64)> = srcset
            .iter()
            .flat_map(|s| s.split(','))
            .filter_map(candidate)
            .collect();
        if candidates.is_empty() {
            return src.filter(|s| !s.trim().is_empty());
        }
        // No `sizes` (or one this check cannot read) means 100vw, as in the HTML standard.
        let slot = sizes
            .and_then(|s| Sizes::parse(&s).ok())
            .map_or(self.phone_width, |s| s.width_at(self.phone_width));
        let widths: Vec<u32> = candidates
            .iter()
            .map(|(_, w, x)| w.unwrap_or((x * slot).round() as u32))
            .collect();
        pick(&widths, slot * self.dpr).map(|i| candidates[i].0.clone())
    }
}

/// `a.webp 256w` → ("a.webp", Some(256), 1.0); `a.png 2x` → ("a.png", None, 2.0).
fn candidate(text: &str) -> Option<(String, Option<u32>, f64)> {
    let mut words = text.split_whitespace();
    let url = words.next()?.to_owned();
    let descriptor = words.next().unwrap_or("1x");
    if let Some(w) = descriptor.strip_suffix('w') {
        return Some((url, w.parse().ok(), 1.0));
    }
    let x = descriptor
        .strip_suffix('x')
        .and_then(|x| x.parse().ok())
        .unwrap_or(1.0);
    Some((url, None, x))
}

fn scan(html: &str, budgets: &Budgets) -> Loads {
    let sink = Sink {
        state: RefCell::new(Scan {
            phone_width: f64::from(budgets.phone_width),
            dpr: budgets.phone_dpr,
            ..Scan::default()
        }),
    };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.state.into_inner().loads
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<link rel=stylesheet href=\"../../style.1.css\">\
        <picture><source type=\"image/webp\" srcset=\"../../img/g/a-128.1.webp 128w, ../../img/g/a-256.1.webp 256w, ../../img/g/a-384.1.webp 384w\" sizes=\"(max-width: 30em) calc(38vw - 0.76em), 15em\">\
        <img src=\"../../img/g/a-256.1.jpg\" srcset=\"../../img/g/a-128.1.jpg 128w, ../../img/g/a-256.1.jpg 256w\" sizes=\"15em\" width=\"256\" height=\"192\" alt=\"a\"></picture>\
        <img src=\"../../img/g/b.1.svg\" alt=\"b\" loading=\"lazy\">";

    fn sizes(file: &str) -> Option<u64> {
        Some(match file {
            "style.1.css" => 3000,
            "img/g/a-128.1.webp" => 2000,
            "img/g/a-256.1.webp" => 6000,
            "img/g/a-384.1.webp" => 11000,
            "img/g/b.1.svg" => 500,
            _ => return None,
        })
    }

    #[test]
    fn weighs_what_a_phone_loads() {
        let pages = vec![("en/g/index.html".to_owned(), PAGE)];
        let (weights, found) = check(&pages, &sizes, &Budgets::default(), &|p| p.to_owned());
        assert!(found.as_slice().is_empty());
        let w = &weights[0];
        // 124.6 CSS px at 2x needs 249 px: the 256w WebP, not the JPEG fallback.
        assert_eq!(w.pictures, 6500);
        assert_eq!(w.picture_count, 2);
        assert_eq!(w.css, 3000);
        assert_eq!(w.total, w.html + 3000 + 6500);
        assert_eq!(w.parts[0].file, "img/g/a-256.1.webp");
    }

    #[test]
    fn warns_over_budget_with_the_largest_parts() {
        let pages = vec![("en/g/index.html".to_owned(), PAGE)];
        let budgets = Budgets {
            page: 8 * 1024,
            ..Budgets::default()
        };
        let (_, found) = check(&pages, &sizes, &budgets, &|p| format!("public/{p}"));
        let d = &found.as_slice()[0];
        assert_eq!(d.code, "over-budget");
        assert!(
            d.message.contains("over the budget of 8.0 KB"),
            "{}",
            d.message
        );
        assert!(
            d.notes[0].contains("img/g/a-256.1.webp (5.9 KB)"),
            "{:?}",
            d.notes
        );
    }

    #[test]
    fn counts_javascript() {
        let pages = vec![("index.html".to_owned(), "<script>let a = 1;</script>")];
        let (weights, found) = check(&pages, &sizes, &Budgets::default(), &|p| p.to_owned());
        assert!(weights[0].javascript > 0);
        assert!(found.as_slice()[0].message.contains("JavaScript"));
    }
}
