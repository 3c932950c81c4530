//! Pictures and static files: what the output needs besides pages.
//!
//! Takes the theme's static files and the pictures the guides use; produces every asset's
//! output path and content, and what is known of each picture (sizes, files made) as data:
//! the markup that shows a picture is written by `render`. CSS files get a content hash in
//! their name, so browsers may cache them forever and never use a stale one.
//!
//! Pictures go through a pipeline, one file at a time and in parallel (rayon):
//! [`uses`] finds what each page shows (and per-language replacements), [`decode`] reads a
//! raster file within the site's limits, [`resize`] makes the widths the theme shows,
//! [`encode`] writes WebP and a JPEG/PNG fallback, [`svg`] checks and minifies drawings,
//! and [`cache`] keeps encoded files between builds. Only pictures some page shows are
//! published.

pub mod cache;
pub mod decode;
pub mod encode;
mod messages;
pub mod process;
pub mod resize;
pub mod svg;
pub mod uses;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::diag::{Diagnostic, Diagnostics};
use crate::emit::Content;
use crate::error::Result;
use crate::lang::Lang;
use crate::load::{self, Sources};
use crate::translate::Site;

use cache::Cache;
pub use cache::check_location as check_cache_location;
use process::{Failure, Prepared, Work};
pub use uses::Role;

/// The stylesheet every page links to, by its name in the theme.
pub const STYLESHEET: &str = "style.css";

/// Output files besides pages, and how pages refer to them.
#[derive(Debug)]
pub struct Assets {
    /// Output path of the main stylesheet (`style.<hash>.css`).
    pub stylesheet: String,
    /// Every asset file: output path and content.
    pub files: BTreeMap<String, Content>,
    /// How much picture work the build did.
    pub stats: PictureStats,
    pictures: BTreeMap<(String, String), Prepared>,
    resolved: BTreeMap<uses::Key, (String, String)>,
    cache: Cache,
}

/// How much picture work a build did: the figures behind "pictures: 0 encoded, 42 reused".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PictureStats {
    /// Picture files some page shows.
    pub sources: usize,
    /// Of those, SVG drawings (checked and minified, never encoded).
    pub svg: usize,
    /// Output files encoded by this build.
    pub encoded: usize,
    /// Output files taken from the cache.
    pub reused: usize,
}

/// Told about picture work as it happens, so a terminal can show progress. Implementations
/// must be cheap: they are called from the worker threads.
pub trait Progress: Sync {
    /// `total` pictures are about to be prepared.
    fn start(&self, total: usize);
    /// One more picture is ready.
    fn advance(&self);
    /// All pictures are ready.
    fn finish(&self);
}

/// Progress that nobody watches.
pub struct Quiet;

impl Progress for Quiet {
    fn start(&self, _: usize) {}
    fn advance(&self) {}
    fn finish(&self) {}
}

/// Pictures prepared by earlier builds in this process, by file: a picture whose file (its
/// size and time of change), wanted widths and settings are unchanged, and whose encoded
/// files are still in the cache, is not read again.
#[derive(Debug, Default)]
pub struct Memo(HashMap<PathBuf, (String, Prepared)>);

impl Memo {
    fn stamp(source: &uses::Source, config: &crate::config::Pictures) -> Option<String> {
        let meta = std::fs::metadata(&source.path).ok()?;
        let changed = meta
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Some(format!(
            "{}:{}:{:?}:{config:?}",
            meta.len(),
            changed.as_nanos(),
            source.widths
        ))
    }

    fn get(&self, source: &uses::Source, stamp: &str, cache: &Cache) -> Option<(Prepared, Work)> {
        let (stored, prepared) = self.0.get(&source.path)?;
        if stored != stamp {
            return None;
        }
        let reused = match prepared {
            Prepared::Raster { variants, .. } => {
                let kept = variants.iter().all(|v| cache.size(&v.cache_name).is_some());
                kept.then_some(variants.len())?
            }
            Prepared::Svg { .. } => 0,
        };
        Some((prepared.clone(), Work { encoded: 0, reused }))
    }
}

/// Prepares static files and pictures. Problems with the sources are diagnostics; an `Err`
/// means the cache folder could not be used.
pub fn prepare(
    sources: &Sources,
    site: &Site,
    progress: &dyn Progress,
) -> Result<(Assets, Diagnostics)> {
    prepare_with(sources, site, progress, &mut Memo::default())
}

