//! The workspace built again in one process: work done only where sources changed, the same
//! bytes as a clean build, and file ids that survive new files.

use std::collections::BTreeMap;

use easyguide::workspace::Work;
use easyguide::{BuildOptions, BuildReport, Workspace, assets::Quiet};

use crate::helper::Site;

/// The `basic` fixture in three languages, so every stage has units per language.
fn site() -> Site {
    let site = Site::fixture("basic");
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\nlanguages = [\"en\", \"cy\", \"ar\"]",
    );
    site
}

fn options(site: &Site, output: &str) -> BuildOptions {
    BuildOptions {
        root: site.root().to_path_buf(),
        output: Some(site.path(output)),
        deny_warnings: false,
        write: true,
        today: None,
        edition: Default::default(),
        shown_as: None,
    }
}

fn build(workspace: &mut Workspace, site: &Site, output: &str) -> BuildReport {
    let report = workspace.build(&options(site, output), &Quiet).unwrap();
    assert!(report.written, "{:?}", report.diagnostics.as_slice());
    report
}

/// A build in a new workspace: the reference every incremental build must equal.
fn clean(site: &Site, output: &str) -> BTreeMap<String, Vec<u8>> {
    build(&mut Workspace::new(), site, output);
    site.snapshot(output)
}

#[test]
fn a_second_build_with_nothing_changed_does_no_stage_work() {
    let site = site();
    let mut workspace = Workspace::new();
    let first = build(&mut workspace, &site, "public");
    assert_eq!(
        first.work,
        Work {
            parsed: 2,
            pieces: 2,
            localised: 6,
            scored: 2,
            // The site (home, lists, accessibility statements, guides), the sitemap, a feed
            // per language, the API's two schemas, lists and guides; the embeds' stylesheet,
            // embed pages, fragments, share pages and print handouts.
            rendered: 1 + 3 + 3 + 6 + 1 + 3 + 2 + 3 + 6 + 1 + 6 + 6 + 6 + 6,
        }
    );
    let before = site.snapshot("public");
    let second = build(&mut workspace, &site, "public");
    assert_eq!(second.work, Work::default());
    assert_eq!(site.snapshot("public"), before);
    assert_eq!(second.diagnostics.as_slice(), first.diagnostics.as_slice());
}

#[test]
fn one_edited_guide_redoes_only_its_pages_and_the_lists_that_show_it() {
    let site = site();
    let mut workspace = Workspace::new();
    build(&mut workspace, &site, "public");
    site.edit("content/second/index.md", "Go back to", "Now go back to");
    let report = build(&mut workspace, &site, "public");
    // One file parsed; its message ids; the guide in 3 languages; its English words scored
    // (the other languages show English words, scored once in English); its 3 pages, the 3
    // lists and the home page; its 3 JSON files, and the 3 JSON lists and 3 feeds that show
    // it; its 3 embed pages, fragments, share pages and handouts. The sitemap names guides, not their
    // words: untouched.
    assert_eq!(
        report.work,
        Work {
            parsed: 1,
            pieces: 1,
            localised: 3,
            scored: 1,
            rendered: 3 + 3 + 1 + 3 + 3 + 3 + 3 + 3 + 3 + 3,
        }
    );
    assert_eq!(site.snapshot("public"), clean(&site, "clean"));
}

#[test]
fn a_message_file_redoes_only_its_language() {
    let site = site();
    let mut workspace = Workspace::new();
    build(&mut workspace, &site, "public");
    site.write(
        "locales/cy/second.ftl",
        "# status: draft\nsecond-guide = Ail ganllaw\n",
    );
    let report = build(&mut workspace, &site, "public");
    assert_eq!(report.work.parsed, 0);
    assert_eq!(report.work.localised, 1, "only Welsh is made again");
    // The Welsh guide page, the Welsh list that shows its title, and the home page (which
    // lists the source language's guides) is untouched; the Welsh JSON of the guide, the
    // Welsh JSON list, the Welsh feed, and the guide's Welsh embed, fragment, share page
    // and handout: 9 pages.
    assert_eq!(report.work.rendered, 9);
    assert_eq!(site.snapshot("public"), clean(&site, "clean"));
}

