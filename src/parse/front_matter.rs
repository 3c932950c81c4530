//! Front matter: the TOML block between `+++` lines at the top of a guide, read into [`Meta`].

use std::ops::Range;

use jiff::civil::Date;
use serde::Deserialize;
use toml::Spanned;

use crate::diag::toml::{Key, Schema, TomlSource, read};
use crate::diag::{Diagnostic, FileId};
use crate::document::{GlossaryEntry, Meta, Nation, Text};

/// The front matter keys, with examples for "missing key" hints.
pub const SCHEMA: Schema = Schema {
    what: "front matter",
    keys: &[
        Key {
            name: "title",
            required: true,
            example: "title = \"Book a GP appointment online\"",
        },
        Key {
            name: "summary",
            required: true,
            example: "summary = \"How to book, check or cancel an appointment.\"",
        },
        Key {
            name: "updated",
            required: true,
            example: "updated = 2026-11-21",
        },
        Key {
            name: "review_due",
            required: true,
            example: "review_due = 2027-11-21",
        },
        Key {
            name: "tags",
            required: false,
            example: "tags = [\"appointments\"]",
        },
        Key {
            name: "you_need",
            required: false,
            example: "you_need = [\"Your phone\", \"Your NHS login\"]",
        },
        Key {
            name: "time",
            required: false,
            example: "time = \"About 10 minutes\"",
        },
        Key {
            name: "sources",
            required: false,
            example: "sources = [\"nhs.uk: GP appointments and bookings\"]",
        },
        Key {
            name: "order",
            required: false,
            example: "order = 1",
        },
        Key {
            name: "nations",
            required: false,
            example: "nations = [\"england\"]",
        },
        Key {
            name: "glossary",
            required: false,
            example: "[glossary]\nsymptoms = \"what is wrong, like pain or a high temperature\"",
        },
    ],
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: Spanned<String>,
    summary: Spanned<String>,
    updated: Spanned<toml::Value>,
    review_due: Spanned<toml::Value>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    you_need: Vec<Spanned<String>>,
    time: Option<Spanned<String>>,
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    order: Option<i64>,
    #[serde(default)]
    nations: Vec<Spanned<String>>,
    #[serde(default)]
    glossary: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
}

/// Where the front matter and the body are in a guide's text.
#[derive(Debug, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the `+++` lines.
    pub toml: Range<usize>,
    /// The whole block, fences included (where "missing key" errors point).
    pub block: Range<usize>,
    /// Where the Markdown body starts.
    pub body_start: usize,
}

/// Finds the `+++` fences. The front matter must open on the very first line.
pub fn split(file: FileId, text: &str) -> Result<Split, Diagnostic> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let first = text[..first_end].trim_end();
    if first != "+++" {
        let d = Diagnostic::error(
            "missing-front-matter",
            "the guide does not start with front matter",
        )
        .at(file, 0..first.len())
        .label("expected a line with +++ here");
        return Err(if first == "---" {
            d.note("easyguide's front matter is TOML between +++ lines, not YAML between --- lines")
                .help("change both --- lines to +++ and write values as key = \"value\"")
        } else {
            d.help("start the file with +++, then title = \"...\", summary = \"...\", updated = 2026-11-21, review_due = 2027-11-21, then +++")
        });
    }
    let mut offset = first_end;
    for line in text[first_end..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok(Split {
                toml: first_end..offset,
                block: 0..offset + line.trim_end().len(),
                body_start: offset + line.len(),
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(
        "unclosed-front-matter",
        "the front matter has no closing +++ line",
    )
    .at(file, 0..3)
    .label("opened here")
    .help("add a line with only +++ after the last front matter line"))
}

/// Reads and validates the front matter.
pub fn parse(file: FileId, text: &str, split: &Split) -> Result<Meta, Vec<Diagnostic>> {
    let source = TomlSource {
        file,
        text: &text[split.toml.clone()],
        base: split.toml.start,
        missing_at: 0..3,
    };
    let raw: RawMeta = read(&source, &SCHEMA)?;
    let base = split.toml.start;
    let text_of = |s: &Spanned<String>| {
        let span = s.span();
        Text::plain(s.get_ref().trim(), base + span.start..base + span.end)
    };
    let mut errors = Vec::new();
    let updated = date(file, base, "updated", &raw.updated)
        .map_err(|e| errors.push(e))
        .ok();
    let review_due = date(file, base, "review_due", &raw.review_due)
        .map_err(|e| errors.push(e))
        .ok();
    for (key, value) in [("title", &raw.title), ("summary", &raw.summary)] {
        if value.get_ref().trim().is_empty() {
            errors.push(blank(file, base, key, value.span()));
        }
    }
    if let (Some(updated), Some(due)) = (updated, review_due)
        && due <= updated
    {
        errors.push(
            Diagnostic::error("bad-date", "`review_due` must come after `updated`")
                .at(file, shifted(base, raw.review_due.span()))
                .label(format!("{due} is not after {updated}"))
                .note("the review date is when someone checks the guide is still true")
                .help("set review_due one to three years after updated"),
        );
    }
    let mut nations = Vec::new();
    for name in &raw.nations {
        match Nation::read(name.get_ref(), file, shifted(base, name.span())) {
            Ok(nation) => nations.push(nation),
            Err(d) => errors.push(d),
        }
    }
    nations.sort();
    nations.dedup();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Meta {
        title: text_of(&raw.title),
        summary: text_of(&raw.summary),
        updated: updated.expect("checked"),
        review_due: review_due.expect("checked"),
        tags: raw.tags,
        you_need: raw.you_need.iter().map(text_of).collect(),
        time: raw.time.as_ref().map(text_of),
        sources: raw.sources.iter().map(text_of).collect(),
        order: raw.order,
        nations,
        glossary: raw
            .glossary
            .iter()
            .map(|(term, explanation)| GlossaryEntry {
                term: text_of(term),
                explanation: text_of(explanation),
                file: None,
            })
            .collect(),
        status: status(source.text),
    })
}

