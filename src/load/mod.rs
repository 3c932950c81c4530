//! Stage 1: read the site from disk into memory, sorted, so later stages never touch the disk
//! for text and every text file has a [`FileId`] diagnostics can point into.
//!
//! Takes a site root; produces [`Sources`]: the validated config, every guide's Markdown file
//! (`content/<slug>/index.md` and whole-guide translations `index.<lang>.md`), the pictures
//! beside them, every `.ftl` file under `locales/`, and the theme's templates and static files.
//! Nothing outside the site folder is read, even through a link, and no text file is parsed
//! before it is known to be within the `[limits]` ([`walk`]).

mod theme;
mod walk;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::{self, Config, Limits};
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::slug::is_valid_slug;

pub use theme::{StaticFile, StaticSource, Theme};
pub use walk::Site;

/// Everything a build reads, in memory and in a stable order.
#[derive(Debug)]
pub struct Sources {
    /// Every text file read, for diagnostics.
    pub map: SourceMap,
    /// The site configuration.
    pub config: Config,
    /// The guides, sorted by slug, then source language first, then by language.
    pub guides: Vec<GuideSource>,
    /// Every `locales/<lang>/<name>.ftl` file, sorted by language then name.
    pub locales: Vec<LocaleFile>,
    /// The theme: templates and static files, site overrides applied.
    pub theme: Theme,
    /// Every `locales/<lang>/plain-words.toml` (name `plain-words`), sorted by language.
    pub plain_words: Vec<LocaleFile>,
}

/// One Markdown file of a guide.
#[derive(Debug, Clone)]
pub struct GuideSource {
    /// The guide's folder name.
    pub slug: String,
    /// The guide's folder.
    pub dir: PathBuf,
    /// The Markdown file.
    pub file: FileId,
    /// `None` for `index.md` (the site's language), `Some` for `index.<lang>.md`.
    pub lang: Option<Lang>,
    /// Files under the guide's `images/` folder, relative to the guide folder, `/`-separated.
    pub pictures: Vec<String>,
}

/// One Fluent file under `locales/`.
#[derive(Debug, Clone)]
pub struct LocaleFile {
    /// The language folder it is in.
    pub lang: Lang,
    /// The file name without `.ftl` (`ui`, or a guide's slug).
    pub name: String,
    /// The file.
    pub file: FileId,
}

/// Reads the site at `root`. Problems in the sources come back as diagnostics; only a missing
/// site or an unreadable disk is an [`Error`].
pub fn load(root: &Path) -> Result<(Sources, Diagnostics)> {
    load_into(root, SourceMap::new())
}

/// [`load`], reading into a source map kept from an earlier load: files keep their ids.
pub fn load_into(root: &Path, map: SourceMap) -> Result<(Sources, Diagnostics)> {
    let config_path = root.join(config::FILE_NAME);
    if !config_path.is_file() {
        return Err(Error::NotASite(root.to_path_buf()));
    }
    let site = Site::new(root);
    let mut map = map;
    let mut diagnostics = Diagnostics::new();
    let config_file = read_config(&site, &mut map, &config_path)?;
    let parsed = config::parse(root, config_file, &map);
    let config_ok = parsed.is_ok();
    let config = parsed.unwrap_or_else(|errors| {
        diagnostics.extend(errors);
        Config::fallback(root, config_file)
    });
    diagnostics.extend(config.warnings.iter().cloned());
    let limits = config.limits;
    let guides = load_guides(&mut map, &site, &config, &mut diagnostics);
    // With fallback settings every language would look unpublished.
    let published = config_ok.then_some(config.languages.as_slice());
    let locales = load_locales(&mut map, &site, &config.limits, published, &mut diagnostics);
    let theme = theme::load(&mut map, &site, &config.theme, &limits, &mut diagnostics);
    let plain_words = load_plain_words(&mut map, &site, &limits, &mut diagnostics);
    let sources = Sources {
        map,
        config,
        guides,
        locales,
        theme,
        plain_words,
    };
    Ok((sources, diagnostics))
}

