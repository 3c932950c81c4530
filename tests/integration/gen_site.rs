//! The benchmark's site generator (`examples/gen-site.rs`, run by `bench/run.sh`): the same
//! options give the same bytes, and the site it writes builds with no errors and is already
//! what `i18n update` would write.

use crate::helper::Site;

#[allow(dead_code, clippy::duplicate_mod)] // the generator's `main` and summary fields are for the command line
#[path = "../../examples/gen-site.rs"]
mod generator;

fn options(site: &Site, seed: u64, name: &str) -> generator::Options {
    generator::Options {
        guides: 3,
        langs: 2,
        pictures: 2,
        seed,
        photo_size: (160, 120),
        out: Some(site.path(&format!("{name}/easyguide"))),
        hugo: Some(site.path(&format!("{name}/hugo"))),
        zola: Some(site.path(&format!("{name}/zola"))),
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let site = Site::empty();
    generator::generate(&options(&site, 7, "a")).unwrap();
    generator::generate(&options(&site, 7, "b")).unwrap();
    generator::generate(&options(&site, 8, "c")).unwrap();
    let a = site.snapshot("a");
    assert!(a.len() > 40, "only {} files", a.len());
    assert_eq!(a, site.snapshot("b"));
    let c = site.snapshot("c");
    assert_ne!(a.get("easyguide/site.toml"), None);
    assert_ne!(
        a.keys()
            .filter(|k| k.ends_with("index.md"))
            .collect::<Vec<_>>(),
        c.keys()
            .filter(|k| k.ends_with("index.md"))
            .collect::<Vec<_>>(),
        "another seed, other guides"
    );
}

#[test]
fn the_generated_site_builds_and_needs_no_update() {
    let site = Site::empty();
    let summary = generator::generate(&options(&site, 7, "a")).unwrap();
    assert_eq!(summary.pages, 6);
    assert_eq!(
        summary.messages.unmatched, 0,
        "every message is a piece of its guide"
    );
    assert!(summary.messages.filled > 0 && summary.messages.left > 0);
    let files = site.snapshot("a/easyguide");
    let has = |suffix: &str| files.keys().any(|k| k.ends_with(suffix));
    assert!(
        has(".jpg") && has(".svg") && has("ui.ftl"),
        "{:?}",
        files.keys()
    );
    let (_, guide) = files.iter().find(|(k, _)| k.ends_with("index.md")).unwrap();
    let guide = String::from_utf8_lossy(guide);
    for convention in [
        "+++\ntitle = ",
        "\n![",
        "\n## ",
        "> [!DO]",
        "> [!DONT]",
        "](../",
    ] {
        assert!(guide.contains(convention), "no {convention:?} in\n{guide}");
    }
    // One thread: two threads encoding a photo that two guides share race for one temporary
    // file in the picture cache and the build fails (issue 14's bug). Remove the variable
    // with the fix.
    let build = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .env("RAYON_NUM_THREADS", "1")
        .args(["build", "--root", "a/easyguide", "--format", "short"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert_eq!(build.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("wrote 35 pages"), "{stderr}");
    let update = site.run(&["i18n", "update", "--root", "a/easyguide"]);
    update.expect(0).says("0 files of ");
}
