//! The rules over a page's tree, one module per family. Each rule is a function that reads
//! the [`Ctx`] and pushes findings; [`run`] calls them all in a fixed order.

mod aria;
mod document;
mod easyread;
mod forms;
mod images;
mod language;
mod links;
mod media;
mod structure;

use scraper::ElementRef;

use super::Options;
use super::dom::Page;
use super::finding::Finding;

/// What every rule gets: the page, the options, and where to put findings.
pub struct Ctx<'a> {
    /// The parsed page.
    pub page: &'a Page,
    /// The caller's options.
    pub options: &'a Options,
    /// Findings so far.
    pub findings: Vec<Finding>,
}

impl Ctx<'_> {
    /// Reports rule `code` at element `e`.
    pub fn report(&mut self, code: &'static str, message: impl Into<String>, e: ElementRef<'_>) {
        let finding =
            Finding::new(code, message, self.page.position(e)).with_snippet(self.page.snippet(e));
        self.findings.push(finding);
    }

    /// Reports rule `code` at `e`, naming another element involved.
    pub fn report_with(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        e: ElementRef<'_>,
        other: ElementRef<'_>,
    ) {
        let finding = Finding::new(code, message, self.page.position(e))
            .with_snippet(self.page.snippet(e))
            .also_at(self.page.position(other));
        self.findings.push(finding);
    }
}

/// A family of rules.
type Family = fn(&mut Ctx);

/// Every family, in the order findings are made (they are sorted by place afterwards).
const FAMILIES: &[Family] = &[
    document::check,
    language::check,
    images::check,
    links::check,
    aria::check,
    structure::check,
    forms::check,
    media::check,
    easyread::check,
];

/// Runs every rule on a page.
pub fn run(page: &Page, options: &Options) -> Vec<Finding> {
    let mut ctx = Ctx {
        page,
        options,
        findings: Vec::new(),
    };
    for family in FAMILIES {
        family(&mut ctx);
    }
    ctx.findings
}

pub use document::title_text;

/// Elements that are shown to someone (not inside `<head>`, `hidden` or `display: none`).
pub fn shown<'a>(page: &'a Page) -> impl Iterator<Item = ElementRef<'a>> {
    page.elements().filter(|e| !super::dom::hidden(*e))
}
