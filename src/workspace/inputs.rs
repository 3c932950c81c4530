//! What each unit of work reads, as memo keys.
//!
//! Each stage declares its inputs here, and only here:
//!
//! | unit | key |
//! |---|---|
//! | parsed guide (per file) | the file's text and path, its guide folder's picture names, the site's language, nations and glossary |
//! | message ids (per guide) | the parsed source guide, and the text of every language's message file of the guide |
//! | localised guide (per language, guide) | the parsed source guide, its message ids, the language, its whole-guide translation (parsed), the language's message file |
//! | reading level (per language, guide) | the localised guide, `site.toml`, the plain-words lists |
//! | page (per target, page) | the target and page, `site.toml`, the templates, the output folder's name, the stylesheet's name, and what the target declares ([`Input`]) |
//!
//! A page's declared inputs resolve to the keys of the units they name: a guide page to its
//! localised guide and its pictures; a guide list to the localised guides it lists, in order;
//! the interface words of a language to its `ui.ftl` files (and those of the languages it
//! falls back to).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::key::{Key, KeyBuilder};
use crate::assets::Assets;
use crate::assets::process::Prepared;
use crate::document::Guide;
use crate::lang::Lang;
use crate::load::{GuideSource, Sources};
use crate::render::PageId;
use crate::render::targets::{Input, Target};
use crate::translate::messages::Pieces;
use crate::translate::{MessageFiles, Site};

/// The keys of one build's units, filled in stage by stage.
pub struct Inputs<'s> {
    sources: &'s Sources,
    /// Every page reads these: `site.toml`, the templates, the output folder's name.
    common: Key,
    parsed: HashMap<(Lang, String), Key>,
    localised: HashMap<(Lang, String), Key>,
    ui: HashMap<Lang, Key>,
    pictures: HashMap<String, Key>,
    stylesheet: String,
    plain_words: Key,
}

impl<'s> Inputs<'s> {
    /// The keys every unit of a build of `sources` into `output` shares.
    pub fn new(sources: &'s Sources, output: &Path) -> Self {
        let map = &sources.map;
        let mut common = KeyBuilder::new("common");
        common.bytes(map.get(sources.config.file).digest());
        for (name, file) in &sources.theme.templates {
            common.str(name).bytes(map.get(*file).digest());
        }
        common.str(&output.to_string_lossy());
        let mut plain_words = KeyBuilder::new("plain-words");
        for list in &sources.plain_words {
            plain_words
                .str(list.lang.as_str())
                .bytes(map.get(list.file).digest());
        }
        Inputs {
            sources,
            common: common.finish(),
            parsed: HashMap::new(),
            localised: HashMap::new(),
            ui: ui_keys(sources),
            pictures: HashMap::new(),
            stylesheet: String::new(),
            plain_words: plain_words.finish(),
        }
    }

    /// A guide file's parse.
    pub fn parse_key(&self, source: &GuideSource) -> Key {
        let config = &self.sources.config;
        let file = self.sources.map.get(source.file);
        let mut k = KeyBuilder::new("parse");
        k.str(file.display_path()).bytes(file.digest());
        k.str(&source.slug)
            .str(source.lang.as_ref().map_or("", Lang::as_str));
        for picture in &source.pictures {
            k.str(picture);
        }
        k.str(config.language.as_str())
            .debug(&config.nations)
            .debug(&config.glossary)
            .debug(&config.file);
        k.finish()
    }

    /// Records a parsed guide's key, for the units that read it.
    pub fn parsed(&mut self, lang: &Lang, slug: &str, key: Key) {
        self.parsed.insert((lang.clone(), slug.to_owned()), key);
    }

    fn parsed_key(&self, lang: &Lang, slug: &str) -> Key {
        let id = (lang.clone(), slug.to_owned());
        self.parsed.get(&id).copied().unwrap_or_default()
    }

    /// A guide's message ids.
    pub fn pieces_key(&self, original: &Guide, files: &MessageFiles) -> Key {
        let mut k = KeyBuilder::new("pieces");
        k.key(&self.parsed_key(&original.lang, &original.slug));
        for locale in files.of(&original.slug) {
            k.str(locale.lang.as_str())
                .bytes(self.sources.map.get(locale.file).digest());
        }
        k.finish()
    }

