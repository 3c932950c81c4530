//! The site's `[help]` text (from `site.toml`) as easy-read blocks, for the "Need help?" box.
//!
//! Takes the validated config and the source map; produces the blocks every guide page shows
//! at its end, with diagnostics that point into `site.toml`. The text may hold paragraphs and
//! lists, with links and bold words: a small box at the end of a guide has no room for
//! headings, pictures, tables or callouts.

use std::ops::Range;

use super::{blocks, markdown};
use crate::config::Config;
use crate::diag::{Diagnostic, FileId, SourceMap};
use crate::document::Block;

/// The example help text `easyguide init` writes (commented out) in a new `site.toml`.
pub const EXAMPLE: &str =
    "Ask at Anytown Library for free help to get online. Come in Monday to Friday, 10am to 4pm.";

/// The `[help]` text as blocks; empty when the site has no `[help]` table.
pub fn help(config: &Config, map: &SourceMap) -> (Vec<Block>, Vec<Diagnostic>) {
    let Some(help) = &config.help else {
        return (Vec::new(), Vec::new());
    };
    let file = config.file;
    let base = text_start(map.get(file).text(), &help.span);
    let (blocks, mut diagnostics) = help_text(&help.text, file, base);
    diagnostics.extend(still_the_example(file, help));
    (blocks, diagnostics)
}

/// Some help text (the `[help]` text, or a translation of it) as blocks: paragraphs and
/// lists, with links and bold words; anything else is refused at its place. `base` is where
/// the text starts in `file`.
pub fn help_text(text: &str, file: FileId, base: usize) -> (Vec<Block>, Vec<Diagnostic>) {
    let ctx = markdown::Context {
        file,
        base,
        pictures: &[],
    };
    let (nodes, diagnostics) = markdown::parse(text, &ctx);
    // The parser looks a picture up in a guide's `images/` folder; the help text has none,
    // so say what is really wrong: no picture belongs in the box.
    let mut diagnostics: Vec<Diagnostic> = diagnostics
        .into_iter()
        .map(|d| match (d.code, &d.location) {
            (
                "missing-picture" | "remote-picture",
                Some(crate::diag::Location::Span { range, .. }),
            ) => picture_refused(file, range.clone()),
            _ => d,
        })
        .collect();
    let nodes = nodes
        .into_iter()
        .filter(|node| match refused_at(node) {
            Some(span) => {
                diagnostics.push(refused(file, span));
                false
            }
            None => true,
        })
        .collect();
    let blocks = blocks::to_blocks(nodes, file, &mut diagnostics);
    (blocks, diagnostics)
}

/// A warning when the help text still holds the starter's example: readers would be sent
/// to a library that does not exist.
fn still_the_example(file: FileId, help: &crate::config::Help) -> Option<Diagnostic> {
    let words = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    if !words(&help.text).contains(&words(EXAMPLE)) {
        return None;
    }
    Some(
        Diagnostic::warning("example-help", "the [help] text is still the example from `easyguide init`")
            .at(file, help.span.clone())
            .label("Anytown Library is not a real place")
            .note("this text is shown to readers at the end of every guide, as the place to get help")
            .help("write where your readers can get help: the name, address and opening times of your library or surgery"),
    )
}

/// Where the words of a TOML string value start: after its quotes, and after the line break
/// TOML drops right after opening triple quotes. Exact for strings without escapes, which is
/// what a help text is; with escapes, messages point a few characters off at worst.
fn text_start(file_text: &str, value: &Range<usize>) -> usize {
    let raw = file_text.get(value.clone()).unwrap_or_default();
    let quotes = if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        3
    } else {
        1
    };
    let after = raw.get(quotes..).unwrap_or_default();
    let line_break = match after {
        _ if quotes == 1 => 0,
        a if a.starts_with("\r\n") => 2,
        a if a.starts_with('\n') => 1,
        _ => 0,
    };
    value.start + quotes + line_break
}

/// The span to point at when `node` cannot go in the help box, or `None` when it can.
fn refused_at(node: &markdown::Node) -> Option<Range<usize>> {
    use markdown::Node;
    match node {
        Node::Paragraph(..) | Node::List(..) => None,
        Node::Heading(.., span)
        | Node::Quote(.., span)
        | Node::Table(.., span)
        | Node::Code(_, span)
        | Node::Rule(span) => Some(span.clone()),
    }
}

