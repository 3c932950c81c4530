//! The shared picture pool and the files written from it.
//!
//! Takes the number of photos, their size and the seed; produces photo-like JPEGs (noise at
//! every scale, soft shapes, gradients and grain, so they compress like photographs; made
//! by `tests/support/photo.rs`) and 32 SVG pictograms. Guides show pictures from the pool, so
//! the same bytes appear in many guides' `images/` folders, as when authors reuse a photo:
//! [`Files`] writes each picture once and hard-links the other copies (copying where a link
//! is not possible), which keeps large corpora small on disk without changing any bytes.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::photo;

/// One picture of the pool: its file name and what it shows.
pub struct Entry {
    pub name: String,
    pub alt: String,
}

/// The pictures guides choose from.
pub struct Pool {
    pub photos: Vec<Entry>,
    /// The JPEG bytes of each photo, in the order of `photos`.
    pub photo_bytes: Vec<Vec<u8>>,
    pub svgs: Vec<Entry>,
    /// The SVG text of each drawing, in the order of `svgs`.
    pub svg_text: Vec<String>,
}

const SCENES: &[(&str, &str)] = &[
    (
        "pharmacy-counter",
        "A pharmacist talks with an older man at the counter",
    ),
    (
        "waiting-room",
        "People wait on chairs in a bright waiting room",
    ),
    (
        "tablet-at-home",
        "A woman uses a tablet on her sofa at home",
    ),
    (
        "library-help",
        "A volunteer helps a man at a library computer",
    ),
    (
        "phone-call",
        "An older woman makes a phone call at her kitchen table",
    ),
    (
        "reception-desk",
        "A receptionist smiles at a patient across the desk",
    ),
    (
        "medicine-box",
        "A hand holds a box of tablets next to a glass of water",
    ),
    ("video-call", "A man talks to his doctor on a laptop screen"),
    ("bus-stop", "A woman checks her phone at a bus stop"),
    (
        "family-help",
        "A young man shows his grandmother how to use her phone",
    ),
];

/// `count` photos of `width` × `height`, made in parallel (each from its own seed, so the
/// bytes do not depend on the order the threads run in), and the pictograms.
pub fn pool(seed: u64, count: usize, width: u32, height: u32) -> Pool {
    let photos: Vec<Entry> = (0..count)
        .map(|k| {
            let (name, alt) = SCENES[k % SCENES.len()];
            Entry {
                name: format!("{name}-{}.jpg", k + 1),
                alt: alt.to_owned(),
            }
        })
        .collect();
    let photo_bytes = (0..count)
        .into_par_iter()
        .map(|k| {
            photo::jpeg(
                width,
                height,
                seed.wrapping_mul(1000).wrapping_add(k as u64),
            )
        })
        .collect();
    let mut svgs = Vec::new();
    let mut svg_text = Vec::new();
    for (p, palette) in PALETTES.iter().enumerate() {
        for drawing in DRAWINGS {
            let (name, alt, _) = drawing;
            svgs.push(Entry {
                name: format!("{name}-{}.svg", p + 1),
                alt: (*alt).to_owned(),
            });
            svg_text.push(svg(palette, drawing));
        }
    }
    Pool {
        photos,
        photo_bytes,
        svgs,
        svg_text,
    }
}

/// Background, main colour.
const PALETTES: &[(&str, &str)] = &[
    ("#e8f0fc", "#005eb8"),
    ("#e6f4ea", "#007f3b"),
    ("#fff4e0", "#a35a00"),
    ("#f3e8fc", "#7c2e8f"),
];

