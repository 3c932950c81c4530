//! Page weight: what each page costs a reader to load, against the site's budgets.
//!
//! Takes a written page's facts, every other output file's weight (weighed once, in
//! [`AssetSizes`]) and the `[budgets]` settings; produces the page's [`PageWeight`] (kept as
//! data for reports and charts) and a warning for each budget it goes over. What a page loads
//! is found by `loads` in the one pass over each page, the way a phone's browser picks it. Lazily loaded pictures count too: a reader who scrolls
//! through a guide loads them all.
//!
//! Sizes are bytes as sent: text files (HTML, CSS, SVG, JavaScript) gzip-compressed at level 6,
//! the level most web servers use; pictures as they are (they are compressed already).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use serde::Serialize;

use super::output::resolve;
use super::page::PageFacts;
use crate::config::Budgets;
use crate::diag::Diagnostic;
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

/// What each output file other than a page weighs as sent, each weighed once.
#[derive(Debug, Default, Clone)]
pub struct AssetSizes(BTreeMap<String, u64>);

impl AssetSizes {
    /// Weighs every file, in parallel: text compressed, the rest as it is.
    pub fn measure(files: &BTreeMap<String, Content>) -> AssetSizes {
        use rayon::prelude::*;
        let sizes = files
            .par_iter()
            .filter_map(|(path, content)| {
                let bytes = match content {
                    Content::Bytes(b) if is_text(path) => compressed(b),
                    Content::Bytes(b) => b.len() as u64,
                    Content::Copy(from) if is_text(path) => compressed(&fs::read(from).ok()?),
                    Content::Copy(from) => fs::metadata(from).ok()?.len(),
                };
                Some((path.clone(), bytes))
            })
            .collect();
        AssetSizes(sizes)
    }

    /// The weight of one file, when the build writes it.
    pub fn get(&self, path: &str) -> Option<u64> {
        self.0.get(path).copied()
    }
}

/// Weighs one page from its facts, and warns about each budget it goes over. `shown` is the
/// page as messages name it.
pub fn check(
    facts: &PageFacts,
    sizes: &AssetSizes,
    budgets: &Budgets,
    shown: &str,
) -> (PageWeight, Vec<Diagnostic>) {
    let weight = weigh(facts, sizes, budgets);
    let found = over_budget(&weight, shown);
    (weight, found)
}

