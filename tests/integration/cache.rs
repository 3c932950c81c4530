//! The picture cache: it removes only files it wrote, refuses places a cache must not be,
//! and survives guides that share a picture being prepared at the same time.

use super::helper::Site;
use crate::support::photo;

fn with_cache(site: &Site, cache: &str) {
    site.edit(
        "site.toml",
        "language = \"en\"",
        &format!("language = \"en\"\n[pictures]\ncache = {cache:?}"),
    );
}

#[test]
fn a_cache_in_a_shared_folder_removes_only_what_it_wrote() {
    let site = Site::fixture("basic");
    site.write("shared/notes.txt", "mine");
    site.write("shared/pictures/family.jpg", "mine");
    site.write(
        "shared/pictures/0000000000000000000000000000000000000000000000000000000000000000.webp",
        "mine, though the name looks like the cache's",
    );
    with_cache(&site, "shared");
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(400, 300, 1),
    );
    site.build().expect(0);
    site.write_bytes(
        "content/first/images/calendar.png",
        &photo::png(400, 300, 2),
    );
    site.build().expect(0);
    assert_eq!(
        site.snapshot("shared/pictures").len(),
        12,
        "9 of the cache's and 2 of the owner's"
    );
    for mine in [
        "shared/notes.txt",
        "shared/pictures/family.jpg",
        "shared/pictures/0000000000000000000000000000000000000000000000000000000000000000.webp",
    ] {
        assert!(site.path(mine).is_file(), "{mine} was removed");
    }
}

#[test]
fn places_a_cache_must_not_be_are_refused() {
    for (cache, why) in [
        (
            "public/cache",
            "the picture cache is inside the output folder",
        ),
        (
            "content/cache",
            "the picture cache is inside the site's content/ folder",
        ),
        (
            ".",
            "the picture cache is the site's own folder, or a folder that holds it",
        ),
        (
            "..",
            "the picture cache is the site's own folder, or a folder that holds it",
        ),
    ] {
        let site = Site::fixture("basic");
        with_cache(&site, cache);
        site.build().expect(1).says("error[bad-value]").says(why);
        assert!(!site.path("public").exists(), "{cache}");
        assert!(!site.path("CACHEDIR.TAG").exists(), "{cache}");
    }
}

#[test]
fn the_home_folder_is_never_a_cache() {
    let site = Site::fixture("basic");
    let home = Site::empty();
    with_cache(&site, home.root().to_str().unwrap());
    let output = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .current_dir(site.root())
        .env("NO_COLOR", "1")
        .env("EASYGUIDE_TODAY", super::helper::TODAY)
        .env("HOME", home.root())
        .arg("build")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("the picture cache is the home folder"),
        "{stderr}"
    );
    assert!(!home.path("CACHEDIR.TAG").exists());
}

#[test]
fn guides_sharing_a_picture_build_cold_every_time() {
    let site = Site::fixture("basic");
    let picture = photo::png(640, 480, 3);
    for guide in ["first", "second", "third", "fourth", "fifth", "sixth"] {
        site.write_bytes(&format!("content/{guide}/images/shared.png"), &picture);
    }
    for guide in ["third", "fourth", "fifth", "sixth"] {
        site.write(
            &format!("content/{guide}/index.md"),
            &format!("+++\ntitle = \"Guide {guide}\"\nsummary = \"A guide.\"\nupdated = 2026-01-10\nreview_due = 2027-01-10\n+++\n\n## Part\n\n![A shared photo](images/shared.png)\nLook at it.\n"),
        );
    }
    site.edit(
        "content/second/index.md",
        "Go back",
        "![A shared photo](images/shared.png)\nLook at it.\n\nGo back",
    );
    for _ in 0..3 {
        std::fs::remove_dir_all(site.path(".easyguide-cache")).ok();
        site.build().expect(0);
    }
}
