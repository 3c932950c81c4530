//! The check report: one self-contained HTML page for authors, with charts (inline SVG,
//! no JavaScript, no requests) and the sentences to look at first.
//!
//! Each family of checks adds a [`Section`] through [`SECTIONS`]: a function from the
//! finished [`BuildReport`] to its section (title, charts, and any HTML of its own). Reading
//! level, the hardest sentences, translation coverage, page weights, accessibility and the
//! findings overview are here.

pub mod chart;

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use serde_json::json;

use crate::BuildReport;
use crate::check::readability::GuideScore;
use crate::diag::render::JsonDiagnostic;
use crate::error::{Error, Result};
pub use chart::{Bar, BarChart};

/// One family of checks' part of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// A unique id for links (`reading-level`).
    pub id: String,
    /// The heading.
    pub title: String,
    /// One or two sentences saying what the section shows.
    pub intro: String,
    /// Charts, each followed by its numbers as a table.
    pub charts: Vec<BarChart>,
    /// More HTML for the section (already escaped; build it with [`esc`]).
    pub html: String,
}

/// Makes a family's section, or `None` when it has nothing to show.
pub type SectionFn = fn(&BuildReport) -> Option<Section>;

/// Every section, in the order the report shows them. Add a family of checks here.
pub const SECTIONS: &[SectionFn] = &[
    reading_level,
    hardest_sentences,
    translation_coverage,
    review_dates,
    page_weight,
    accessibility,
    findings_overview,
];