/// [`prepare`], reusing and filling the pictures an earlier build in this process prepared.
pub fn prepare_with(
    sources: &Sources,
    site: &Site,
    progress: &dyn Progress,
    memo: &mut Memo,
) -> Result<(Assets, Diagnostics)> {
    let mut diagnostics = Diagnostics::new();
    let (mut files, stylesheet) = statics(sources, &mut diagnostics);
    let config = sources.config.pictures.clone();
    let cache = Cache::for_site(&sources.config);
    let found = uses::collect(site, &sources.guides, &config);
    if found.sources.values().any(|s| !process::is_svg(&s.name)) {
        cache.create()?;
    }
    progress.start(found.sources.len());
    let remembered = &*memo;
    let results: Vec<_> = found
        .sources
        .par_iter()
        .map(|(id, source)| {
            let stamp = Memo::stamp(source, &config);
            let known = stamp
                .as_ref()
                .and_then(|s| remembered.get(source, s, &cache));
            let result = known.map_or_else(|| process::process(source, &cache, &config), Ok);
            progress.advance();
            (id, source, stamp, result)
        })
        .collect();
    progress.finish();
    let mut stats = PictureStats::default();
    let mut pictures = BTreeMap::new();
    memo.0.clear();
    for (id, source, stamp, result) in results {
        match result {
            Ok((prepared, work)) => {
                if let Some(stamp) = stamp {
                    memo.0
                        .insert(source.path.clone(), (stamp, prepared.clone()));
                }
                if let Prepared::Svg { removed, .. } = &prepared {
                    let shown = load::display_path(&sources.config.root, &source.path);
                    diagnostics.extend(messages::svg_cleaned(source, &shown, removed));
                }
                count(&mut stats, &prepared, work);
                add_files(&mut files, &cache, &prepared);
                pictures.insert(id.clone(), prepared);
            }
            Err(Failure::Cache(e)) => return Err(e),
            Err(failure) => {
                let shown = load::display_path(&sources.config.root, &source.path);
                diagnostics.push(messages::diagnostic(source, &shown, failure));
            }
        }
    }
    let assets = Assets {
        stylesheet,
        files,
        stats,
        pictures,
        resolved: found.resolved,
        cache,
    };
    Ok((assets, diagnostics))
}

fn count(stats: &mut PictureStats, prepared: &Prepared, work: Work) {
    stats.sources += 1;
    stats.svg += usize::from(matches!(prepared, Prepared::Svg { .. }));
    stats.encoded += work.encoded;
    stats.reused += work.reused;
}

fn add_files(files: &mut BTreeMap<String, Content>, cache: &Cache, prepared: &Prepared) {
    match prepared {
        Prepared::Svg { output, bytes, .. } => {
            files.insert(output.clone(), Content::Bytes(bytes.clone()));
        }
        Prepared::Raster { variants, .. } => {
            for v in variants {
                files.insert(v.output.clone(), Content::Copy(cache.path(&v.cache_name)));
            }
        }
    }
}

/// The theme's static files; CSS files get hashed names. Returns the stylesheet's name too.
fn statics(
    sources: &Sources,
    diagnostics: &mut Diagnostics,
) -> (BTreeMap<String, Content>, String) {
    let mut files = BTreeMap::new();
    let mut stylesheet = STYLESHEET.to_owned();
    for file in &sources.theme.statics {
        let bytes = match file.source.read() {
            Ok(bytes) => bytes.into_owned(),
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error("unreadable", format!("could not read {}: {e}", file.name))
                        .at_path(format!("static/{}", file.name)),
                );
                continue;
            }
        };
        let name = if file.name.ends_with(".css") {
            hashed_name(&file.name, &bytes)
        } else {
            file.name.clone()
        };
        if file.name == STYLESHEET {
            stylesheet = name.clone();
        }
        files.insert(name, Content::Bytes(bytes));
    }
    (files, stylesheet)
}

/// `style.css` with bytes B becomes `style.<first 10 hex digits of SHA-256(B)>.css`.
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let hash = content_hash(bytes);
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{}.{ext}", &hash[..10]),
        None => format!("{name}.{}", &hash[..10]),
    }
}

/// The SHA-256 of some bytes as lower-case hex: stable across Rust releases and machines.
pub fn content_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lower-case hex.
fn hex(bytes: &[u8]) -> String {
    let mut hex = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

impl Assets {
    /// The prepared file a picture of guide `slug`, written as `src`, shows on a page in
    /// `page_lang` (a per-language picture when there is one); `None` when it failed.
    pub fn picture(&self, page_lang: &Lang, slug: &str, src: &str) -> Option<&Prepared> {
        let key = (page_lang.clone(), slug.to_owned(), src.to_owned());
        self.resolved.get(&key).and_then(|id| self.pictures.get(id))
    }

    /// Every picture a page shows, as (page language, guide, address as written), with the
    /// prepared file it resolves to (`None` when preparing it failed).
    pub fn resolved(&self) -> impl Iterator<Item = (&uses::Key, Option<&Prepared>)> {
        self.resolved
            .iter()
            .map(|(key, id)| (key, self.pictures.get(id)))
    }

    /// Removes from the cache every file this build did not use. Call it only after a build
    /// that prepared every picture, or the next build will encode the others again.
    pub fn prune_cache(&self) -> Result<usize> {
        let mut used = BTreeSet::new();
        let mut sources = BTreeSet::new();
        for prepared in self.pictures.values() {
            if let Prepared::Raster {
                variants, source, ..
            } = prepared
            {
                used.extend(variants.iter().map(|v| v.cache_name.clone()));
                sources.insert(source.clone());
            }
        }
        self.cache.prune(&used, &sources)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_depend_only_on_bytes() {
        assert_eq!(
            hashed_name("style.css", b"a"),
            hashed_name("style.css", b"a")
        );
        assert_ne!(
            hashed_name("style.css", b"a"),
            hashed_name("style.css", b"b")
        );
        assert!(hashed_name("style.css", b"a").starts_with("style.ca978112ca."));
    }
}
