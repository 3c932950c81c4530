//! Links between guides and to parts of guides, checked on the parsed guides so each
//! finding points at the Markdown line that has the link.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::document::{Block, Guide, Target};
use crate::lang::Lang;
use crate::parse::step_id;

/// Every id a reader can link to on a guide page: headings, steps and the theme's parts.
pub fn anchors(guide: &Guide) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = ["main", "title", "summary", "facts"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    if !guide.meta.you_need.is_empty() {
        ids.insert("you-need".into());
    }
    if !guide.meta.sources.is_empty() {
        ids.insert("sources".into());
    }
    ids.extend((1..=guide.step_count()).map(step_id));
    collect_heading_ids(&guide.body, &mut ids);
    ids
}

fn collect_heading_ids(blocks: &[Block], ids: &mut BTreeSet<String>) {
    for block in blocks {
        match block {
            Block::Heading(h) => {
                ids.insert(h.id.clone());
            }
            Block::Steps(steps) => steps.iter().for_each(|s| collect_heading_ids(&s.body, ids)),
            Block::PictureList(items) => {
                items.iter().for_each(|i| collect_heading_ids(&i.body, ids))
            }
            Block::Nations(p) => collect_heading_ids(&p.body, ids),
            Block::List(l) => l.items.iter().for_each(|i| collect_heading_ids(i, ids)),
            Block::Alert(a) => collect_heading_ids(&a.body, ids),
            Block::Advice(a) => collect_heading_ids(&a.body, ids),
            Block::Quote(q) | Block::Helper(q) => collect_heading_ids(&q.body, ids),
            _ => {}
        }
    }
}

/// Checks every link to another guide, or to a part of a guide, in the parsed guides.
pub fn check(guides: &[&Guide], source_lang: &Lang) -> Diagnostics {
    // Links are checked against the guide in the page's language when it has a whole-guide
    // translation (its headings have their own ids), else against the source guide.
    let by_slug: BTreeMap<&str, &Guide> = guides
        .iter()
        .filter(|g| &g.lang == source_lang)
        .map(|g| (g.slug.as_str(), *g))
        .collect();
    let ids: BTreeMap<(&str, &str), BTreeSet<String>> = guides
        .iter()
        .map(|g| ((g.slug.as_str(), g.lang.as_str()), anchors(g)))
        .collect();
    let mut diagnostics = Diagnostics::new();
    for guide in guides {
        for link in guide.links() {
            let (slug, anchor) = match &link.target {
                Target::Guide { slug, anchor } => (slug.as_str(), anchor.as_deref()),
                Target::Anchor(anchor) => (guide.slug.as_str(), Some(anchor.as_str())),
                Target::External(_) => continue,
            };
            if !by_slug.contains_key(slug) {
                let close = did_you_mean(slug, by_slug.keys().copied());
                let d =
                    Diagnostic::error("broken-link", format!("there is no guide called `{slug}`"))
                        .at(guide.file, link.span.clone())
                        .label("this link goes nowhere");
                diagnostics.push(match close {
                    Some(c) => d.help(format!("did you mean ../{c}/ ?")),
                    None => d.help(
                        "link to a guide by its folder name under content/, e.g. ../nhs-app/",
                    ),
                });
                continue;
            }
            let Some(anchor) = anchor else { continue };
            let target_ids = ids.get(&(slug, guide.lang.as_str())).or_else(|| {
                by_slug
                    .get(slug)
                    .and_then(|g| ids.get(&(slug, g.lang.as_str())))
            });
            if let Some(target_ids) = target_ids
                && !target_ids.contains(anchor)
            {
                let close = did_you_mean(anchor, target_ids.iter().map(String::as_str));
                let d = Diagnostic::error(
                    "broken-link",
                    format!("the guide `{slug}` has no part called `#{anchor}`"),
                )
                .at(guide.file, link.span.clone())
                .label("this part does not exist");
                diagnostics.push(match close {
                    Some(c) => d.help(format!("did you mean #{c}?")),
                    None => d.help("link to a heading by its words in lower case with hyphens (#what-you-need), or to a step as #step-2"),
                });
            }
        }
    }
    diagnostics
}