/// Escapes text for HTML.
pub fn esc(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// The report page.
pub fn render(report: &BuildReport) -> String {
    let sections: Vec<Section> = SECTIONS.iter().filter_map(|f| f(report)).collect();
    let mut body = String::new();
    let _ = write!(body, "<nav aria-label=\"Sections\"><ul>");
    for s in &sections {
        let _ = write!(body, "<li><a href=\"#{}\">{}</a></li>", s.id, esc(&s.title));
    }
    body.push_str("</ul></nav>");
    for (i, s) in sections.iter().enumerate() {
        let _ = write!(
            body,
            "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2><p>{}</p>",
            esc(&s.title),
            esc(&s.intro),
            id = s.id
        );
        for (k, chart) in s.charts.iter().enumerate() {
            let _ = write!(
                body,
                "<figure>{}<figcaption>{}</figcaption></figure><details><summary>The numbers as a table</summary>{}</details>",
                chart.svg(&format!("chart-{i}-{k}")),
                esc(&chart.description),
                chart.table()
            );
        }
        body.push_str(&s.html);
        body.push_str("</section>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"{MARKER}\">\n<title>Check report – easyguide</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>Check report</h1><p>{}</p></header>\n<main>{body}</main>\n</body>\n</html>\n",
        esc(&overview(report))
    )
}

/// Marks a page as a report easyguide wrote, so it may be replaced.
const MARKER: &str = "easyguide check report";

fn overview(report: &BuildReport) -> String {
    let errors = report.diagnostics.count(crate::diag::Severity::Error);
    let warnings = report.diagnostics.count(crate::diag::Severity::Warning);
    format!(
        "{} guides in {} languages: {errors} errors and {warnings} warnings.",
        report.guides, report.languages
    )
}

/// Refuses a report folder that the sources or a build own: the site's folder and its
/// source folders (as for the output folder), and the output folder itself, whose next
/// build would replace the report (or publish it).
pub fn check_location(dir: &Path, root: &Path, output: &Path) -> Result<()> {
    let refuse = |reason: String| Error::UnsafeReport {
        path: dir.to_path_buf(),
        reason,
        help: "give the report a folder of its own, e.g. --report check-report".into(),
    };
    if let Err(Error::UnsafeOutput { reason, .. }) = crate::emit::guard::check_location(dir, root) {
        return Err(refuse(reason));
    }
    let absolute = crate::emit::guard::absolute;
    if absolute(dir).starts_with(absolute(output)) {
        return Err(refuse(
            "it is inside the output folder, which the next build replaces (and publishes)".into(),
        ));
    }
    Ok(())
}

/// Writes the report to `dir/index.html`, replacing only a report easyguide wrote.
pub fn write(report: &BuildReport, dir: &Path) -> Result<()> {
    let path = dir.join("index.html");
    if let Ok(old) = std::fs::read_to_string(&path)
        && !old.contains(MARKER)
    {
        return Err(Error::Io {
            action: "replace",
            path: path.clone(),
            source: std::io::Error::other("this file is not a check report easyguide wrote"),
        });
    }
    std::fs::create_dir_all(dir).map_err(Error::io("create", dir))?;
    let temp = dir.join(".index.html.easyguide-new");
    std::fs::write(&temp, render(report)).map_err(Error::io("write", &temp))?;
    std::fs::rename(&temp, &path).map_err(Error::io("write", &path))
}

/// How a measure is named for people.
fn measure_name(name: &str) -> String {
    match name {
        "reading_age" => "UK reading age".into(),
        "lix" => "LIX".into(),
        other => other.replace('_', " "),
    }
}

fn guide_label(g: &GuideScore) -> String {
    format!("{} ({})", g.title, g.lang)
}

fn reading_level(report: &BuildReport) -> Option<Section> {
    if report.readability.is_empty() {
        return None;
    }
    let mut by_measure: BTreeMap<&str, Vec<&GuideScore>> = BTreeMap::new();
    for g in &report.readability {
        by_measure.entry(g.summary.headline).or_default().push(g);
    }
    // The site's own language first: it is the one every other language follows.
    let mut measures: Vec<(&str, Vec<&GuideScore>)> = by_measure.into_iter().collect();
    measures.sort_by_key(|(_, guides)| !guides.iter().any(|g| g.lang == report.source_language));
    let charts = measures
        .into_iter()
        .map(|(measure, guides)| {
            let lower = guides[0].summary.direction == crate::readability::Direction::AtMost;
            BarChart {
                title: format!("{} per guide and language", measure_name(measure)),
                description: format!(
                    "Each bar is a guide in one language; the dashed line is the target. {} is easier.",
                    if lower { "Lower" } else { "Higher" }
                ),
                unit: measure_name(measure),
                bars: guides
                    .iter()
                    .filter_map(|g| {
                        Some(Bar {
                            label: guide_label(g),
                            value: g.summary.value?,
                            target: Some(g.summary.target),
                            ok: g.summary.passes(),
                        })
                    })
                    .collect(),
            }
        })
        .collect();
    Some(Section {
        id: "reading-level".into(),
        title: "Reading level".into(),
        intro: "How hard each guide is to read, in its own language, against the site's target: a UK reading age, from how common the words are in the language and how long the sentences and words are (docs/readability.md).".into(),
        charts,
        html: String::new(),
    })
}

/// How much of each guide each language has, up to date (stale pieces do not count).
fn translation_coverage(report: &BuildReport) -> Option<Section> {
    let mut by_lang: BTreeMap<&crate::lang::Lang, Vec<Bar>> = BTreeMap::new();
    for ((lang, slug), t) in &report.translations {
        by_lang.entry(lang).or_default().push(Bar {
            label: slug.clone(),
            value: t.counts.percent() as f64,
            target: Some(100.0),
            ok: t.counts.percent() == 100,
        });
    }
    if by_lang.is_empty() {
        return None;
    }
    let charts = by_lang
        .into_iter()
        .map(|(lang, bars)| BarChart {
            title: format!("{} ({lang}): translated and up to date", lang.autonym()),
            description: "Each bar is a guide; 100% means every piece is translated and none is stale. Readers see the rest in the site's language, marked as not yet translated.".into(),
            unit: "%".into(),
            bars,
        })
        .collect();
    Some(Section {
        id: "translations".into(),
        title: "Translation coverage".into(),
        intro: "How much of each guide each language has. `easyguide i18n status` gives the same figures with stale, missing and obsolete pieces counted apart.".into(),
        charts,
        html: String::new(),
    })
}

/// What each page weighs, against its budgets, a pair of charts per language (the site's
/// own first): pages differ by language in their words, their scripts' bytes and which
/// pictures a translation swaps in.
fn page_weight(report: &BuildReport) -> Option<Section> {
    use crate::check::budgets::PageWeight;
    let heaviest = report.weights.iter().max_by_key(|w| w.total)?;
    let langs: std::collections::BTreeSet<&str> = std::iter::once(&report.source_language)
        .chain(report.readability.iter().map(|g| &g.lang))
        .chain(report.translations.keys().map(|(lang, _)| lang))
        .map(|l| l.as_str())
        .collect();
    let mut by_lang: BTreeMap<(bool, String), Vec<&PageWeight>> = BTreeMap::new();
    for w in &report.weights {
        let lang = page_language(&w.page, &langs).unwrap_or(report.source_language.as_str());
        by_lang
            .entry((lang != report.source_language.as_str(), lang.to_owned()))
            .or_default()
            .push(w);
    }
    let kb = |bytes: u64| (bytes as f64 / 1024.0 * 10.0).round() / 10.0;
    let chart = |title: String,
                 description: &str,
                 pages: &[&PageWeight],
                 value: fn(&PageWeight) -> (u64, u64)| BarChart {
        title,
        description: description.into(),
        unit: "KB".into(),
        bars: pages
            .iter()
            .map(|w| {
                let (v, budget) = value(w);
                Bar {
                    label: w.page.clone(),
                    value: kb(v),
                    target: Some(kb(budget)),
                    ok: v <= budget,
                }
            })
            .collect(),
    };
    let mut charts = Vec::new();
    for ((_, lang), pages) in &by_lang {
        let name = crate::lang::Lang::parse(lang)
            .map_or_else(|| lang.clone(), |l| format!("{} ({lang})", l.autonym()));
        charts.push(chart(
            format!("HTML and CSS per page: {name}"),
            "Each bar is a page; the dashed line is the budget for the first round trip.",
            pages,
            |w| (w.html_css, w.html_css_budget),
        ));
        charts.push(chart(
            format!("The whole page on a phone: {name}"),
            "HTML, CSS and the pictures a 360 px wide phone picks; the dashed line is the budget.",
            pages,
            |w| (w.total, w.page_budget),
        ));
    }
    Some(Section {
        id: "page-weight".into(),
        title: "Page weight".into(),
        intro: "Compressed bytes each page sends, against the site's budgets, in every language: HTML and CSS should arrive in the first network round trip, and the whole page on a 360 px phone should stay small for prepaid data.".into(),
        charts,
        html: format!(
            "<p>The heaviest page in any language is {} at {} KB.</p>",
            esc(&heaviest.page),
            kb(heaviest.total)
        ),
    })
}

/// The language a page of the output is in, from its address: its first folder that is one
/// of the site's languages (`cy/nhs-app/`, `embed/cy/nhs-app/`); none for the front door.
fn page_language<'a>(page: &'a str, langs: &std::collections::BTreeSet<&str>) -> Option<&'a str> {
    let mut folders = page.split('/');
    folders.next_back();
    folders.find(|part| langs.contains(part))
}

