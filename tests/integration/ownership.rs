//! A build replaces only a folder whose every file easyguide wrote, as the journal beside the
//! output folder proves; copying a site somewhere else copies no such proof.

use std::fs;

use super::helper::Site;

#[test]
fn a_copied_site_in_a_practice_folder_is_never_replaced() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    // A practice copies the published site into its own web folder…
    site.write("www/contact.html", "<h1>Our opening hours</h1>");
    site.write("www/news/flu.html", "<h1>Flu jabs</h1>");
    for (path, bytes) in site.snapshot("public") {
        site.write_bytes(&format!("www/{path}"), &bytes);
    }
    let before = site.snapshot("www");
    // …and later builds straight into it.
    site.run(&["build", "--output", "www"])
        .expect(2)
        .says("refusing to write the site to www: it holds files easyguide did not write there")
        .says("contact.html")
        .says(" more)");
    assert_eq!(site.snapshot("www"), before, "every file survives");
    assert!(!site.path(".www.easyguide").exists());
}

#[test]
fn the_record_is_kept_beside_the_site_and_never_published() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let published: Vec<String> = site.snapshot("public").into_keys().collect();
    assert!(
        published.iter().all(|p| !p.contains(".easyguide")),
        "{published:?}"
    );
    let journal: serde_json::Value =
        serde_json::from_str(&site.read(".public.easyguide/journal.json")).unwrap();
    let recorded: Vec<String> = journal["files"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(recorded, published, "exactly the files written");
    let output = journal["output"].as_str().unwrap();
    assert_eq!(
        fs::canonicalize(output).unwrap(),
        fs::canonicalize(site.path("public")).unwrap()
    );
}

#[test]
fn a_file_added_to_the_output_stops_the_next_build() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    site.write("public/google1234.html", "site verification");
    site.build()
        .expect(2)
        .says("google1234.html")
        .says("move those files out of the folder");
    assert_eq!(site.read("public/google1234.html"), "site verification");
    fs::remove_file(site.path("public/google1234.html")).unwrap();
    site.build().expect(0);
}

#[test]
fn a_folder_from_an_older_easyguide_is_not_trusted() {
    let site = Site::fixture("basic");
    site.write(
        "public/.easyguide",
        "This folder is written by `easyguide build`.\n",
    );
    site.write("public/index.html", "old");
    site.build()
        .expect(2)
        .says("it was written by an older easyguide, which did not record the files it wrote")
        .says("delete it and build again");
    assert_eq!(site.read("public/index.html"), "old");
}