#[test]
fn adding_a_guide_changes_no_other_files_id() {
    let site = site();
    let mut workspace = Workspace::new();
    let before = build(&mut workspace, &site, "public");
    let ids: Vec<_> = before
        .map
        .iter()
        .map(|(id, f)| (f.display_path().to_owned(), id))
        .collect();
    // "a-guide" sorts before every other guide, so a fresh load would read it first.
    site.write(
        "content/a-guide/index.md",
        "+++\ntitle = \"A guide\"\nsummary = \"A new guide.\"\nupdated = 2026-02-01\nreview_due = 2027-02-01\n+++\n\nRead this.\n",
    );
    let after = build(&mut workspace, &site, "public");
    for (path, id) in &ids {
        let now = after.map.iter().find(|(_, f)| f.display_path() == path);
        assert_eq!(now.map(|(i, _)| i), Some(*id), "{path}");
    }
    assert_eq!(after.work.parsed, 1);
    assert_eq!(site.snapshot("public"), clean(&site, "clean"));
}

#[test]
fn edits_additions_and_deletions_give_the_bytes_of_a_clean_build() {
    let site = site();
    let mut workspace = Workspace::new();
    build(&mut workspace, &site, "public");
    site.write("templates/partials/translation-notes.html", "");
    build(&mut workspace, &site, "public");
    assert_eq!(site.snapshot("public"), clean(&site, "clean"));
    std::fs::remove_dir_all(site.path("content/second")).unwrap();
    site.edit("content/first/index.md", "../second/", "../first/");
    let report = build(&mut workspace, &site, "public");
    assert!(report.written);
    assert_eq!(site.snapshot("public"), clean(&site, "clean"));
    site.edit("site.toml", "Test guides", "Tested guides");
    build(&mut workspace, &site, "public");
    assert_eq!(site.snapshot("public"), clean(&site, "clean"));
}

#[test]
fn a_sequence_of_edits_renames_and_deletions_gives_the_bytes_of_a_clean_build() {
    let site = site();
    let mut workspace = Workspace::new();
    build(&mut workspace, &site, "public");
    let steps: [&dyn Fn(&Site); 7] = [
        // A guide edited, and a message file added for it.
        &|s| {
            s.edit("content/second/index.md", "Go back to", "Then go back to");
            s.write("locales/cy/second.ftl", "second-guide = Ail ganllaw\n");
        },
        // A picture replaced by another one's bytes, and a new guide added.
        &|s| {
            let phone = std::fs::read(s.path("content/second/images/phone.svg")).unwrap();
            s.write_bytes("content/first/images/phone.svg", &phone);
            s.write(
                "content/third/index.md",
                "+++\ntitle = \"Third guide\"\nsummary = \"Another guide.\"\nupdated = 2026-02-01\nreview_due = 2027-02-01\n+++\n\nRead this.\n",
            );
        },
        // A guide folder renamed.
        &|s| std::fs::rename(s.path("content/third"), s.path("content/fourth")).unwrap(),
        // A template added, then a message file edited.
        &|s| {
            s.write("templates/partials/translation-notes.html", "");
            s.write("locales/cy/second.ftl", "second-guide = Ail ganllaw eto\n");
        },
        // The template and a message file deleted.
        &|s| {
            std::fs::remove_file(s.path("templates/partials/translation-notes.html")).unwrap();
            std::fs::remove_file(s.path("locales/cy/second.ftl")).unwrap();
        },
        // A guide deleted.
        &|s| std::fs::remove_dir_all(s.path("content/fourth")).unwrap(),
        // The site's settings changed.
        &|s| {
            s.edit("site.toml", "Test guides", "Tested guides");
        },
    ];
    for step in steps {
        step(&site);
        build(&mut workspace, &site, "public");
        assert_eq!(site.snapshot("public"), clean(&site, "clean"));
    }
}