fn hardest_sentences(report: &BuildReport) -> Option<Section> {
    let mut html = String::new();
    for g in report.readability.iter().filter(|g| !g.worst.is_empty()) {
        // The guide's words are in its language: marked, so a right-to-left sentence reads
        // (and is read aloud) the right way round inside this English page.
        let lang = format!("lang=\"{}\" dir=\"{}\"", g.lang, g.lang.dir());
        let _ = write!(
            html,
            "<h3><span {lang}>{}</span> ({})</h3><ol class=\"spots\">",
            esc(&g.title),
            esc(g.lang.as_str())
        );
        for spot in &g.worst {
            let file = report.map.get(spot.file);
            let (line, col) = file.line_col(spot.range.start);
            let _ = write!(
                html,
                "<li><p class=\"where\">{}:{line}:{col}, {}</p><blockquote {lang}><p>{}</p></blockquote>",
                esc(file.display_path()),
                esc(spot.kind.label()),
                quote(&spot.text, &spot.code)
            );
            if spot.advice.is_empty() {
                html.push_str("<p>No findings: this is one of the harder sentences, but within the limits.</p>");
            } else {
                html.push_str("<ul>");
                for (message, help) in &spot.advice {
                    let _ = write!(
                        html,
                        "<li><strong>{}</strong>: {}</li>",
                        esc(message),
                        esc(help)
                    );
                }
                html.push_str("</ul>");
            }
            html.push_str("</li>");
        }
        html.push_str("</ol>");
    }
    (!html.is_empty()).then(|| Section {
        id: "hardest-sentences".into(),
        title: "Sentences to look at first".into(),
        intro: "The hardest sentences of each guide, with what to change.".into(),
        charts: Vec::new(),
        html,
    })
}

