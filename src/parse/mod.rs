//! Stage 2: each guide's Markdown file to a typed [`Guide`].
//!
//! Front matter (TOML between `+++` lines) becomes [`crate::document::Meta`]; the body goes
//! through pulldown-cmark's events with byte offsets (`markdown`), then the easy-read
//! conventions (`blocks`). Guides are parsed in parallel and independently, so one broken
//! guide never hides another's problems and a watcher can re-parse only the guide that changed.

mod blocks;
mod front_matter;
mod help;
pub mod links;
pub mod markdown;
mod nesting;

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics, SourceMap};
use crate::document::{Guide, Meta};
use crate::lang::Lang;
use crate::load::{GuideSource, Sources};

pub use crate::slug::slugify;
pub use blocks::{RESERVED_IDS, step_id};
pub use front_matter::SCHEMA as FRONT_MATTER;
pub use help::{help, help_text};

/// Parses every guide file. Guides with errors are left out of the result; their
/// diagnostics say why.
pub fn parse(sources: &Sources) -> (Vec<Guide>, Diagnostics) {
    let results: Vec<_> = sources
        .guides
        .par_iter()
        .map(|g| guide(g, sources))
        .collect();
    let mut guides = Vec::new();
    let mut diagnostics = Diagnostics::new();
    for (guide, found) in results {
        guides.extend(guide);
        diagnostics.extend(found);
    }
    (guides, diagnostics)
}

/// Parses one guide file, with the entries of the site's glossary it uses, and without the
/// passages for nations the site does not serve: the unit of work of this stage. It reads the
/// file, the guide's picture names, and the site's language, nations and glossary, and
/// nothing else.
pub fn guide(source: &GuideSource, sources: &Sources) -> (Option<Guide>, Vec<Diagnostic>) {
    let (mut guide, found) = parse_guide(source, &sources.map, &sources.config.language);
    if let Some(guide) = &mut guide {
        crate::document::keep_passages_for(&mut guide.body, &sources.config.nations);
        // The site's glossary is in the site's language: a guide translated as a whole
        // explains its hard words in its own front matter, not with English ones.
        if source.lang.is_none() {
            add_site_glossary(guide, &sources.config);
        }
        guide.number_pieces();
    }
    (guide, found)
}

/// Adds the site's glossary entries a guide uses and does not define itself.
fn add_site_glossary(guide: &mut Guide, config: &crate::config::Config) {
    for def in &config.glossary {
        let defined = guide
            .meta
            .glossary
            .iter()
            .any(|e| e.term.to_plain().to_lowercase() == def.term.to_lowercase());
        if defined || !crate::glossary::is_used(guide, &def.term) {
            continue;
        }
        guide.meta.glossary.push(crate::document::GlossaryEntry {
            term: crate::document::Text::plain(&def.term, def.term_span.clone()),
            explanation: crate::document::Text::plain(
                &def.explanation,
                def.explanation_span.clone(),
            ),
            file: Some(config.file),
        });
    }
}

/// Parses one guide file. Returns the guide (with stand-in front matter when its own is
/// unusable, so the body is still checked) and every problem found in front matter and body
/// alike.
pub fn parse_guide(
    source: &GuideSource,
    map: &SourceMap,
    site_lang: &Lang,
) -> (Option<Guide>, Vec<Diagnostic>) {
    let text = map.get(source.file).text();
    let mut diagnostics = Vec::new();
    let (meta, body_start) = match front_matter::split(source.file, text) {
        Ok(split) => {
            let meta = front_matter::parse(source.file, text, &split)
                .map_err(|e| diagnostics.extend(e))
                .ok();
            (meta, split.body_start)
        }
        Err(d) => {
            diagnostics.push(d);
            (None, 0)
        }
    };
    let ctx = markdown::Context {
        file: source.file,
        base: body_start,
        pictures: &source.pictures,
    };
    let (nodes, found) = markdown::parse(&text[body_start..], &ctx);
    diagnostics.extend(found);
    let body = blocks::to_blocks(nodes, source.file, &mut diagnostics);
    let stand_in = meta.is_none();
    let guide = Guide {
        meta: meta.unwrap_or_else(|| Meta::stand_in(&source.slug)),
        slug: source.slug.clone(),
        lang: source.lang.clone().unwrap_or_else(|| site_lang.clone()),
        file: source.file,
        body,
        stand_in,
    };
    (Some(guide), diagnostics)
}

#[cfg(test)]
mod tests;