fn weigh(facts: &PageFacts, sizes: &AssetSizes, budgets: &Budgets) -> PageWeight {
    let page = facts.path.as_str();
    let loads = &facts.loads;
    let mut parts = vec![Part {
        file: page.to_owned(),
        bytes: facts.compressed,
    }];
    let mut add = |urls: &[String]| -> u64 {
        let mut sum = 0;
        for url in urls {
            let file = resolve(page, url);
            let bytes = sizes.get(&file).unwrap_or(0);
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
    if w.html_css > w.html_css_budget {
        out.push(warning(
            w,
            format!("this page's HTML and CSS are {} compressed", kb(w.html_css)),
            w.html_css_budget,
            &|p| p.file.ends_with(".html") || p.file.ends_with(".css"),
            "what fits in the first 14 KB arrives in one network round trip, which on a slow phone connection can take a second or more",
            "split the guide into two, or shorten it; a theme can make its stylesheet smaller",
        ));
    }
    if w.total > w.page_budget {
        out.push(warning(
            w,
            format!("this page weighs {} on a phone", kb(w.total)),
            w.page_budget,
            &|_| true,
            "readers on prepaid data pay for every byte, and large pages are slow on 2G and 3G",
            "use fewer or simpler pictures (drawings with flat colours are small), or lower `quality` under [pictures] in site.toml",
        ));
    }
    if w.javascript > w.javascript_budget {
        out.push(warning(
            w,
            format!("this page has {} of JavaScript", kb(w.javascript)),
            w.javascript_budget,
            &|p| p.file.ends_with(".js"),
            "easy-read pages must work on old phones and with JavaScript off",
            "remove the script from the template",
        ));
    }
    out.into_iter().map(|d| d.at_path(shown)).collect()
}

/// An over-budget warning naming the page's largest parts (those `parts` selects).
fn warning(
    w: &PageWeight,
    what: String,
    budget: u64,
    parts: &dyn Fn(&Part) -> bool,
    why: &str,
    help: &str,
) -> Diagnostic {
    let largest: Vec<String> = w
        .parts
        .iter()
        .filter(|p| parts(p))
        .take(3)
        .map(|p| format!("{} ({})", p.file, kb(p.bytes)))
        .collect();
    Diagnostic::warning(
        "over-budget",
        format!("{what}, over the budget of {}", kb(budget)),
    )
    .note(format!("largest parts: {}", largest.join(", ")))
    .note(why)
    .help(help)
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
        let mark = if value > budget { "!" } else { "" };
        format!("{:>10}", format!("{mark} {}", kb(value)))
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

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<link rel=stylesheet href=\"../../style.1.css\">\
        <picture><source type=\"image/webp\" srcset=\"../../img/g/a-128.1.webp 128w, ../../img/g/a-256.1.webp 256w, ../../img/g/a-384.1.webp 384w\" sizes=\"(max-width: 30em) calc(38vw - 0.76em), 15em\">\
        <img src=\"../../img/g/a-256.1.jpg\" srcset=\"../../img/g/a-128.1.jpg 128w, ../../img/g/a-256.1.jpg 256w\" sizes=\"15em\" width=\"256\" height=\"192\" alt=\"a\"></picture>\
        <img src=\"../../img/g/b.1.svg\" alt=\"b\" loading=\"lazy\">";

    fn sizes() -> AssetSizes {
        AssetSizes(
            [
                ("style.1.css", 3000),
                ("img/g/a-128.1.webp", 2000),
                ("img/g/a-256.1.webp", 6000),
                ("img/g/a-384.1.webp", 11000),
                ("img/g/b.1.svg", 500),
            ]
            .into_iter()
            .map(|(p, b)| (p.to_owned(), b))
            .collect(),
        )
    }

    fn check(
        pages: &[(String, &str)],
        sizes: &AssetSizes,
        budgets: &Budgets,
        shown: &dyn Fn(&str) -> String,
    ) -> (Vec<PageWeight>, Vec<Diagnostic>) {
        let mut weights = Vec::new();
        let mut found = Vec::new();
        for (path, html) in pages {
            let facts = PageFacts::read(path, html, &[], budgets);
            let (w, d) = super::check(&facts, sizes, budgets, &shown(path));
            weights.push(w);
            found.extend(d);
        }
        (weights, found)
    }

    #[test]
    fn weighs_what_a_phone_loads() {
        let pages = vec![("en/g/index.html".to_owned(), PAGE)];
        let (weights, found) = check(&pages, &sizes(), &Budgets::default(), &|p| p.to_owned());
        assert!(found.is_empty());
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
        let (_, found) = check(&pages, &sizes(), &budgets, &|p| format!("public/{p}"));
        let d = &found[0];
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
    fn the_table_marks_figures_over_budget() {
        let pages = vec![("en/g/index.html".to_owned(), PAGE)];
        let budgets = Budgets {
            page: 8 * 1024,
            ..Budgets::default()
        };
        let (weights, _) = check(&pages, &sizes(), &budgets, &|p| p.to_owned());
        let table = table(&weights);
        let row = table.lines().nth(1).unwrap();
        assert!(row.starts_with("en/g/index.html"), "{table}");
        assert!(row.contains("! "), "the total is over budget: {row}");
        assert!(row.contains("8.0 KB"), "{row}");
    }

    #[test]
    fn counts_javascript() {
        let pages = vec![("index.html".to_owned(), "<script>let a = 1;</script>")];
        let (weights, found) = check(&pages, &sizes(), &Budgets::default(), &|p| p.to_owned());
        assert!(weights[0].javascript > 0);
        assert!(found[0].message.contains("JavaScript"));
    }
}