/// Name, description, and the drawing (`{c}` is the main colour).
const DRAWINGS: &[(&str, &str, &str)] = &[
    (
        "phone",
        "A phone with a tick on its screen",
        r##"<rect x="46" y="14" width="68" height="132" rx="12" fill="#fff" stroke="#1b1b1b" stroke-width="5"/><rect x="56" y="34" width="48" height="84" fill="{c}"/><path d="M66 76l10 10 18-20" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>"##,
    ),
    (
        "calendar",
        "A calendar with one day circled",
        r##"<rect x="24" y="30" width="112" height="106" rx="8" fill="#fff" stroke="#1b1b1b" stroke-width="5"/><rect x="24" y="30" width="112" height="26" fill="{c}"/><circle cx="56" cy="80" r="6" fill="#1b1b1b"/><circle cx="80" cy="80" r="6" fill="#1b1b1b"/><circle cx="104" cy="80" r="6" fill="#1b1b1b"/><circle cx="56" cy="108" r="6" fill="#1b1b1b"/><circle cx="80" cy="108" r="16" fill="none" stroke="{c}" stroke-width="5"/><circle cx="80" cy="108" r="6" fill="#1b1b1b"/>"##,
    ),
    (
        "letter",
        "A letter in an envelope",
        r##"<rect x="20" y="42" width="120" height="80" rx="6" fill="#fff" stroke="#1b1b1b" stroke-width="5"/><path d="M22 46l58 42 58-42" fill="none" stroke="{c}" stroke-width="6" stroke-linejoin="round"/>"##,
    ),
    (
        "medicine",
        "A capsule of medicine",
        r##"<g transform="rotate(-35 80 80)"><rect x="30" y="58" width="100" height="44" rx="22" fill="#fff" stroke="#1b1b1b" stroke-width="5"/><path d="M80 60h28a20 20 0 0 1 0 40H80z" fill="{c}"/></g>"##,
    ),
    (
        "clock",
        "A clock showing the time",
        r##"<circle cx="80" cy="80" r="56" fill="#fff" stroke="#1b1b1b" stroke-width="5"/><path d="M80 44v36l24 16" fill="none" stroke="{c}" stroke-width="7" stroke-linecap="round"/>"##,
    ),
    (
        "person",
        "A person who can help you",
        r##"<circle cx="80" cy="56" r="24" fill="{c}"/><path d="M36 140c0-28 20-44 44-44s44 16 44 44z" fill="{c}"/>"##,
    ),
    (
        "surgery",
        "A GP surgery building with a cross on it",
        r##"<path d="M28 74l52-40 52 40v62H28z" fill="#fff" stroke="#1b1b1b" stroke-width="5" stroke-linejoin="round"/><path d="M72 70h16v14h14v16H88v14H72v-14H58V84h14z" fill="{c}"/>"##,
    ),
    (
        "card",
        "A bank card next to a phone",
        r##"<rect x="18" y="50" width="96" height="62" rx="8" fill="{c}"/><rect x="18" y="62" width="96" height="12" fill="#1b1b1b"/><rect x="104" y="30" width="40" height="80" rx="8" fill="#fff" stroke="#1b1b1b" stroke-width="5"/>"##,
    ),
];

fn svg((background, colour): &(&str, &str), drawing: &(&str, &str, &str)) -> String {
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160" width="160" height="160"><rect width="160" height="160" rx="16" fill="{background}"/>{}</svg>
"##,
        drawing.2.replace("{c}", colour)
    )
}

/// The pictogram `name` (`phone-2.svg`) in the next palette: a language's own version.
pub fn variant(pool: &Pool, name: &str) -> Option<String> {
    let index = pool.svgs.iter().position(|e| e.name == name)?;
    let next = (index + DRAWINGS.len()) % pool.svgs.len();
    Some(pool.svg_text[next].clone())
}

/// Writes files, creating folders; a shared file is written once and hard-linked after.
#[derive(Default)]
pub struct Files {
    first: BTreeMap<String, PathBuf>,
    /// Files written or linked.
    pub count: usize,
    /// Their bytes (a linked copy counts, as a reader of the folder sees it).
    pub bytes: u64,
}

impl Files {
    /// Writes `bytes` to `path`.
    pub fn write(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, bytes)?;
        self.count += 1;
        self.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Writes `bytes` (known by `key`) to `path`, as a hard link to its first copy if any.
    pub fn shared(&mut self, key: &str, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if let Some(first) = self.first.get(key) {
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            if fs::hard_link(first, path).is_ok() {
                self.count += 1;
                self.bytes += bytes.len() as u64;
                return Ok(());
            }
        }
        self.write(path, bytes)?;
        self.first.insert(key.to_owned(), path.to_path_buf());
        Ok(())
    }
}
