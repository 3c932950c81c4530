//! Picture throughput and page weights: `cargo bench --bench pictures`.
//!
//! 1. Throughput: a generated site of 10 guides with 10 photo-like 1600 × 1200 JPEGs each
//!    (made here from fixed seeds, so every run measures the same pictures) is built twice:
//!    cold (empty cache: every picture decoded, resized and encoded) and warm (nothing
//!    changed: every file comes from the cache). Prints pictures per second for each.
//! 2. Page weights of this repository's site as it is, and as it will be once its guides
//!    carry photo-like pictures: the same site with every picture replaced by a 1200 × 900
//!    photo-like JPEG and each guide topped up to 10 steps.
//!
//! Options (after `--`): `--pictures N` (default 100), `--skip-site`.

#[path = "../tests/support/photo.rs"]
mod photo;

use std::fs;
use std::path::Path;
use std::time::Instant;

use easyguide::{BuildOptions, BuildReport, build};

const GUIDE: &str = "+++\ntitle = \"Guide {n}\"\nsummary = \"A guide with photos.\"\nupdated = 2026-01-10\nreview_due = 2027-01-10\n+++\n\n";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let count = args
        .iter()
        .position(|a| a == "--pictures")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(100usize);
    throughput(count);
    if !args.iter().any(|a| a == "--skip-site") {
        site_weights();
    }
}

fn throughput(count: usize) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    fs::write(
        root.join("site.toml"),
        "title = \"Bench\"\nbase_url = \"https://bench.example/\"\n",
    )
    .unwrap();
    let made = Instant::now();
    for i in 0..count {
        let guide = root.join(format!("content/guide-{}", i / 10));
        fs::create_dir_all(guide.join("images")).unwrap();
        fs::write(
            guide.join(format!("images/photo-{i}.jpg")),
            photo::jpeg(1600, 1200, i as u64),
        )
        .unwrap();
        let index = guide.join("index.md");
        let mut text = fs::read_to_string(&index)
            .unwrap_or_else(|_| GUIDE.replace("{n}", &(i / 10).to_string()));
        text.push_str(&format!(
            "![Photo {i}](images/photo-{i}.jpg)\nStep {i}.\n\n"
        ));
        fs::write(index, text).unwrap();
    }
    println!(
        "generated {count} photo-like 1600 x 1200 JPEGs in {:.1} s",
        made.elapsed().as_secs_f64()
    );
    println!(
        "machine: {} threads available to rayon",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for label in ["cold", "warm"] {
        let started = Instant::now();
        let report = run(root, true);
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{label}: {count} pictures in {seconds:.2} s = {:.1} pictures/s ({} files encoded, {} reused)",
            count as f64 / seconds,
            report.pictures.encoded,
            report.pictures.reused
        );
    }
}

fn run(root: &Path, write: bool) -> BuildReport {
    let report = build(&BuildOptions {
        root: root.to_path_buf(),
        output: None,
        deny_warnings: false,
        write,
        today: None,
        edition: Default::default(),
        shown_as: None,
    })
    .expect("the build runs");
    for d in report.diagnostics.as_slice() {
        if d.code != "over-budget" {
            println!("  {}: {}", d.code, d.message);
        }
    }
    report
}

fn site_weights() {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temporary folder");
    copy_site(repository, dir.path());
    println!("\nthis repository's site, as it is:");
    println!(
        "{}",
        easyguide::check::budgets::table(&run(dir.path(), false).weights)
    );
    with_photos(dir.path());
    println!("\nthe same site with a photo-like 1200 x 900 JPEG for every step, 10 steps a guide:");
    println!(
        "{}",
        easyguide::check::budgets::table(&run(dir.path(), false).weights)
    );
}

fn copy_site(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let relative = entry.path().strip_prefix(from).unwrap();
        let keep = relative.as_os_str().is_empty()
            || [
                "site.toml",
                "content",
                "locales",
                "themes",
                "templates",
                "static",
            ]
            .iter()
            .any(|top| relative.starts_with(top));
        if !keep {
            continue;
        }
        let target = to.join(relative);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every picture becomes a photo-like JPEG; every guide gets steps up to 10 pictures.
fn with_photos(root: &Path) {
    let mut seed = 1000;
    for guide in fs::read_dir(root.join("content"))
        .unwrap()
        .filter_map(Result::ok)
    {
        let images = guide.path().join("images");
        fs::create_dir_all(&images).unwrap();
        let mut pictures = 0;
        for md in fs::read_dir(guide.path()).unwrap().filter_map(Result::ok) {
            let path = md.path();
            if path.extension().is_none_or(|e| e != "md") {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            let (new, found) = photos_for(&text, &images, &mut seed);
            pictures = pictures.max(found);
            let mut new = new;
            for n in found..10 {
                seed += 1;
                fs::write(
                    images.join(format!("extra-{n}.jpg")),
                    photo::jpeg(1200, 900, seed),
                )
                .unwrap();
                new.push_str(&format!(
                    "\n![A photo of step {n}](images/extra-{n}.jpg)\nDo the next thing.\n"
                ));
            }
            fs::write(&path, new).unwrap();
        }
        let _ = pictures;
    }
}

/// Rewrites `images/x.svg` (or .png) to `images/x.jpg` with a photo in it.
fn photos_for(text: &str, images: &Path, seed: &mut u64) -> (String, usize) {
    let mut out = String::new();
    let mut found = 0;
    let mut rest = text;
    while let Some(start) = rest.find("](images/") {
        let (head, tail) = rest.split_at(start + 2);
        out.push_str(head);
        let end = tail.find(')').unwrap_or(tail.len());
        let name = &tail[..end];
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let jpg = format!("{stem}.jpg");
        let file = images.join(jpg.trim_start_matches("images/"));
        if !file.exists() {
            *seed += 1;
            fs::write(&file, photo::jpeg(1200, 900, *seed)).unwrap();
        }
        out.push_str(&jpg);
        found += 1;
        rest = &tail[end..];
    }
    out.push_str(rest);
    (out, found)
}
