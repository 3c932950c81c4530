//! The "Need help?" text in other languages: a translator writes `site-help` in the site's
//! `locales/<lang>/ui.ftl` (`i18n update` offers it, with the `[help]` text as its `# en:`
//! line), and that language's box shows it instead of the `[help]` text marked as English.
//!
//! A translation is read as the `[help]` text is (paragraphs and lists, links and bold words);
//! what Fluent gives is the message's value, not the file's bytes, so every finding in it,
//! and every element the box makes from it, points at the message in the `.ftl` file.

use std::collections::BTreeMap;
use std::ops::Range;

use super::Ui;
use crate::config::Config;
use crate::diag::{Diagnostic, FileId, Location};
use crate::document::{Block, Inline, visit_blocks_mut};
use crate::lang::Lang;

/// The message a site's `ui.ftl` translates its `[help]` text in.
pub const MESSAGE: &str = "site-help";

/// The help text of one language that translates it.
#[derive(Debug, Clone)]
pub struct HelpText {
    /// The `.ftl` file it is written in.
    pub file: FileId,
    /// Its paragraphs and lists.
    pub blocks: Vec<Block>,
}

/// Every published language's own help text, other than the site's language.
pub fn translations(
    config: &Config,
    ui: &Ui,
    languages: &[Lang],
) -> (BTreeMap<Lang, HelpText>, Vec<Diagnostic>) {
    let mut out = BTreeMap::new();
    let mut diagnostics = Vec::new();
    if config.help.is_none() {
        return (out, diagnostics);
    }
    for lang in languages.iter().filter(|l| **l != config.language) {
        let (Some(text), Some(origin)) = (ui.own_message(lang, MESSAGE), ui.origin(lang, MESSAGE))
        else {
            continue;
        };
        let at = origin.start as usize..origin.end as usize;
        let (mut blocks, found) = crate::parse::help_text(&text, origin.file, 0);
        diagnostics.extend(found.into_iter().map(|mut d| {
            if let Some(Location::Span { range, .. }) = &mut d.location {
                *range = at.clone();
            }
            d
        }));
        respan(&mut blocks, &at);
        out.insert(
            lang.clone(),
            HelpText {
                file: origin.file,
                blocks,
            },
        );
    }
    (out, diagnostics)
}

/// Points every part of `blocks` at `at`.
fn respan(blocks: &mut [Block], at: &Range<usize>) {
    for block in blocks.iter_mut() {
        if let Block::List(list) = block {
            list.span = at.clone();
            list.items.iter_mut().for_each(|i| respan(i, at));
        }
    }
    visit_blocks_mut(blocks, &mut |text| {
        text.span = at.clone();
        respan_inlines(&mut text.inlines, at);
    });
}

fn respan_inlines(inlines: &mut [Inline], at: &Range<usize>) {
    for inline in inlines {
        match inline {
            Inline::Link(link) => {
                link.span = at.clone();
                respan_inlines(&mut link.children, at);
            }
            Inline::Picture(p) => p.span = at.clone(),
            Inline::Strong(c) | Inline::Emphasis(c) => respan_inlines(c, at),
            _ => {}
        }
    }
}
