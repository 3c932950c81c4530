//! This repository's own guides, read through the library as a build reads them: they are the
//! product's showcase, so they must be complete and free of every finding.

use std::fs;
use std::path::{Path, PathBuf};

use easyguide::document::{Block, Guide, Step};
use easyguide::{BuildOptions, load, parse};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The guides in the site's own language, by `order`.
fn guides() -> Vec<Guide> {
    let (sources, diagnostics) = load::load(&root()).expect("the repository is a site");
    assert!(diagnostics.as_slice().is_empty(), "{diagnostics:#?}");
    let (guides, diagnostics) = parse::parse(&sources);
    assert!(diagnostics.as_slice().is_empty(), "{diagnostics:#?}");
    let mut guides: Vec<Guide> = guides
        .into_iter()
        .filter(|g| g.lang == sources.config.language)
        .collect();
    guides.sort_by_key(|g| g.meta.order);
    guides
}

fn steps(blocks: &[Block]) -> Vec<&Step> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Steps(steps) => steps.iter().collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[test]
fn at_least_seven_guides_in_order_one_to_seven() {
    let guides = guides();
    assert!(guides.len() >= 7, "{} guides", guides.len());
    let orders: Vec<i64> = guides.iter().filter_map(|g| g.meta.order).collect();
    assert_eq!(
        &orders[..7],
        &[1, 2, 3, 4, 5, 6, 7],
        "each guide has its own place"
    );
}

#[test]
fn every_guide_has_sources_what_you_need_and_time() {
    for guide in guides() {
        let meta = &guide.meta;
        assert!(!meta.sources.is_empty(), "{}: no sources", guide.slug);
        assert!(!meta.you_need.is_empty(), "{}: no you_need", guide.slug);
        assert!(
            meta.time.as_ref().is_some_and(|t| !t.is_blank()),
            "{}: no time",
            guide.slug
        );
        assert!(!meta.tags.is_empty(), "{}: no tags", guide.slug);
        let days = meta
            .updated
            .until((jiff::Unit::Day, meta.review_due))
            .unwrap()
            .get_days();
        assert!(
            (365..=3 * 366).contains(&days),
            "{}: review due {days} days after the update, not 1 to 3 years",
            guide.slug
        );
    }
}

#[test]
fn every_step_has_a_picture_with_a_description() {
    for guide in guides() {
        let steps = steps(&guide.body);
        assert!(
            steps.len() >= 4,
            "{}: only {} steps",
            guide.slug,
            steps.len()
        );
        for step in steps {
            assert!(
                !step.picture.alt.is_blank(),
                "{} step {}: no description",
                guide.slug,
                step.number
            );
            assert!(
                step.picture.src.starts_with("images/"),
                "{} step {}: picture outside images/",
                guide.slug,
                step.number
            );
        }
    }
}

#[test]
fn a_whole_check_of_the_site_finds_nothing() {
    let report = easyguide::build(&BuildOptions {
        root: root(),
        output: None,
        deny_warnings: true,
        write: false,
        today: None,
        edition: Default::default(),
        shown_as: None,
    })
    .expect("the check runs");
    assert!(
        report.diagnostics.as_slice().is_empty(),
        "{:#?}",
        report.diagnostics
    );
}

#[test]
fn pictures_are_small_and_have_no_words_in_them() {
    let mut rasters = 0;
    for entry in fs::read_dir(root().join("content")).unwrap() {
        let images = entry.unwrap().path().join("images");
        let Ok(files) = fs::read_dir(&images) else {
            continue;
        };
        for file in files {
            let path = file.unwrap().path();
            let size = fs::metadata(&path).unwrap().len();
            match extension(&path) {
                "svg" => {
                    assert!(size < 8 * 1024, "{}: {size} bytes", path.display());
                    let svg = fs::read_to_string(&path).unwrap();
                    for refused in ["<text", "<script", "<foreignObject", "href="] {
                        assert!(!svg.contains(refused), "{}: has {refused}", path.display());
                    }
                }
                "png" | "jpg" | "jpeg" => {
                    rasters += 1;
                    assert!(size < 400 * 1024, "{}: {size} bytes", path.display());
                }
                other => panic!("{}: unexpected picture type {other}", path.display()),
            }
        }
    }
    assert!(rasters >= 7, "only {rasters} raster pictures");
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|e| e.to_str()).unwrap_or("")
}