/// A sentence as HTML, its code (a button's words, say) shown as code, as on the page.
fn quote(text: &str, code: &[std::ops::Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for range in code {
        let (Some(before), Some(inside)) = (text.get(at..range.start), text.get(range.clone()))
        else {
            continue;
        };
        let _ = write!(out, "{}<code>{}</code>", esc(before), esc(inside));
        at = range.end;
    }
    out.push_str(&esc(text.get(at..).unwrap_or_default()));
    out
}

/// The accessibility checker's findings, by rule and by the file that made them.
fn accessibility(report: &BuildReport) -> Option<Section> {
    let rules = crate::a11y::catalogue::RULES;
    let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_file: BTreeMap<String, usize> = BTreeMap::new();
    for d in report.diagnostics.as_slice() {
        let Some(rule) = rules.iter().find(|r| r.code == d.code) else {
            continue;
        };
        let label = match rule.wcag {
            Some(sc) => format!("{} (WCAG {sc})", rule.code),
            None => format!("{} (easy read)", rule.code),
        };
        *by_rule.entry(label).or_default() += 1;
        let file = match &d.location {
            Some(crate::diag::Location::Span { file, .. }) => {
                report.map.get(*file).display_path().to_owned()
            }
            Some(crate::diag::Location::Output { page, .. }) => page.clone(),
            Some(crate::diag::Location::Path(p)) => p.clone(),
            None => "the site".to_owned(),
        };
        *by_file.entry(file).or_default() += 1;
    }
    let chart = |title: &str, description: &str, counts: &BTreeMap<String, usize>| BarChart {
        title: title.into(),
        description: description.into(),
        unit: "findings".into(),
        bars: counts
            .iter()
            .map(|(label, n)| Bar {
                label: label.clone(),
                value: *n as f64,
                target: Some(0.0),
                ok: false,
            })
            .collect(),
    };
    let pages = report.pages;
    Some(Section {
        id: "accessibility".into(),
        title: "Accessibility".into(),
        intro: if by_rule.is_empty() {
            format!(
                "The accessibility checker ran its {} rules (WCAG 2.2 A and AA, and easy-read conventions) on all {pages} pages in every language, and on the stylesheets, and found nothing.",
                rules.len()
            )
        } else {
            format!(
                "The accessibility checker ran its {} rules on all {pages} pages and the stylesheets. Each finding points at the guide, translation or stylesheet line that made it; the accessibility statement lists them for readers.",
                rules.len()
            )
        },
        charts: if by_rule.is_empty() {
            Vec::new()
        } else {
            vec![
                chart(
                    "Accessibility findings by rule",
                    "How many times each rule found a problem. Fewer is better.",
                    &by_rule,
                ),
                chart(
                    "Accessibility findings by file",
                    "Which guide, translation or stylesheet the problems come from.",
                    &by_file,
                ),
            ]
        },
        html: String::new(),
    })
}

/// Every guide by how soon its facts are due to be checked again, soonest first.
fn review_dates(report: &BuildReport) -> Option<Section> {
    if report.freshness.is_empty() {
        return None;
    }
    let mut html = String::from(
        "<table><caption>Review dates, soonest first</caption>\n<tr><th scope=\"col\">Guide</th><th scope=\"col\">Due for review</th><th scope=\"col\">Days left</th></tr>\n",
    );
    for due in &report.freshness {
        let left = match due.days_left {
            n if n < 0 => format!("{} overdue", -n),
            n => n.to_string(),
        };
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&due.guide),
            esc(&due.review_due),
            esc(&left)
        );
    }
    html.push_str("</table>\n");
    Some(Section {
        id: "review-dates".into(),
        title: "Review dates".into(),
        intro: "When each guide's facts are due to be checked again (`review_due`), soonest first. `[freshness]` in site.toml sets how early to warn.".into(),
        charts: Vec::new(),
        html,
    })
}

fn findings_overview(report: &BuildReport) -> Option<Section> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for d in report.diagnostics.as_slice() {
        *counts.entry(d.code).or_default() += 1;
    }
    let chart = BarChart {
        title: "Findings by kind".into(),
        description: "How many findings of each kind the check found. Fewer is better.".into(),
        unit: "findings".into(),
        bars: counts
            .iter()
            .map(|(code, n)| Bar {
                label: (*code).to_owned(),
                value: *n as f64,
                target: Some(0.0),
                ok: false,
            })
            .collect(),
    };
    Some(Section {
        id: "findings".into(),
        title: "All findings".into(),
        intro: if counts.is_empty() {
            "There are no findings.".into()
        } else {
            "Run `easyguide check` to see each finding with its file, line and column.".into()
        },
        charts: if counts.is_empty() {
            Vec::new()
        } else {
            vec![chart]
        },
        html: String::new(),
    })
}