/// The words of the front matter's `# status:` comment, if it has one (TOML ignores it).
fn status(toml: &str) -> Option<String> {
    toml.lines()
        .filter_map(|line| line.trim().strip_prefix('#'))
        .find_map(|comment| comment.trim().strip_prefix(crate::document::STATUS))
        .map(|words| words.trim().to_owned())
}

fn shifted(base: usize, span: Range<usize>) -> Range<usize> {
    base + span.start..base + span.end
}

fn date(
    file: FileId,
    base: usize,
    key: &str,
    value: &Spanned<toml::Value>,
) -> Result<Date, Diagnostic> {
    let parsed = match value.get_ref() {
        toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt
            .date
            .and_then(|d| Date::new(d.year as i16, d.month as i8, d.day as i8).ok()),
        toml::Value::String(s) => s.trim().parse::<Date>().ok(),
        _ => None,
    };
    parsed.ok_or_else(|| {
        Diagnostic::error("bad-date", format!("`{key}` is not a date"))
            .at(file, shifted(base, value.span()))
            .label("expected a date like 2026-11-21")
            .help(format!(
                "write the date as year-month-day, e.g. {key} = 2026-11-21"
            ))
    })
}

fn blank(file: FileId, base: usize, key: &str, span: Range<usize>) -> Diagnostic {
    Diagnostic::error("blank-value", format!("`{key}` is empty"))
        .at(file, shifted(base, span))
        .label("nothing here")
        .help(format!("write the guide's {key} between the quotes"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceMap;

    fn run(text: &str) -> Result<Meta, Vec<Diagnostic>> {
        let mut map = SourceMap::new();
        let file = map.add("g".into(), "g".into(), text.into());
        let split = split(file, text).map_err(|d| vec![d])?;
        parse(file, text, &split)
    }

    const GOOD: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2026-01-02\nreview_due = \"2027-01-02\"\n+++\nBody\n";

    #[test]
    fn reads_dates_as_toml_dates_or_strings() {
        let meta = run(GOOD).unwrap();
        assert_eq!(meta.updated.to_string(), "2026-01-02");
        assert_eq!(meta.review_due.to_string(), "2027-01-02");
        assert_eq!(meta.title.to_plain(), "T");
    }

    #[test]
    fn finds_the_body_after_the_fences() {
        let mut map = SourceMap::new();
        let file = map.add("g".into(), "g".into(), GOOD.into());
        let s = split(file, GOOD).unwrap();
        assert_eq!(&GOOD[s.body_start..], "Body\n");
    }

    #[test]
    fn yaml_fences_get_a_specific_hint() {
        let err = run("---\ntitle: x\n---\n").unwrap_err();
        assert_eq!(err[0].code, "missing-front-matter");
        assert!(err[0].notes[0].contains("not YAML"));
    }

    #[test]
    fn nations_are_read_sorted_and_unknown_ones_are_errors_at_their_line() {
        let with = |nations: &str| {
            run(&GOOD.replace("+++\nBody", &format!("nations = {nations}\n+++\nBody")))
        };
        assert!(run(GOOD).unwrap().nations.is_empty(), "not said: empty");
        let meta = with("[\"Wales\", \"england\", \"wales\"]").unwrap();
        assert_eq!(meta.nations, [Nation::England, Nation::Wales]);
        let err = with("[\"england\", \"walse\"]").unwrap_err();
        assert_eq!(err[0].code, "unknown-nation");
        assert!(err[0].message.contains("`walse`"), "{}", err[0].message);
        assert_eq!(err[0].help.as_deref(), Some("did you mean `wales`?"));
        let Some(crate::diag::Location::Span { range, .. }) = &err[0].location else {
            panic!("{:?}", err[0].location)
        };
        let text = GOOD.replace("+++\nBody", "nations = [\"england\", \"walse\"]\n+++\nBody");
        assert_eq!(&text[range.clone()], "\"walse\"");
    }

    #[test]
    fn bad_dates_and_order_are_reported() {
        let err = run("+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = \"soon\"\nreview_due = 2027-01-02\n+++\n").unwrap_err();
        assert_eq!(err[0].code, "bad-date");
        let err = run("+++\ntitle = \"T\"\nsummary = \"S\"\nupdated = 2027-01-02\nreview_due = 2026-01-02\n+++\n").unwrap_err();
        assert!(err[0].message.contains("after"));
    }
}
