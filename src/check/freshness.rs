//! Freshness: guides whose review date has passed or is near.
//!
//! Takes the parsed source guides, the site's `[freshness]` settings and today's date (given
//! by the caller, so a build is reproducible and tests can pick the day); produces a warning
//! (or an error, when the site says so) at the `review_due` line of each guide past its date,
//! a warning for each due within `warn_days`, and every guide's [`Due`], soonest first, for the
//! check report and JSON.

use jiff::civil::Date;
use serde::Serialize;

use crate::config::Freshness;
use crate::diag::{Diagnostic, SourceMap};
use crate::document::Guide;

/// When one guide is due for review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    /// The guide's slug.
    pub guide: String,
    /// Its `review_due` date.
    pub review_due: String,
    /// Days from today to that date: negative once it has passed.
    pub days_left: i64,
}

/// Checks the source-language guides of a site, when the caller knows today's date.
pub fn run(
    guides: &[&Guide],
    sources: &crate::load::Sources,
    today: Option<Date>,
) -> (Vec<Diagnostic>, Vec<Due>) {
    let Some(today) = today else {
        return (Vec::new(), Vec::new());
    };
    let source: Vec<&Guide> = guides
        .iter()
        .copied()
        .filter(|g| g.lang == sources.config.language)
        .collect();
    check(&source, &sources.config.freshness, today, &sources.map)
}

/// Checks every guide's review date against `today`.
pub fn check(
    guides: &[&Guide],
    settings: &Freshness,
    today: Date,
    map: &SourceMap,
) -> (Vec<Diagnostic>, Vec<Due>) {
    let mut found = Vec::new();
    let mut due = Vec::new();
    for guide in guides.iter().filter(|g| !g.stand_in) {
        let Some(days_left) = days_in(today, guide.meta.review_due) else {
            continue;
        };
        due.push(Due {
            guide: guide.slug.clone(),
            review_due: guide.meta.review_due.to_string(),
            days_left,
        });
        if days_left <= i64::from(settings.warn_days) {
            found.push(finding(guide, days_left, settings, map));
        }
    }
    due.sort_by(|a, b| (a.days_left, &a.guide).cmp(&(b.days_left, &b.guide)));
    (found, due)
}

/// Whole days from `from` to `to`.
fn days_in(from: Date, to: Date) -> Option<i64> {
    let span = from.until((jiff::Unit::Day, to)).ok()?;
    Some(i64::from(span.get_days()))
}

fn finding(guide: &Guide, days_left: i64, settings: &Freshness, map: &SourceMap) -> Diagnostic {
    let date = guide.meta.review_due;
    let d = if days_left < 0 {
        let message = format!(
            "this guide was due for review on {date}, {} ago",
            days(-days_left)
        );
        if settings.overdue_error {
            Diagnostic::error("review-overdue", message)
        } else {
            Diagnostic::warning("review-overdue", message)
        }
        .note("readers are told on the page when it will be checked again; that date has passed")
    } else {
        Diagnostic::warning(
            "review-due-soon",
            format!(
                "this guide is due for review on {date}, in {}",
                days(days_left)
            ),
        )
        .note(format!(
            "`[freshness] warn_days = {}` in site.toml warns this long before",
            settings.warn_days
        ))
    };
    let d = match review_due_line(map.get(guide.file).text()) {
        Some(span) => d.at(guide.file, span).label("the review date"),
        None => d.at(guide.file, 0..0),
    };
    d.help("check the guide's facts against its sources, then set `updated` to today and `review_due` to the next date it needs checking")
}

fn days(n: i64) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

/// The `review_due = …` line of a guide's front matter.
fn review_due_line(text: &str) -> Option<std::ops::Range<usize>> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("review_due") {
            let start = at + (line.len() - line.trim_start().len());
            return Some(start..at + line.trim_end().len());
        }
        at += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_review_due_line() {
        let text = "+++\ntitle = \"T\"\n  review_due = 2027-01-01\n+++\n";
        let span = review_due_line(text).unwrap();
        assert_eq!(&text[span], "review_due = 2027-01-01");
    }

    #[test]
    fn counts_whole_days_across_months_and_years() {
        let d = |y, m, day| jiff::civil::date(y, m, day);
        assert_eq!(days_in(d(2026, 12, 1), d(2027, 1, 10)), Some(40));
        assert_eq!(days_in(d(2027, 1, 11), d(2027, 1, 10)), Some(-1));
    }
}