    /// One guide in one language.
    pub fn localise_key(
        &self,
        original: &Guide,
        pieces: &Pieces,
        lang: &Lang,
        whole: Option<&Arc<Guide>>,
        files: &MessageFiles,
    ) -> Key {
        let mut k = KeyBuilder::new("localise");
        k.key(&self.parsed_key(&original.lang, &original.slug));
        for piece in &pieces.list {
            k.str(&piece.id)
                .str(&piece.value)
                .str(piece.was.as_deref().unwrap_or("\u{0}"));
        }
        pieces.gone.iter().for_each(|g| {
            k.str(g);
        });
        k.str(lang.as_str());
        match whole {
            Some(g) => k.key(&self.parsed_key(&g.lang, &g.slug)),
            None => k.str("-"),
        };
        match files.of(&original.slug).find(|l| &l.lang == lang) {
            Some(locale) => k.bytes(self.sources.map.get(locale.file).digest()),
            None => k.str("-"),
        };
        k.finish()
    }

    /// Records a localised guide's key, for the units that read it.
    pub fn localised(&mut self, id: &(Lang, String), key: Key) {
        self.localised.insert(id.clone(), key);
    }

    /// A guide version's reading level.
    pub fn score_key(&self, id: &(Lang, String)) -> Key {
        let mut k = KeyBuilder::new("score");
        k.key(&self.localised.get(id).copied().unwrap_or_default())
            .key(&self.common)
            .key(&self.plain_words);
        k.finish()
    }

    /// Records what the pages show of the prepared assets: each guide's pictures, and the
    /// stylesheet's name.
    pub fn add_assets(&mut self, assets: &Assets) {
        let mut by_slug: HashMap<&str, KeyBuilder> = HashMap::new();
        for ((lang, slug, src), prepared) in assets.resolved() {
            let k = by_slug
                .entry(slug.as_str())
                .or_insert_with(|| KeyBuilder::new("pictures"));
            k.str(lang.as_str()).str(src);
            describe(k, prepared);
        }
        self.pictures = by_slug
            .into_iter()
            .map(|(slug, k)| (slug.to_owned(), k.finish()))
            .collect();
        self.stylesheet = assets.stylesheet.clone();
    }

    /// A page of a target.
    pub fn page_key(&self, target: &dyn Target, page: &PageId, site: &Site) -> Key {
        let mut k = KeyBuilder::new("page");
        k.str(target.name())
            .debug(page)
            .key(&self.common)
            .str(&self.stylesheet);
        for input in target.inputs(page, site) {
            self.input(&mut k, &input, site);
        }
        k.finish()
    }

    fn input(&self, k: &mut KeyBuilder, input: &Input, site: &Site) {
        let localised = |lang: &Lang, slug: &str| {
            let id = (lang.clone(), slug.to_owned());
            self.localised.get(&id).copied().unwrap_or_default()
        };
        k.debug(input);
        match input {
            Input::Guide { lang, slug } => {
                k.key(&localised(lang, slug));
                k.key(&self.pictures.get(slug).copied().unwrap_or_default());
            }
            Input::Catalogue(lang) => {
                for guide in site.guides_in(lang) {
                    k.str(guide.slug()).key(&localised(lang, guide.slug()));
                }
            }
            Input::Ui(lang) => {
                k.key(&self.ui.get(lang).copied().unwrap_or_default());
            }
            Input::Languages => {
                for lang in &site.languages {
                    k.str(lang.as_str());
                    for guide in site.guides_in(lang) {
                        k.str(guide.slug());
                    }
                }
            }
            // The help text is in `site.toml`, which every page reads.
            Input::Help => {}
        }
    }
}

/// Per language, the key of its interface words: its own `ui.ftl` files and those of the
/// languages a missing message falls back to (the site's, then English).
fn ui_keys(sources: &Sources) -> HashMap<Lang, Key> {
    let files: Vec<_> = sources
        .theme
        .locales
        .iter()
        .chain(&sources.locales)
        .filter(|l| l.name == crate::translate::ui::UI_FILE)
        .collect();
    let english = Lang::parse("en").expect("valid tag");
    let source = &sources.config.language;
    sources
        .config
        .languages
        .iter()
        .map(|lang| {
            let mut k = KeyBuilder::new("ui");
            for l in files
                .iter()
                .filter(|l| &l.lang == lang || &l.lang == source || l.lang == english)
            {
                k.str(l.lang.as_str())
                    .bytes(sources.map.get(l.file).digest());
            }
            (lang.clone(), k.finish())
        })
        .collect()
}

/// What a page shows of a prepared picture: its files' names (which hold a hash of their
/// bytes) and sizes.
fn describe(k: &mut KeyBuilder, prepared: Option<&Prepared>) {
    match prepared {
        None => {
            k.str("failed");
        }
        Some(Prepared::Svg {
            width,
            height,
            output,
            ..
        }) => {
            k.str(output).num(u64::from(*width)).num(u64::from(*height));
        }
        Some(Prepared::Raster {
            width,
            height,
            variants,
            ..
        }) => {
            k.num(u64::from(*width)).num(u64::from(*height));
            for v in variants {
                k.str(&v.output).debug(&v.size);
            }
        }
    }
}
