//! The CSS a page uses: stylesheets parsed with cssparser, media queries evaluated per
//! [`Scenario`], selectors matched with scraper's engine, and a cascade good enough to know
//! the colour, background, size and focus style of every element.
//!
//! - [`parse`]: rules and declarations with byte ranges;
//! - [`media`]: light/dark, more contrast, forced colours at a phone's width;
//! - [`selector`]: complex selectors, specificity and the states they need;
//! - [`values`]: colours, contrast, lengths, `var()`;
//! - [`cascade`]: computed styles of a page's elements;
//! - [`contrast`]: the colour, focus and size rules on a page;
//! - [`sheet`]: the rules a stylesheet can be checked for on its own.

pub mod cascade;
pub mod contrast;
pub mod media;
pub mod parse;
pub mod selector;
pub mod sheet;
pub mod values;

use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

pub use media::Scenario;
pub use parse::{Declaration, declarations};

use super::finding::{Lines, Position, Source};

/// Where a declaration is: which sheet of the page's list, and its bytes in that sheet's file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    /// Index into the sheets of a [`cascade::Cascade`] (0 is the browser's own).
    pub sheet: usize,
    /// Bytes in the sheet's file.
    pub range: Range<usize>,
}

/// A style rule ready to match.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Its complex selectors.
    pub selectors: Vec<selector::Compiled>,
    /// Its declarations.
    pub declarations: Vec<Declaration>,
    /// The `@media` conditions around it.
    pub media: Vec<String>,
    /// Where its selector starts.
    pub at: usize,
}

impl Rule {
    /// Does the rule apply in this scenario?
    pub fn applies(&self, scenario: &Scenario) -> bool {
        self.media.iter().all(|m| scenario.matches(m))
    }
}

/// One stylesheet: a CSS file, or a `<style>` element inside a page.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The file positions point into.
    pub source: Source,
    /// The whole text of that file (the page, for a `<style>` element).
    pub file: String,
    lines: Lines,
    /// Its rules in order.
    pub rules: Vec<Rule>,
    /// `@import`ed addresses.
    pub imports: Vec<String>,
    /// The browser's own stylesheet, whose declarations no author can fix.
    pub browser: bool,
}

impl Sheet {
    /// Parses `file[range]` as CSS (the whole file for a stylesheet, the content of a
    /// `<style>` element for a page).
    pub fn parse(source: Source, file: &str, range: Range<usize>) -> Sheet {
        let css = file.get(range.clone()).unwrap_or_default();
        let parsed = parse::stylesheet(css, range.start);
        let rules = parsed
            .rules
            .into_iter()
            .map(|r| Rule {
                selectors: selector::compile(&r.selectors),
                declarations: r.declarations,
                media: r.media,
                at: r.at,
            })
            .collect();
        Sheet {
            source,
            file: file.to_owned(),
            lines: Lines::new(file),
            rules,
            imports: parsed.imports,
            browser: false,
        }
    }

    /// A stylesheet file parsed once and shared: every page of a site links the same few
    /// files, and parsing them again for each page was a tenth of a build's time. The last
    /// few files are kept (a watched stylesheet that changes is parsed again).
    pub fn shared(path: &str, text: &str) -> Arc<Sheet> {
        static KEPT: Mutex<Vec<(String, Arc<Sheet>)>> = Mutex::new(Vec::new());
        let mut kept = KEPT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, sheet)) = kept.iter().find(|(p, s)| p == path && s.file == text) {
            return Arc::clone(sheet);
        }
        let sheet = Arc::new(Sheet::parse(
            Source::Stylesheet(path.to_owned()),
            text,
            0..text.len(),
        ));
        if kept.len() >= 16 {
            kept.remove(0);
        }
        kept.push((path.to_owned(), Arc::clone(&sheet)));
        sheet
    }

    /// [`Sheet::browser`], parsed once.
    pub fn browser_shared() -> Arc<Sheet> {
        static BROWSER_SHEET: OnceLock<Arc<Sheet>> = OnceLock::new();
        Arc::clone(BROWSER_SHEET.get_or_init(|| Arc::new(Sheet::browser())))
    }

    /// The browser's default styles (the parts of HTML's rendering section that matter for
    /// colour, size and focus).
    pub fn browser() -> Sheet {
        let mut sheet = Sheet::parse(
            Source::Stylesheet("(browser default styles)".into()),
            BROWSER,
            0..BROWSER.len(),
        );
        sheet.browser = true;
        sheet
    }

    /// The position of a byte range of the file.
    pub fn position(&self, range: Range<usize>) -> Position {
        self.lines.position(&self.source, &self.file, range)
    }

    /// A short snippet of the file.
    pub fn snippet(&self, range: Range<usize>) -> String {
        super::finding::snippet(&self.file, range, 120)
    }
}

/// What Chromium's default stylesheet says about the properties the checks read.
const BROWSER: &str = r#"
html { color: CanvasText; font-size: 16px; }
head, script, style, template, title, meta, link, [hidden], area, datalist, noscript { display: none; }
a:link, a:any-link { color: LinkText; text-decoration: underline; }
a:visited { color: VisitedText; }
:focus-visible { outline: auto 1px; }
h1 { font-size: 2em; font-weight: bold; }
h2 { font-size: 1.5em; font-weight: bold; }
h3 { font-size: 1.17em; font-weight: bold; }
h4 { font-size: 1em; font-weight: bold; }
h5 { font-size: 0.83em; font-weight: bold; }
h6 { font-size: 0.67em; font-weight: bold; }
b, strong, th { font-weight: bold; }
i, em, cite, var, dfn, address { font-style: italic; }
small { font-size: smaller; }
big { font-size: larger; }
sub, sup { font-size: smaller; }
code, kbd, samp, pre, tt { font-size: 0.8125em; }
mark { background-color: Mark; color: MarkText; }
button, input, select, textarea { font-size: 13.333px; color: FieldText; }
button, input[type=button], input[type=submit], input[type=reset] { background-color: ButtonFace; color: ButtonText; }
input:not([type]), input[type=text], input[type=email], input[type=search], input[type=tel], input[type=url], input[type=password], input[type=number], textarea, select { background-color: Field; }
ins, u { text-decoration: underline; }
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_sheet_parses_completely() {
        let sheet = Sheet::browser();
        assert!(sheet.rules.len() >= 20);
        assert!(
            sheet.rules.iter().all(|r| !r.selectors.is_empty()),
            "every browser selector compiles"
        );
    }
}