fn refused(file: FileId, span: Range<usize>) -> Diagnostic {
    Diagnostic::error(
        "help-text",
        "the [help] text can only have paragraphs and lists",
    )
    .at(file, span)
    .label("this is left out of the \"Need help?\" box")
    .note("the box is small and sits at the end of every guide: a few plain sentences read best")
    .help("write one or two short sentences, with a list for opening times if you need one")
}

fn picture_refused(file: FileId, span: Range<usize>) -> Diagnostic {
    Diagnostic::error("help-text", "the [help] text cannot have pictures")
        .at(file, span)
        .label("this picture is left out of the \"Need help?\" box")
        .note("the box is small and sits at the end of every guide: a few plain sentences read best")
        .help("remove the picture; say in words where the place is, or add it as a help point ([[help.points]] with its address)")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::document::Inline;

    const SITE: &str = "title = \"T\"\nbase_url = \"https://x.org\"\n";

    fn help_of(text: &str) -> (Vec<Block>, Vec<Diagnostic>, SourceMap) {
        let mut map = SourceMap::new();
        let file = map.add("site.toml".into(), "site.toml".into(), text.into());
        let config = crate::config::parse(Path::new("."), file, &map).unwrap();
        let (blocks, diagnostics) = help(&config, &map);
        (blocks, diagnostics, map)
    }

    #[test]
    fn a_picture_in_the_help_text_is_refused_as_a_picture_not_looked_for() {
        for src in ["map.png", "https://maps.example/a.png"] {
            let toml = format!("{SITE}[help]\ntext = \"Ask us. ![A map]({src})\"\n");
            let (blocks, diagnostics, map) = help_of(&toml);
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            let d = &diagnostics[0];
            assert_eq!(d.code, "help-text");
            assert_eq!(d.message, "the [help] text cannot have pictures");
            let Some(crate::diag::Location::Span { file, range }) = &d.location else {
                panic!("{d:?}")
            };
            assert!(map.get(*file).text()[range.clone()].starts_with("![A map]"));
            assert_eq!(blocks.len(), 1, "the words stay");
        }
    }

    #[test]
    fn no_help_table_means_no_blocks() {
        let (blocks, diagnostics, _) = help_of(SITE);
        assert!(blocks.is_empty() && diagnostics.is_empty());
    }

    #[test]
    fn markdown_words_and_links_become_a_paragraph() {
        let toml = format!(
            "{SITE}[help]\ntext = \"Ask at **Anytown Library**. See [the NHS App guide](../nhs-app/).\"\n"
        );
        let (blocks, diagnostics, _) = help_of(&toml);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let [Block::Paragraph(text)] = blocks.as_slice() else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            text.to_plain(),
            "Ask at Anytown Library. See the NHS App guide."
        );
        assert!(matches!(text.inlines[1], Inline::Strong(_)));
        let start = toml.find("Ask").unwrap();
        assert_eq!(text.span.start, start, "spans point into site.toml");
    }

    #[test]
    fn the_starter_example_is_warned_about_until_it_is_replaced() {
        let starter = include_str!("../cli/starter/site.toml");
        assert!(
            starter.contains(&format!("# text = \"{EXAMPLE}\"")),
            "the starter's example is the one this check looks for"
        );
        let toml = format!(
            "{SITE}[help]\ntext = \"\"\"\n{}\n\"\"\"\n",
            EXAMPLE.replace(". ", ".\n")
        );
        let (blocks, diagnostics, map) = help_of(&toml);
        assert_eq!(blocks.len(), 1, "the box is still shown");
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "example-help");
        assert_eq!(diagnostics[0].severity, crate::diag::Severity::Warning);
        let Some(crate::diag::Location::Span { file, range }) = &diagnostics[0].location else {
            panic!("no span")
        };
        assert_eq!(map.get(*file).line_col(range.start), (4, 8));
        let own = format!("{SITE}[help]\ntext = \"Ask at Leeds Central Library.\"\n");
        assert!(help_of(&own).1.is_empty());
    }

    #[test]
    fn a_heading_is_refused_at_its_line() {
        let toml = format!("{SITE}[help]\ntext = \"\"\"\nAsk us.\n\n## Opening times\n\"\"\"\n");
        let (blocks, diagnostics, map) = help_of(&toml);
        assert_eq!(blocks.len(), 1, "the paragraph stays");
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].code, "help-text");
        let Some(crate::diag::Location::Span { file, range }) = &diagnostics[0].location else {
            panic!("no span")
        };
        assert_eq!(map.get(*file).line_col(range.start), (7, 1));
    }
}
