//! SVG drawings: sanitised by an allowlist, so a published drawing opened on its own can never
//! run script or reach another host; refused only when it cannot be read as a drawing at all.
//! The hostile corpus is `tests/data/svg-hostile/`; `tests/browser/svg.mjs` opens the same
//! files in Chromium.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use easyguide::assets::svg;

use super::helper::Site;
use crate::support::svg::unsafe_part;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/svg-hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "svg"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_hostile_file_is_cleaned_or_refused() {
    let files = corpus();
    assert!(files.len() >= 50, "the corpus has {} files", files.len());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        // (A <use> bomb is hostile by its shape, not by what it holds.)
        if name != "refused-use-bomb.svg" {
            assert!(
                unsafe_part(&bytes).is_some(),
                "{name}: the judge sees nothing wrong with the raw file"
            );
        }
        match svg::prepare(&bytes) {
            Err(why) => assert!(name.starts_with("refused-"), "{name} was refused: {why}"),
            Ok(out) => {
                assert!(!name.starts_with("refused-"), "{name} was kept");
                assert_eq!(
                    unsafe_part(&out.bytes),
                    None,
                    "{name}: {}",
                    String::from_utf8_lossy(&out.bytes)
                );
                assert!(
                    !out.removed.is_empty(),
                    "{name}: nothing was named as removed"
                );
                let again = svg::prepare(&out.bytes).unwrap();
                assert_eq!(
                    again.bytes, out.bytes,
                    "{name}: sanitising twice changes it"
                );
                assert!(again.removed.is_empty(), "{name}: {:?}", again.removed);
            }
        }
    }
}

#[test]
fn this_repository_s_drawings_are_published_unchanged() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut count = 0;
    for entry in walkdir::WalkDir::new(content).sort_by_file_name() {
        let path = entry.unwrap().into_path();
        if path.extension().is_none_or(|e| e != "svg") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let out = svg::prepare(source.as_bytes()).unwrap();
        assert!(
            out.removed.is_empty(),
            "{}: {:?}",
            path.display(),
            out.removed
        );
        assert_eq!(
            String::from_utf8(out.bytes).unwrap(),
            source.trim_end(),
            "{}",
            path.display()
        );
        count += 1;
    }
    assert!(count >= 46, "only {count} drawings found");
}

fn rects(count: usize) -> String {
    let mut svg =
        String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\">");
    for i in 0..count {
        svg.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"1\" height=\"1\" fill=\"#005eb8\" onclick=\"a()\"/>",
            i % 100,
            i / 100 % 100
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[test]
fn a_huge_file_is_sanitised_in_time_proportional_to_its_size() {
    // About 15 MB, and a tenth of that: ten times the bytes must take about ten times as
    // long (a quadratic step would make it a hundred), however busy the machine is.
    let small = rects(21_000);
    let big = rects(210_000);
    assert!(big.len() > 14_000_000, "{}", big.len());
    let start = Instant::now();
    svg::prepare(small.as_bytes()).unwrap();
    let tenth = start.elapsed();
    let start = Instant::now();
    let out = svg::prepare(big.as_bytes()).unwrap();
    let whole = start.elapsed();
    assert!(
        whole < tenth * 30 + Duration::from_secs(1),
        "{tenth:?} for 1.5 MB, {whole:?} for 15 MB"
    );
    assert_eq!(out.removed, ["the event handler `onclick` on <rect>"]);
}

#[test]
fn deep_and_crowded_files_are_refused_without_a_crash() {
    // Nested far past the limit, and past any stack a recursive walk would have.
    let depth = 200_000;
    let deep = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">{}{}</svg>",
        "<g>".repeat(depth),
        "</g>".repeat(depth)
    );
    let why = svg::prepare(deep.as_bytes()).unwrap_err();
    assert!(why.contains("nested more than 256 deep"), "{why}");
    let deep_dropped = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><metadata>{}{}</metadata></svg>",
        "<x>".repeat(depth),
        "</x>".repeat(depth)
    );
    assert!(
        svg::prepare(deep_dropped.as_bytes()).is_ok(),
        "nothing deep is kept"
    );
    let many = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">{}</svg>",
        "<g/>".repeat(svg::MAX_NODES as usize)
    );
    assert!(
        svg::prepare(many.as_bytes())
            .unwrap_err()
            .contains("more than 1000000 parts")
    );
}

#[test]
fn a_cleaned_svg_is_a_warning_at_its_line_and_published_clean() {
    let site = Site::fixture("basic");
    site.write(
        "content/second/images/phone.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script><rect onload=\"alert(1)\" width=\"10\" height=\"10\"/></svg>",
    );
    site.run(&["build", "--format", "short"])
        .expect(0)
        .says("content/second/index.md:11:1: warning[svg-cleaned]: parts of the SVG picture `images/phone.svg` were removed: <script>; the event handler `onload` on <rect>");
    let published = site.snapshot("public/img/second");
    let (_, bytes) = published
        .iter()
        .find(|(k, _)| k.starts_with("phone."))
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(bytes),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>"
    );
    site.run(&["build", "--deny", "warnings"])
        .expect(1)
        .says("error[svg-cleaned]");
}

#[test]
fn an_svg_that_is_not_a_drawing_is_an_error_at_its_line() {
    let site = Site::fixture("basic");
    site.write(
        "content/second/images/phone.svg",
        "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>",
    );
    site.run(&["build", "--format", "short"])
        .expect(1)
        .says("content/second/index.md:11:1: error[bad-svg]: the SVG picture `images/phone.svg` cannot be used: it has a DOCTYPE with declarations of its own");
}
