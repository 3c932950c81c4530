//! Stage 3: one guide per published language.
//!
//! Takes the parsed guides (source language and whole-guide translations) and the site's
//! languages; produces a [`Site`] with, for every language, every guide: its whole-guide
//! translation when there is one, else the source guide with every piece marked as being in
//! the source language (so the page says `lang="en"` around words it shows untranslated).

pub mod ui;

use std::collections::BTreeMap;

use crate::diag::{Diagnostic, Diagnostics};
use crate::document::Guide;
use crate::lang::Lang;
use crate::load::Sources;

pub use ui::Ui;

/// The guides of every language, ready to render.
#[derive(Debug)]
pub struct Site {
    /// The published languages, source language first.
    pub languages: Vec<Lang>,
    /// Per language, its guides, sorted for lists (order, then title, then slug).
    pub guides: BTreeMap<Lang, Vec<Guide>>,
    /// Interface words.
    pub ui: std::sync::Arc<Ui>,
}

impl Site {
    /// The guides of one language.
    pub fn guides_in(&self, lang: &Lang) -> &[Guide] {
        self.guides.get(lang).map_or(&[], Vec::as_slice)
    }

    /// The site's source language.
    pub fn source_language(&self) -> &Lang {
        &self.languages[0]
    }
}

/// Builds the per-language guides.
pub fn translate(sources: &Sources, parsed: Vec<Guide>) -> (Site, Diagnostics) {
    let config = &sources.config;
    let (ui, mut diagnostics) = Ui::new(
        &sources.theme.locales,
        &sources.locales,
        &sources.map,
        &config.language,
    );
    let languages = config.languages.clone();
    let (originals, translations): (Vec<Guide>, Vec<Guide>) =
        parsed.into_iter().partition(|g| g.lang == config.language);
    let mut whole: BTreeMap<(Lang, String), Guide> = BTreeMap::new();
    for guide in translations {
        if !languages.contains(&guide.lang) {
            diagnostics.push(unpublished(sources, &guide));
            continue;
        }
        whole.insert((guide.lang.clone(), guide.slug.clone()), guide);
    }
    let mut guides = BTreeMap::new();
    for lang in &languages {
        let mut list: Vec<Guide> = originals
            .iter()
            .map(|original| {
                whole
                    .remove(&(lang.clone(), original.slug.clone()))
                    .unwrap_or_else(|| fallback(original, lang))
            })
            .collect();
        sort_for_lists(&mut list);
        guides.insert(lang.clone(), list);
    }
    (
        Site {
            languages,
            guides,
            ui: std::sync::Arc::new(ui),
        },
        diagnostics,
    )
}

/// The source guide shown on a `lang` page: every piece keeps its source language.
fn fallback(original: &Guide, lang: &Lang) -> Guide {
    let mut guide = original.clone();
    if lang != &original.lang {
        let source = original.lang.clone();
        guide.for_each_text_mut(&mut |t| {
            t.lang.get_or_insert_with(|| source.clone());
        });
        guide.lang = lang.clone();
    }
    guide
}

fn sort_for_lists(guides: &mut [Guide]) {
    guides.sort_by(|a, b| {
        (
            a.meta.order,
            a.meta.title.to_plain().to_lowercase(),
            &a.slug,
        )
            .cmp(&(
                b.meta.order,
                b.meta.title.to_plain().to_lowercase(),
                &b.slug,
            ))
    });
}

fn unpublished(sources: &Sources, guide: &Guide) -> Diagnostic {
    let path = sources.map.get(guide.file).display_path().to_owned();
    Diagnostic::warning(
        "unpublished-translation",
        format!("this {} translation is not published", guide.lang.autonym()),
    )
    .at_path(path)
    .note(format!(
        "`{}` is not one of the site's languages",
        guide.lang
    ))
    .help(format!(
        "add \"{}\" to `languages` in site.toml to publish it",
        guide.lang
    ))
}