/// The machine-readable report: every diagnostic and every guide's reading level.
pub fn json(report: &BuildReport) -> serde_json::Value {
    let diagnostics: Vec<JsonDiagnostic> =
        crate::diag::render::to_json(&report.map, report.diagnostics.as_slice());
    let readability: Vec<serde_json::Value> = report
        .readability
        .iter()
        .map(|g| {
            json!({
                "guide": g.slug,
                "title": g.title,
                "language": g.lang,
                "file": report.map.get(g.file).display_path(),
                "script": g.summary.script,
                "method": g.summary.method,
                "measures": g.summary.measures,
                "headline": g.summary.headline,
                "value": g.summary.value.map(|v| (v * 100.0).round() / 100.0),
                "target": g.summary.target,
                "direction": g.summary.direction,
                "passes": g.summary.passes(),
                "findings": g.findings,
            })
        })
        .collect();
    json!({
        "diagnostics": diagnostics,
        "readability": readability,
        "pictures": report.pictures,
        "weights": report.weights,
        "freshness": report.freshness,
    })
}

const STYLE: &str = "
:root { color-scheme: light; --text: #1b1b1b; --ok: #1c6b36; --over: #a4161a; --target: #1b1b1b; }
body { font: 1.1875rem/1.5 system-ui, sans-serif; color: var(--text); background: #fff; margin: 0 auto; max-width: 62rem; padding: 1rem; }
h1, h2, h3 { line-height: 1.2; }
a { color: #0b3a8c; }
nav ul { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
nav a { display: inline-block; min-height: 44px; line-height: 44px; }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { color: #3d3d3d; }
.chart-title { font-weight: 700; margin-bottom: 0.25rem; }
.row { display: grid; grid-template-columns: minmax(8rem, 16rem) minmax(6rem, 420px) auto; gap: 0.5rem; align-items: center; }
.row .label { text-align: end; }
svg.bar { width: 100%; height: 26px; }
svg .ok { fill: var(--ok); }
svg .over { fill: var(--over); }
svg .target { stroke: var(--target); stroke-width: 2; stroke-dasharray: 4 3; }
.axis { color: #3d3d3d; font-size: 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; text-align: start; }
caption { text-align: start; font-weight: 700; }
summary { cursor: pointer; min-height: 44px; line-height: 44px; }
blockquote { margin: 0.25rem 0; padding-inline-start: 1rem; border-inline-start: 0.375rem solid #6b6b6b; }
.where { font-family: ui-monospace, monospace; font-size: 1rem; margin-bottom: 0; }
.spots > li { margin-bottom: 1.25rem; }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_shows_code_as_code_and_escapes_the_rest() {
        assert_eq!(
            quote("Tap <Start> then `x`", std::slice::from_ref(&(4..11))),
            "Tap <code>&lt;Start&gt;</code> then `x`"
        );
        // A range that is not on character boundaries is left as text, never cut.
        assert_eq!(quote("é", std::slice::from_ref(&(1..2))), "é");
    }

    #[test]
    fn a_pages_language_is_its_first_folder_that_is_a_site_language() {
        let langs = ["en", "cy", "ar"].into_iter().collect();
        assert_eq!(page_language("cy/nhs-app/index.html", &langs), Some("cy"));
        assert_eq!(
            page_language("embed/ar/nhs-app/fragment.html", &langs),
            Some("ar")
        );
        assert_eq!(page_language("index.html", &langs), None);
        assert_eq!(page_language("en.html", &langs), None);
    }

    #[test]
    fn report_names_its_sections_and_has_no_script() {
        let report = BuildReport {
            map: crate::diag::SourceMap::new(),
            diagnostics: crate::diag::Diagnostics::new(),
            output_dir: "public".into(),
            written: false,
            pages: 0,
            files: 0,
            languages: 1,
            source_language: crate::lang::Lang::parse("en").unwrap(),
            guides: 0,
            readability: Vec::new(),
            translations: Default::default(),
            pictures: Default::default(),
            weights: Vec::new(),
            pruned: 0,
            work: Default::default(),
            timings: Vec::new(),
            freshness: Vec::new(),
        };
        let html = render(&report);
        assert!(html.contains("<h2 id=\"findings\">All findings</h2>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("http"));
    }
}
