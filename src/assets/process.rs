//! One picture file, from source to the files pages load.
//!
//! Takes a [`Source`] (a picture some page shows, with the widths its uses need), the cache
//! and the settings; produces a [`Prepared`] picture: for a raster picture, every size in
//! WebP and in the fallback format, each named after a SHA-256 of the source's bytes and the
//! operation (so a name changes exactly when its bytes would); for an SVG, the checked and
//! sanitised, minified file (with what was removed). Files already in the cache are reused without decoding anything.

use std::fs;

use sha2::{Digest, Sha256};

use super::cache::{Cache, SourceInfo};
use super::decode::{self, Pixels, Refusal};
use super::encode::{self, Format, Settings};
use super::resize::{self, Size};
use super::svg;
use super::uses::Source;
use super::{content_hash, hex};
use crate::config::Pictures;
use crate::error::Error;

/// A picture ready for pages.
#[derive(Debug, Clone, PartialEq)]
pub enum Prepared {
    /// A photo or drawing in pixels, in several sizes and two formats.
    Raster {
        /// The SHA-256 of the source's bytes.
        source: String,
        /// The source's width, after turning it the right way up.
        width: u32,
        /// The source's height.
        height: u32,
        /// Every file made, smallest first, WebP before the fallback.
        variants: Vec<Variant>,
    },
    /// A sanitised, minified SVG.
    Svg {
        /// Width in CSS pixels.
        width: u32,
        /// Height in CSS pixels.
        height: u32,
        /// Its output path.
        output: String,
        /// The minified file.
        bytes: Vec<u8>,
        /// What the sanitiser removed that may change the drawing (see [`svg::Svg::removed`]).
        removed: Vec<String>,
    },
}

/// One file made from a raster picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// Its size in pixels.
    pub size: Size,
    /// Its format.
    pub format: Format,
    /// Its output path (`img/<guide>/<name>-<width>.<hash>.<ext>`).
    pub output: String,
    /// Its name in the cache.
    pub cache_name: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// How much work a picture took.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// Files encoded by this build.
    pub encoded: usize,
    /// Files found in the cache.
    pub reused: usize,
}

/// Why a picture could not be prepared.
#[derive(Debug)]
pub enum Failure {
    /// The raster file breaks a limit or cannot be read as a picture.
    Refused(Refusal),
    /// The file cannot be read as an SVG drawing at all.
    Svg(String),
    /// Encoding failed (a bug or an exhausted machine, not the author's doing).
    Encode(String),
    /// The picture file could not be read.
    Io(Error),
    /// The cache could not be written (the tool's problem, not the author's).
    Cache(Error),
}

impl From<Refusal> for Failure {
    fn from(r: Refusal) -> Self {
        Failure::Refused(r)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Cache(e)
    }
}

/// Prepares one picture file.
pub fn process(
    source: &Source,
    cache: &Cache,
    config: &Pictures,
) -> Result<(Prepared, Work), Failure> {
    let read = |e| Failure::Io(Error::io("read", &source.path)(e));
    let size = fs::metadata(&source.path).map_err(read)?.len();
    decode::check_bytes(size, config)?;
    let bytes = fs::read(&source.path).map_err(read)?;
    if is_svg(&source.name) {
        return svg_file(source, &bytes);
    }
    Raster::new(source, cache, config, bytes).run()
}

/// Whether a picture file is an SVG drawing, by its name.
pub fn is_svg(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("svg"))
}

fn svg_file(source: &Source, bytes: &[u8]) -> Result<(Prepared, Work), Failure> {
    let svg = svg::prepare(bytes).map_err(Failure::Svg)?;
    let hash = content_hash(&svg.bytes);
    let output = format!("img/{}/{}.{}.svg", source.slug, stem(source), &hash[..10]);
    let prepared = Prepared::Svg {
        width: svg.width,
        height: svg.height,
        output,
        bytes: svg.bytes,
        removed: svg.removed,
    };
    Ok((prepared, Work::default()))
}

/// `images/steps/phone.cy.png` → `steps/phone.cy`.
fn stem(source: &Source) -> &str {
    let relative = source.name.strip_prefix("images/").unwrap_or(&source.name);
    relative.rsplit_once('.').map_or(relative, |(s, _)| s)
}