/// Reads `site.toml` with the default limits (its own are not known yet). A `site.toml`
/// that cannot be read stops everything, as there is no site without it.
fn read_config(site: &Site, map: &mut SourceMap, path: &Path) -> Result<FileId> {
    let mut found = Diagnostics::new();
    if !site.allowed(path, &mut found) {
        let d = found.as_slice().first();
        return Err(Error::Usage {
            message: d.map_or_else(
                || format!("{} cannot be read", path.display()),
                |d| d.message.clone(),
            ),
            help: d.and_then(|d| d.help.clone()).unwrap_or_default(),
        });
    }
    site.read_text(map, path, &Limits::default(), false)
        .map_err(|d| Error::Usage {
            message: format!("{}: {}", path.display(), d.message),
            help: d.help.unwrap_or_default(),
        })
}

/// A path relative to the site root with `/` separators, for messages.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let shown = relative
        .components()
        .filter(|c| !matches!(c, std::path::Component::RootDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    // An absolute path keeps its one leading `/` (its root is not a name to join).
    match relative.has_root() {
        true => format!("/{shown}"),
        false => shown,
    }
}

/// Files editors and operating systems leave behind, never part of a site.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
        || name.starts_with("#")
        || name == "Thumbs.db"
}

fn load_guides(
    map: &mut SourceMap,
    site: &Site,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Vec<GuideSource> {
    let content = config.content_dir();
    let root = &config.root;
    if std::fs::symlink_metadata(&content).is_err() {
        diagnostics.push(
            Diagnostic::warning(
                "no-content",
                "the site has no content/ folder, so no guides",
            )
            .at_path("content")
            .help("create content/<guide-name>/index.md, or run `easyguide new guide NAME`"),
        );
        return Vec::new();
    }
    if !site.allowed(&content, diagnostics) {
        return Vec::new();
    }
    let mut guides = Vec::new();
    for entry in site.entries(&content, 1, diagnostics) {
        let path = entry.path();
        if !entry.file_type().is_dir() {
            diagnostics.push(stray_content_file(root, path));
            continue;
        }
        let slug = entry.file_name().to_string_lossy().into_owned();
        if !is_valid_slug(&slug) {
            diagnostics.push(bad_slug(root, path, &slug));
            continue;
        }
        if crate::slug::RESERVED_SLUGS.contains(&slug.as_str()) {
            diagnostics.push(reserved_slug(root, path, &slug));
            continue;
        }
        guides.extend(load_guide(map, site, config, path, &slug, diagnostics));
    }
    guides.sort_by(|a, b| (&a.slug, &a.lang).cmp(&(&b.slug, &b.lang)));
    guides
}

fn load_guide(
    map: &mut SourceMap,
    site: &Site,
    config: &Config,
    dir: &Path,
    slug: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<GuideSource> {
    let root = &config.root;
    let pictures = list_pictures(site, root, dir, &config.limits, diagnostics);
    let mut found = Vec::new();
    let mut has_index = false;
    let entries = site.entries(dir, 1, diagnostics);
    for entry in entries.iter().filter(|e| e.file_type().is_file()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(lang) = guide_file_lang(&name) else {
            if name.ends_with(".md") {
                diagnostics.push(stray_markdown(root, entry.path()));
            }
            continue;
        };
        let lang = match lang {
            None => None,
            Some(tag) => match Lang::parse(tag) {
                Some(lang) if lang == config.language => {
                    diagnostics.push(translation_in_site_language(root, entry.path(), &lang));
                    continue;
                }
                Some(lang) => Some(lang),
                None => {
                    diagnostics.push(bad_translation_name(root, entry.path(), tag));
                    continue;
                }
            },
        };
        has_index |= lang.is_none();
        match site.read_text(map, entry.path(), &config.limits, true) {
            Ok(file) => found.push(GuideSource {
                slug: slug.to_owned(),
                dir: dir.to_path_buf(),
                file,
                lang,
                pictures: pictures.clone(),
            }),
            Err(d) => diagnostics.push(d),
        }
    }
    if !has_index {
        diagnostics.push(
            Diagnostic::error(
                "missing-index",
                format!("the guide folder `{slug}` has no index.md"),
            )
            .at_path(display_path(root, dir))
            .note("every guide is written first in the site's language, in index.md")
            .help(format!(
                "create content/{slug}/index.md, or remove the folder"
            )),
        );
    }
    found
}

/// `Some(None)` for `index.md`, `Some(Some("cy"))` for `index.cy.md`, `None` for other files.
fn guide_file_lang(name: &str) -> Option<Option<&str>> {
    if name == "index.md" {
        return Some(None);
    }
    let tag = name.strip_prefix("index.")?.strip_suffix(".md")?;
    Some(Some(tag))
}

/// The guide's picture files, as `images/…` paths. More than the limit allows, or two names
/// that differ only in capitals, are reported.
fn list_pictures(
    site: &Site,
    root: &Path,
    dir: &Path,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) -> Vec<String> {
    let images = dir.join("images");
    if !site.allowed(&images, diagnostics) || !images.is_dir() {
        return Vec::new();
    }
    let mut pictures: Vec<String> = site
        .entries(&images, 8, diagnostics)
        .into_iter()
        .filter(|e| e.file_type().is_file())
        .map(|e| display_path(dir, e.path()))
        .collect();
    let mut folded: BTreeMap<String, &str> = BTreeMap::new();
    for name in &pictures {
        if let Some(other) = folded.insert(name.to_lowercase(), name) {
            diagnostics.push(
                Diagnostic::error(
                    "case-clash",
                    format!("`{other}` and `{name}` differ only in capital letters"),
                )
                .at_path(display_path(root, &dir.join(name)))
                .note("on Windows and macOS, and on most USB sticks, the two would be one file, so pages could show the wrong picture")
                .help("rename one of them"),
            );
        }
    }
    if pictures.len() > limits.pictures {
        diagnostics.push(
            Diagnostic::error(
                "too-many-pictures",
                format!(
                    "this folder has {} pictures, more than the {} a guide may have",
                    pictures.len(),
                    limits.pictures
                ),
            )
            .at_path(display_path(root, &images))
            .note("an easy-read guide has a picture for each step; this many is almost always a mistake, and each one costs work on every build")
            .help("remove the pictures no step uses, split the guide, or raise `max_pictures` under [limits] in site.toml"),
        );
        pictures.truncate(limits.pictures);
    }
    pictures
}

fn bad_slug(root: &Path, path: &Path, slug: &str) -> Diagnostic {
    let suggestion = crate::slug::slugify(slug);
    Diagnostic::error(
        "bad-slug",
        format!("`{slug}` cannot be a guide folder name"),
    )
    .at_path(display_path(root, path))
    .note("the folder name becomes the guide's web address, so it must stay plain")
    .help(format!(
        "use lower-case letters, digits and hyphens, e.g. rename it to `{suggestion}`"
    ))
}

fn reserved_slug(root: &Path, path: &Path, slug: &str) -> Diagnostic {
    Diagnostic::error(
        "bad-slug",
        format!("`{slug}` cannot be a guide folder name: the site uses that address already"),
    )
    .at_path(display_path(root, path))
    .note(match slug {
        "accessibility" => "every language's accessibility statement is at <lang>/accessibility/",
        _ => "the list of guides in the JSON is at api/v1/<lang>/guides.json, beside each guide's <name>.json",
    })
    .help(format!(
        "rename the folder, e.g. to `{slug}-help`, and change the links to it (../{slug}/)"
    ))
}

fn stray_content_file(root: &Path, path: &Path) -> Diagnostic {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Diagnostic::error(
        "stray-file",
        "a file directly in content/ is not part of any guide",
    )
    .at_path(display_path(root, path))
    .help(format!(
        "each guide has its own folder: move it to content/{}/index.md (or remove it)",
        crate::slug::slugify(&stem)
    ))
}

fn stray_markdown(root: &Path, path: &Path) -> Diagnostic {
    Diagnostic::warning("stray-file", "this Markdown file is not used")
        .at_path(display_path(root, path))
        .note("a guide is index.md, and its whole-guide translations are index.<language>.md")
        .help("rename it (e.g. index.cy.md for Welsh) or move it out of content/")
}

fn translation_in_site_language(root: &Path, path: &Path, lang: &Lang) -> Diagnostic {
    Diagnostic::error(
        "duplicate-guide",
        format!("this file is in the site's own language ({lang})"),
    )
    .at_path(display_path(root, path))
    .note(
        "the guide in the site's language is index.md; index.<language>.md is for other languages",
    )
    .help("merge it into index.md and remove it, or rename it for the language it is in")
}

fn bad_translation_name(root: &Path, path: &Path, tag: &str) -> Diagnostic {
    Diagnostic::error(
        "bad-language",
        format!("`{tag}` in this file name is not a language tag"),
    )
    .at_path(display_path(root, path))
    .help("name whole-guide translations index.<language>.md, e.g. index.cy.md or index.pt-BR.md")
}

fn load_locales(
    map: &mut SourceMap,
    site: &Site,
    limits: &Limits,
    published: Option<&[Lang]>,
    diagnostics: &mut Diagnostics,
) -> Vec<LocaleFile> {
    let root = site.root();
    let mut out = Vec::new();
    for (tag, lang_dir, lang) in language_dirs(site, diagnostics) {
        let Some(lang) = lang else {
            diagnostics.push(
                Diagnostic::error("bad-language", format!("`{tag}` is not a language tag"))
                    .at_path(display_path(root, &lang_dir))
                    .help("name each folder under locales/ with a language code, e.g. locales/cy"),
            );
            continue;
        };
        // A language the site does not publish: one warning for the folder, rather than a
        // finding for every message in it.
        if published.is_some_and(|p| !p.contains(&lang)) {
            diagnostics.push(unpublished_locales(root, &lang_dir, &lang));
            continue;
        }
        for entry in site.entries(&lang_dir, 1, diagnostics) {
            let path = entry.path();
            let is_ftl = path.extension().and_then(|e| e.to_str()) == Some("ftl");
            if !entry.file_type().is_file() || !is_ftl {
                continue;
            }
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            match site.read_text(map, path, limits, true) {
                Ok(file) => out.push(LocaleFile {
                    lang: lang.clone(),
                    name,
                    file,
                }),
                Err(d) => diagnostics.push(d),
            }
        }
    }
    out
}

fn unpublished_locales(root: &Path, dir: &Path, lang: &Lang) -> Diagnostic {
    Diagnostic::warning(
        "unpublished-language",
        format!("locales/{lang}/ is for a language the site does not publish"),
    )
    .at_path(display_path(root, dir))
    .note("its files are not read, so nothing in them reaches a page")
    .help(format!(
        "add \"{lang}\" to `languages` in site.toml to publish it, or remove the folder"
    ))
}

/// The `locales/<lang>/` folders, each with its language when its name is a language tag.
fn language_dirs(
    site: &Site,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, PathBuf, Option<Lang>)> {
    let dir = site.root().join("locales");
    if !site.allowed(&dir, diagnostics) || !dir.is_dir() {
        return Vec::new();
    }
    site.entries(&dir, 1, diagnostics)
        .into_iter()
        .filter(|e| e.file_type().is_dir())
        .map(|e| {
            let tag = e.file_name().to_string_lossy().into_owned();
            let lang = Lang::parse(&tag);
            (tag, e.into_path(), lang)
        })
        .collect()
}

/// Reads each `locales/<lang>/plain-words.toml`.
fn load_plain_words(
    map: &mut SourceMap,
    site: &Site,
    limits: &Limits,
    diagnostics: &mut Diagnostics,
) -> Vec<LocaleFile> {
    let mut out = Vec::new();
    // The folders' own problems were reported by `load_locales`.
    let mut quiet = Diagnostics::new();
    for (_, lang_dir, lang) in language_dirs(site, &mut quiet) {
        let path = lang_dir.join("plain-words.toml");
        let Some(lang) = lang else { continue };
        if !site.allowed(&path, diagnostics) || !path.is_file() {
            continue;
        }
        match site.read_text(map, &path, limits, true) {
            Ok(file) => out.push(LocaleFile {
                lang,
                name: "plain-words".into(),
                file,
            }),
            Err(d) => diagnostics.push(d),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_file_names() {
        assert_eq!(guide_file_lang("index.md"), Some(None));
        assert_eq!(guide_file_lang("index.cy.md"), Some(Some("cy")));
        assert_eq!(guide_file_lang("notes.md"), None);
        assert_eq!(guide_file_lang("index.html"), None);
    }
}
