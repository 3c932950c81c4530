//! Stage 1: read the site from disk into memory, sorted, so later stages never touch the disk
//! for text and every text file has a [`FileId`] diagnostics can point into.
//!
//! Takes a site root; produces [`Sources`]: the validated config, every guide's Markdown file
//! (`content/<slug>/index.md` and whole-guide translations `index.<lang>.md`), the pictures
//! beside them, every `.ftl` file under `locales/`, and the theme's templates and static files.

mod theme;

use std::fs;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::{self, Config};
use crate::diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::slug::is_valid_slug;

pub use theme::{StaticFile, StaticSource, Theme};

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
    let mut map = map;
    let mut diagnostics = Diagnostics::new();
    let config_file = read_text(&mut map, root, &config_path)?.ok_or_else(|| Error::Usage {
        message: format!("{} is not UTF-8 text", config_path.display()),
        help: "save site.toml as UTF-8 (most editors have this under 'Save as' or 'Encoding')"
            .into(),
    })?;
    let config = config::parse(root, config_file, &map).unwrap_or_else(|errors| {
        diagnostics.extend(errors);
        Config::fallback(root, config_file)
    });
    let guides = load_guides(&mut map, &config, &mut diagnostics)?;
    let locales = load_locales(&mut map, root, &mut diagnostics)?;
    let theme = theme::load(&mut map, root, &config.theme, &mut diagnostics)?;
    let plain_words = load_plain_words(&mut map, root, &mut diagnostics)?;
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

/// Reads a UTF-8 file into the map; a file that is not UTF-8 is reported and skipped.
fn read_text(map: &mut SourceMap, root: &Path, path: &Path) -> Result<Option<FileId>> {
    let bytes = fs::read(path).map_err(Error::io("read", path))?;
    let display = display_path(root, path);
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(Some(map.add(path.to_path_buf(), display, text)))
        }
        Err(_) => Ok(None),
    }
}

fn not_utf8(root: &Path, path: &Path) -> Diagnostic {
    Diagnostic::error("not-utf8", "this file is not UTF-8 text")
        .at_path(display_path(root, path))
        .help("save the file as UTF-8 (most editors have this under 'Save as' or 'Encoding')")
}

/// A path relative to the site root with `/` separators, for messages.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
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

fn sorted_entries(dir: &Path, depth: usize) -> impl Iterator<Item = walkdir::DirEntry> {
    WalkDir::new(dir)
        .min_depth(1)
        .max_depth(depth)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_ignored(&e.file_name().to_string_lossy()))
        .filter_map(|e| e.ok())
}

fn load_guides(
    map: &mut SourceMap,
    config: &Config,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<GuideSource>> {
    let content = config.content_dir();
    let root = &config.root;
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::warning(
                "no-content",
                "the site has no content/ folder, so no guides",
            )
            .at_path("content")
            .help("create content/<guide-name>/index.md, or run `easyguide new guide NAME`"),
        );
        return Ok(Vec::new());
    }
    let mut guides = Vec::new();
    for entry in sorted_entries(&content, 1) {
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
        guides.extend(load_guide(
            map,
            root,
            path,
            &slug,
            &config.language,
            diagnostics,
        )?);
    }
    guides.sort_by(|a, b| (&a.slug, &a.lang).cmp(&(&b.slug, &b.lang)));
    Ok(guides)
}

fn load_guide(
    map: &mut SourceMap,
    root: &Path,
    dir: &Path,
    slug: &str,
    site_lang: &Lang,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<GuideSource>> {
    let pictures = list_pictures(dir);
    let mut found = Vec::new();
    let mut has_index = false;
    for entry in sorted_entries(dir, 1).filter(|e| e.file_type().is_file()) {
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
                Some(lang) if &lang == site_lang => {
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
        match read_text(map, root, entry.path())? {
            Some(file) => found.push(GuideSource {
                slug: slug.to_owned(),
                dir: dir.to_path_buf(),
                file,
                lang,
                pictures: pictures.clone(),
            }),
            None => diagnostics.push(not_utf8(root, entry.path())),
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
    Ok(found)
}

/// `Some(None)` for `index.md`, `Some(Some("cy"))` for `index.cy.md`, `None` for other files.
fn guide_file_lang(name: &str) -> Option<Option<&str>> {
    if name == "index.md" {
        return Some(None);
    }
    let tag = name.strip_prefix("index.")?.strip_suffix(".md")?;
    Some(Some(tag))
}

fn list_pictures(dir: &Path) -> Vec<String> {
    let images = dir.join("images");
    if !images.is_dir() {
        return Vec::new();
    }
    sorted_entries(&images, 8)
        .filter(|e| e.file_type().is_file())
        .map(|e| display_path(dir, e.path()))
        .collect()
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
    root: &Path,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<LocaleFile>> {
    let dir = root.join("locales");
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for lang_dir in sorted_entries(&dir, 1).filter(|e| e.file_type().is_dir()) {
        let tag = lang_dir.file_name().to_string_lossy().into_owned();
        let Some(lang) = Lang::parse(&tag) else {
            diagnostics.push(
                Diagnostic::error("bad-language", format!("`{tag}` is not a language tag"))
                    .at_path(display_path(root, lang_dir.path()))
                    .help("name each folder under locales/ with a language code, e.g. locales/cy"),
            );
            continue;
        };
        for entry in sorted_entries(lang_dir.path(), 1) {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            match read_text(map, root, path)? {
                Some(file) => out.push(LocaleFile {
                    lang: lang.clone(),
                    name,
                    file,
                }),
                None => diagnostics.push(not_utf8(root, path)),
            }
        }
    }
    Ok(out)
}

/// The `locales/<lang>/` folders whose names are language tags (the others are reported by
/// [`load_locales`]).
fn language_dirs(root: &Path) -> Vec<(Lang, PathBuf)> {
    let dir = root.join("locales");
    if !dir.is_dir() {
        return Vec::new();
    }
    sorted_entries(&dir, 1)
        .filter(|e| e.file_type().is_dir())
        .filter_map(|e| {
            Some((
                Lang::parse(&e.file_name().to_string_lossy())?,
                e.into_path(),
            ))
        })
        .collect()
}

/// Reads each `locales/<lang>/plain-words.toml`.
fn load_plain_words(
    map: &mut SourceMap,
    root: &Path,
    diagnostics: &mut Diagnostics,
) -> Result<Vec<LocaleFile>> {
    let mut out = Vec::new();
    for (lang, lang_dir) in language_dirs(root) {
        let path = lang_dir.join("plain-words.toml");
        if !path.is_file() {
            continue;
        }
        match read_text(map, root, &path)? {
            Some(file) => out.push(LocaleFile {
                lang,
                name: "plain-words".into(),
                file,
            }),
            None => diagnostics.push(not_utf8(root, &path)),
        }
    }
    Ok(out)
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