/// The work on one raster picture, decoding at most once and only when the cache lacks a file.
struct Raster<'a> {
    source: &'a Source,
    cache: &'a Cache,
    config: &'a Pictures,
    bytes: Vec<u8>,
    hash: String,
    pixels: Option<Pixels>,
    work: Work,
}

impl<'a> Raster<'a> {
    fn new(source: &'a Source, cache: &'a Cache, config: &'a Pictures, bytes: Vec<u8>) -> Self {
        let hash = content_hash(&bytes);
        Raster {
            source,
            cache,
            config,
            bytes,
            hash,
            pixels: None,
            work: Work::default(),
        }
    }

    fn run(mut self) -> Result<(Prepared, Work), Failure> {
        let info = self.info()?;
        decode::check_pixels(info.width, info.height, self.config)?;
        let formats = [Format::Webp, Format::fallback(info.alpha)];
        let mut variants = Vec::new();
        let sizes = resize::plan(self.source.widths.iter().copied(), info.width, info.height);
        for size in sizes {
            let planned: Vec<(Format, String)> = formats
                .iter()
                .map(|f| (*f, self.operation_hash(size, self.settings(*f))))
                .collect();
            let mut resized: Option<Vec<u8>> = None;
            for (format, hash) in planned {
                let cache_name = format!("{hash}.{}", format.extension());
                let bytes = match self.cache.size(&cache_name) {
                    Some(n) => {
                        self.work.reused += 1;
                        n
                    }
                    None => self.make(size, format, &cache_name, &mut resized)?,
                };
                variants.push(Variant {
                    size,
                    format,
                    output: format!(
                        "img/{}/{}-{}.{}.{}",
                        self.source.slug,
                        stem(self.source),
                        size.width,
                        &hash[..10],
                        format.extension()
                    ),
                    cache_name,
                    bytes,
                });
            }
        }
        let prepared = Prepared::Raster {
            source: self.hash.clone(),
            width: info.width,
            height: info.height,
            variants,
        };
        Ok((prepared, self.work))
    }

    /// The source's size and alpha: from the cache, else by decoding it.
    fn info(&mut self) -> Result<SourceInfo, Failure> {
        if let Some(info) = self.cache.source_info(&self.hash) {
            return Ok(info);
        }
        let pixels = self.pixels()?;
        let info = SourceInfo {
            width: pixels.width,
            height: pixels.height,
            alpha: pixels.alpha,
        };
        self.cache.keep_source_info(&self.hash, info)?;
        Ok(info)
    }

    fn pixels(&mut self) -> Result<&Pixels, Failure> {
        if self.pixels.is_none() {
            self.pixels = Some(decode::decode(&self.bytes, self.config)?);
        }
        Ok(self.pixels.as_ref().expect("just decoded"))
    }

    fn settings(&self, format: Format) -> Settings {
        let quality = match format {
            Format::Webp => self.config.quality,
            _ => self.config.fallback_quality,
        };
        Settings { format, quality }
    }

    /// SHA-256 of the source's bytes (through their hash) and everything done to them.
    fn operation_hash(&self, size: Size, settings: Settings) -> String {
        let operation = format!(
            "easyguide picture 1\nsource sha256 {}\nlanczos3 to {}x{}\n{}",
            self.hash,
            size.width,
            size.height,
            settings.describe()
        );
        hex(&Sha256::digest(operation.as_bytes()))
    }

    fn make(
        &mut self,
        size: Size,
        format: Format,
        cache_name: &str,
        resized: &mut Option<Vec<u8>>,
    ) -> Result<u64, Failure> {
        let settings = self.settings(format);
        let pixels = self.pixels()?;
        let alpha = pixels.alpha;
        if resized.is_none() {
            *resized = Some(resize::resize(pixels, size).map_err(Failure::Encode)?);
        }
        let data = resized.as_deref().expect("just resized");
        let bytes = encode::encode(data, alpha, size, settings).map_err(Failure::Encode)?;
        self.cache.store(cache_name, &bytes)?;
        self.work.encoded += 1;
        Ok(bytes.len() as u64)
    }
}
