//! Which picture files the pages show, and how.
//!
//! Takes the per-language guides and the guides' picture files; produces one [`Source`] per
//! picture file some page shows (with every width any use of it needs, and the Markdown
//! line of its first use, for messages) and the [`Key`] each use on each page resolves to.
//! A file `images/<name>.<lang>.<ext>` replaces `images/<name>.<ext>` on that language's
//! pages, so a picture with words in it can be shown in the reader's language.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::PathBuf;

use crate::config::Pictures;
use crate::diag::FileId;
use crate::document::{Block, Guide, Picture};
use crate::lang::Lang;
use crate::load::GuideSource;
use crate::translate::Site;

/// How the theme shows a picture, which decides the widths made of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// Beside the words of a step (`.step-picture`).
    Step,
    /// On its own, or inside a line of text (`.picture`).
    Figure,
}

/// Where a picture is written in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The Markdown file.
    pub file: FileId,
    /// The `![...](...)` in it.
    pub span: Range<usize>,
}

impl Place {
    fn order(&self) -> (FileId, usize, usize) {
        (self.file, self.span.start, self.span.end)
    }
}

/// One picture file some page shows.
#[derive(Debug, Clone)]
pub struct Source {
    /// The guide whose `images/` folder holds it.
    pub slug: String,
    /// Its path inside the guide folder (`images/phone.cy.png`).
    pub name: String,
    /// The file on disk.
    pub path: PathBuf,
    /// Every width (in pixels) some use of it asks for, before the source's own width caps them.
    pub widths: BTreeSet<u32>,
    /// The first place it is used, where messages about the file point.
    pub first_use: Place,
}

/// What a page asks for: a guide's picture as written, on a page of a language.
pub type Key = (Lang, String, String);

/// The picture files to prepare, and which one each written picture shows per language.
#[derive(Debug, Default)]
pub struct Uses {
    /// The files, by (slug, name), so each is prepared once.
    pub sources: BTreeMap<(String, String), Source>,
    /// (page language, slug, address as written) → (slug, name) of the file shown.
    pub resolved: BTreeMap<Key, (String, String)>,
}

/// Finds every picture the site's pages show.
pub fn collect(site: &Site, guides: &[GuideSource], config: &Pictures) -> Uses {
    let mut uses = Uses::default();
    // Every file of a guide folder lists the same pictures; the first (index.md) stands for
    // the folder.
    let mut folders: BTreeMap<&str, &GuideSource> = BTreeMap::new();
    for g in guides {
        folders.entry(g.slug.as_str()).or_insert(g);
    }
    for page in site.guides.values().flatten() {
        let guide = &page.guide;
        let Some(source) = folders.get(guide.slug.as_str()) else {
            continue;
        };
        let steps = step_spans(&guide.body);
        for picture in guide.pictures() {
            let role = if steps.contains(&(picture.span.start, picture.span.end)) {
                Role::Step
            } else {
                Role::Figure
            };
            uses.add(guide, &page.lang, source, picture, role, config);
        }
    }
    uses
}

impl Uses {
    fn add(
        &mut self,
        guide: &Guide,
        lang: &Lang,
        source: &GuideSource,
        picture: &Picture,
        role: Role,
        config: &Pictures,
    ) {
        let name = localised(&picture.src, lang, &source.pictures);
        let id = (guide.slug.clone(), name.clone());
        let place = Place {
            file: guide.file,
            span: picture.span.clone(),
        };
        let entry = self.sources.entry(id.clone()).or_insert_with(|| Source {
            slug: guide.slug.clone(),
            name: name.clone(),
            path: source.dir.join(&name),
            widths: BTreeSet::new(),
            first_use: place.clone(),
        });
        entry.widths.extend(match role {
            Role::Step => &config.step_widths,
            Role::Figure => &config.figure_widths,
        });
        if place.order() < entry.first_use.order() {
            entry.first_use = place;
        }
        let key = (lang.clone(), guide.slug.clone(), picture.src.clone());
        self.resolved.insert(key, id);
    }
}

/// `images/phone.png` on a Welsh page is `images/phone.cy.png` when that file exists.
pub fn localised(src: &str, lang: &Lang, files: &[String]) -> String {
    let normal = src.trim().trim_start_matches("./");
    let (dir, file) = normal.rsplit_once('/').unwrap_or(("", normal));
    if let Some((stem, ext)) = file.rsplit_once('.') {
        let candidate = if dir.is_empty() {
            format!("{stem}.{lang}.{ext}")
        } else {
            format!("{dir}/{stem}.{lang}.{ext}")
        };
        if files.contains(&candidate) {
            return candidate;
        }
    }
    normal.to_owned()
}

/// The spans of every picture shown beside words (steps, picture lists, callouts).
fn step_spans(blocks: &[Block]) -> BTreeSet<(usize, usize)> {
    crate::document::pictures_beside_words(blocks)
        .into_iter()
        .map(|p| (p.span.start, p.span.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_for_the_page_language_replaces_the_shared_one() {
        let files = vec![
            "images/phone.png".to_owned(),
            "images/phone.cy.png".to_owned(),
        ];
        let cy = Lang::parse("cy").unwrap();
        let en = Lang::parse("en").unwrap();
        assert_eq!(
            localised("images/phone.png", &cy, &files),
            "images/phone.cy.png"
        );
        assert_eq!(
            localised("./images/phone.png", &en, &files),
            "images/phone.png"
        );
    }
}
