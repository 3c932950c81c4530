//! Links between guides and to parts of guides, checked on the parsed guides so each
//! finding points at the Markdown line that has the link.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, Diagnostics, did_you_mean};
use crate::document::{Guide, Target};
use crate::lang::Lang;

pub use crate::document::anchors;

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
    for guide in guides.iter().filter(|g| &g.lang == source_lang) {
        translation_parts(guide, guides, &ids, &mut diagnostics);
    }
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

/// A source guide's link to a part of another guide is shown, on each language's page made
/// from the source, as a link to that language's page. Where that page is a whole-guide
/// translation without the part (fewer steps, a heading worded apart), the finding is the
/// translation's: it differs from the source there. The link goes to the top of the guide
/// until then (see [`crate::translate::Site::has_part`]), so no reader meets a broken link.
fn translation_parts(
    guide: &Guide,
    guides: &[&Guide],
    ids: &BTreeMap<(&str, &str), BTreeSet<String>>,
    diagnostics: &mut Diagnostics,
) {
    let whole_in =
        |slug: &str, lang: &Lang| guides.iter().any(|g| g.slug == slug && &g.lang == lang);
    for link in guide.links() {
        let Target::Guide {
            slug,
            anchor: Some(anchor),
        } = &link.target
        else {
            continue;
        };
        for translation in guides
            .iter()
            .filter(|t| &t.slug == slug && t.lang != guide.lang)
        {
            let has = ids
                .get(&(slug.as_str(), translation.lang.as_str()))
                .is_some_and(|ids| ids.contains(anchor));
            // The linking guide's own translation into that language has its own links,
            // checked against this translation above.
            if has || whole_in(&guide.slug, &translation.lang) {
                continue;
            }
            let title = &translation.meta.title;
            diagnostics.push(
                Diagnostic::warning(
                    "translation-part-missing",
                    format!(
                        "this translation of `{slug}` has no part called `#{anchor}`, which the guide `{}` links to",
                        guide.slug
                    ),
                )
                .at(translation.file, title.span.clone())
                .label(format!("no #{anchor} in this translation"))
                .also(
                    crate::diag::Location::Span {
                        file: guide.file,
                        range: link.span.clone(),
                    },
                    "linked to here",
                )
                .note(format!(
                    "on the {} pages the link goes to the top of this guide until then",
                    translation.lang
                ))
                .help(format!(
                    "give the translation the same steps and headings as the source guide (a heading keeps the source's id when it ends with {{#{anchor}}})"
                )),
            );
        }
    }
}
