//! Building a good site: what is written, where, and that it is the same every time.

use super::helper::Site;

#[test]
fn writes_home_list_guides_css_and_pictures() {
    let site = Site::fixture("basic");
    site.build()
        .expect(0)
        .says("wrote 13 pages (2 guides, 1 language)");
    for file in [
        "index.html",
        "en/index.html",
        "en/first/index.html",
        "en/second/index.html",
    ] {
        assert!(site.path("public").join(file).is_file(), "{file} missing");
    }
    let pictures: Vec<String> = site.snapshot("public/img/first").into_keys().collect();
    for start in ["phone.", "calendar-8."] {
        assert!(
            pictures.iter().any(|p| p.starts_with(start)),
            "{start}* missing from {pictures:?}"
        );
    }
    let css: Vec<String> = site
        .snapshot("public")
        .into_keys()
        .filter(|k| k.ends_with(".css"))
        .collect();
    // The site's stylesheet, and its copy scoped for other sites' pages.
    assert_eq!(css.len(), 2);
    assert_eq!(css[0], "embed/easyguide.css");
    let css = &css[1..];
    assert!(
        css[0].starts_with("style.") && css[0].len() == "style.0123456789.css".len(),
        "{css:?}"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let first = site.snapshot("public");
    site.build().expect(0);
    assert_eq!(first, site.snapshot("public"));
    let other = Site::fixture("basic");
    other.build().expect(0);
    assert_eq!(
        first,
        other.snapshot("public"),
        "a different folder gives the same bytes"
    );
}

#[test]
fn the_guide_page_renders_every_convention() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let html = site.read("public/en/first/index.html");
    // The stylesheet's name changes with every change to the theme's CSS; the page does not.
    insta::with_settings!({ filters => vec![(r"style\.[0-9a-f]{10}\.css", "style.[hash].css")] }, {
        insta::assert_snapshot!(html);
    });
}

#[test]
fn guide_lists_follow_order_then_title() {
    let site = Site::fixture("basic");
    site.edit("content/second/index.md", "order = 2", "order = 0");
    site.build().expect(0);
    let list = site.read("public/en/index.html");
    assert!(list.find("Second guide").unwrap() < list.find("First guide").unwrap());
}

#[test]
fn output_can_go_elsewhere() {
    let site = Site::fixture("basic");
    site.run(&["build", "--output", "site-out"]).expect(0);
    assert!(site.path("site-out/en/first/index.html").is_file());
    assert!(!site.path("public").exists());
}

#[test]
fn root_can_be_given() {
    let site = Site::fixture("basic");
    let outside = Site::empty();
    let root = site.root().to_str().unwrap();
    outside.run(&["build", "--root", root]).expect(0);
    assert!(site.path("public/index.html").is_file());
}

#[test]
fn old_files_are_removed_by_the_next_build() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    std::fs::remove_dir_all(site.path("content/second")).unwrap();
    site.edit(
        "content/first/index.md",
        " See [the second guide](../second/).",
        "",
    );
    site.build().expect(0);
    assert!(!site.path("public/en/second").exists());
}

#[test]
fn no_page_has_a_script_unless_the_site_asks_for_the_frame_sizing_one() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    assert!(!site.path("public/embed/resize.js").exists());
    for (path, bytes) in site.snapshot("public") {
        if path.ends_with(".html") {
            let html = String::from_utf8(bytes).unwrap();
            assert!(!html.contains("<script src"), "{path}");
        }
    }
    site.edit(
        "site.toml",
        "language = \"en\"",
        "language = \"en\"\n\n[embed]\nresize_script = true",
    );
    site.run(&["build", "--deny", "warnings"]).expect(0);
    assert!(site.path("public/embed/resize.js").exists());
    assert!(
        site.read("public/embed/en/first/index.html")
            .contains("<script src=\"../../resize.js\" defer></script>")
    );
    // Only a frame page may load it: a template that puts it on the site's pages is an error.
    site.write(
        "templates/base.html",
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("themes/easy/templates/base.html"),
        )
        .unwrap()
        .replacen(
            "</head>",
            "<script src=\"../../embed/resize.js\" defer></script>\n</head>",
            1,
        ),
    );
    site.run(&["build", "--format", "short"])
        .expect(1)
        .says("public/en/first/index.html:13:1: error[script]: the page loads the script ../../embed/resize.js; published pages run no JavaScript");
}
