//! A generated benchmark site: realistic easy-read guides at any scale.
//!
//! ```sh
//! cargo run --release --example gen-site -- --guides 1000 --langs 5 --pictures 0 --seed 1 --out DIR
//! cargo run --release --example gen-site -- --guides 200 --langs 2 --pictures 50 --out DIR --hugo HUGO_DIR
//! ```
//!
//! Writes a complete easyguide site (`site.toml`, `content/`, `locales/`) that builds with
//! no errors: guides with front matter, steps with a picture each, callouts, do and don't
//! boxes, tables, links between guides, glossary words; in every other language, some guides
//! translated as a whole (`index.<lang>.md`) and the rest message by message in
//! `locales/<lang>/<slug>.ftl` (made by easyguide's `i18n update` code, then filled, a few
//! pieces left to translate). Pictures: `--pictures P` photo-like JPEGs shared by the guides
//! (each guide shows several), and SVG drawings. `--hugo DIR` and `--zola DIR` write the same
//! corpus for Hugo and Zola. The same options give the same bytes.
//!
//! The translations are stand-ins (made-up words in each language's letters; see
//! `gen-site/lang.rs`): they cost the build what real ones would, and mean nothing.

#[path = "gen-site/easyguide.rs"]
mod easyguide_site;
#[path = "gen-site/lang.rs"]
mod lang;
#[path = "gen-site/model.rs"]
mod model;
#[path = "gen-site/peers.rs"]
mod peers;
#[path = "../tests/support/photo.rs"]
mod photo;
#[path = "gen-site/pictures.rs"]
mod pictures;
#[path = "gen-site/rng.rs"]
mod rng;
#[path = "gen-site/tongue.rs"]
mod tongue;
#[path = "gen-site/vocabulary.rs"]
mod vocabulary;
#[path = "gen-site/words.rs"]
mod words;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;

/// Writes a generated benchmark site of easy-read guides.
#[derive(Debug, Clone, Parser)]
#[command(name = "gen-site")]
pub struct Options {
    /// How many guides.
    #[arg(long, default_value_t = 10)]
    pub guides: usize,
    /// How many languages: English, then Welsh, Polish, Arabic, Romanian, Urdu, Bengali.
    #[arg(long, default_value_t = 2)]
    pub langs: usize,
    /// How many photo-like JPEGs the guides share (0: drawings only).
    #[arg(long, default_value_t = 0)]
    pub pictures: usize,
    /// The seed: the same seed and options give the same bytes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The photos' size in pixels, WIDTHxHEIGHT.
    #[arg(long, default_value = "1600x1200", value_parser = parse_size)]
    pub photo_size: (u32, u32),
    /// Where to write the easyguide site (a new or empty folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Also write the corpus as a Hugo site here.
    #[arg(long, value_name = "DIR")]
    pub hugo: Option<PathBuf>,
    /// Also write the corpus as a Zola site here.
    #[arg(long, value_name = "DIR")]
    pub zola: Option<PathBuf>,
}

fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let parse = |s: &str| s.parse::<u32>().ok().filter(|n| *n > 0);
    text.split_once('x')
        .and_then(|(w, h)| Some((parse(w)?, parse(h)?)))
        .ok_or_else(|| format!("`{text}` is not a size like 1600x1200"))
}

/// Everything the writers need: the guides, the languages and the pictures.
pub struct Corpus {
    pub seed: u64,
    pub langs: &'static [lang::Language],
    pub guides: Vec<model::Guide>,
    pub pool: pictures::Pool,
}

/// What [`generate`] wrote.
#[derive(Debug)]
pub struct Summary {
    /// Guides × languages: the guide pages each tool builds.
    pub pages: usize,
    /// Files written (pictures shared between guides count once per copy).
    pub files: usize,
    /// Their bytes.
    pub bytes: u64,
    /// The message files and their placeholders.
    pub messages: easyguide_site::Written,
}

/// Makes the corpus and writes every site `options` asks for.
pub fn generate(options: &Options) -> Result<Summary, String> {
    if options.out.is_none() && options.hugo.is_none() && options.zola.is_none() {
        return Err("say where to write: --out DIR, --hugo DIR or --zola DIR".into());
    }
    if options.guides == 0 {
        return Err("--guides must be at least 1".into());
    }
    let langs = lang::first(options.langs)?;
    let (width, height) = options.photo_size;
    let pool = pictures::pool(options.seed, options.pictures, width, height);
    let titles = words::titles(options.seed, options.guides);
    let guides = (0..options.guides)
        .map(|i| words::guide(options.seed, i, &titles, &pool))
        .collect();
    let corpus = Corpus {
        seed: options.seed,
        langs,
        guides,
        pool,
    };
    let mut files = pictures::Files::default();
    let mut messages = easyguide_site::Written::default();
    if let Some(dir) = &options.out {
        prepare(dir)?;
        messages = easyguide_site::write(dir, &corpus, &mut files)?;
    }
    let io = |dir: &Path, e: std::io::Error| format!("could not write into {}: {e}", dir.display());
    if let Some(dir) = &options.hugo {
        prepare(dir)?;
        peers::hugo(dir, &corpus, &mut files).map_err(|e| io(dir, e))?;
    }
    if let Some(dir) = &options.zola {
        prepare(dir)?;
        peers::zola(dir, &corpus, &mut files).map_err(|e| io(dir, e))?;
    }
    Ok(Summary {
        pages: options.guides * langs.len(),
        files: files.count,
        bytes: files.bytes,
        messages,
    })
}

/// Refuses a folder that has files in it: the generator never overwrites anyone's work.
fn prepare(dir: &Path) -> Result<(), String> {
    match std::fs::read_dir(dir).map(|mut entries| entries.next().is_some()) {
        Ok(true) => Err(format!(
            "{} is not empty: give a new or empty folder",
            dir.display()
        )),
        Ok(false) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::create_dir_all(dir)
            .map_err(|e| format!("could not create {}: {e}", dir.display())),
        Err(e) => Err(format!("could not read {}: {e}", dir.display())),
    }
}

fn main() -> ExitCode {
    let options = Options::parse();
    let started = Instant::now();
    match generate(&options) {
        Ok(summary) => {
            let m = &summary.messages;
            println!(
                "generated {} guide pages ({} guides × {} languages, {} shared photos) in {:.1} s: \
                 {} files, {:.1} MB; {} message files, {} pieces translated, {} left to translate",
                summary.pages,
                options.guides,
                options.langs,
                options.pictures,
                started.elapsed().as_secs_f64(),
                summary.files,
                summary.bytes as f64 / 1e6,
                m.message_files,
                m.filled,
                m.left,
            );
            if m.unmatched > 0 {
                eprintln!(
                    "warning: {} messages did not match a piece of their guide; the Hugo and Zola \
                     pages may show a few pieces differently",
                    m.unmatched
                );
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("gen-site: {message}");
            ExitCode::from(2)
        }
    }
}
