//! Every kind of bad input: a message with file, line and column, exit code 1, and the
//! previous site left exactly as it was.

use super::helper::Site;

/// Builds the good fixture, breaks it with `change`, and checks the failed build.
fn broken(change: impl Fn(&Site), expected: &[&str]) -> String {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let before = site.snapshot("public");
    change(&site);
    let run = site.build();
    run.expect(1).says("public was not changed");
    for text in expected {
        run.says(text);
    }
    assert_eq!(
        before,
        site.snapshot("public"),
        "the previous site must be untouched"
    );
    run.stderr.clone()
}

#[test]
fn bad_toml_in_front_matter() {
    broken(
        |s| {
            s.edit(
                "content/first/index.md",
                "summary = \"A guide",
                "summary = A guide",
            );
        },
        &["error[toml-syntax]", "content/first/index.md:3:"],
    );
}

#[test]
fn unknown_front_matter_key() {
    broken(
        |s| {
            s.edit("content/first/index.md", "tags =", "tagz =");
        },
        &[
            "error[unknown-key]",
            "unknown key `tagz`",
            "content/first/index.md:6:1",
            "did you mean `tags`?",
        ],
    );
}

#[test]
fn missing_front_matter_key() {
    broken(
        |s| {
            s.edit(
                "content/second/index.md",
                "summary = \"A short guide.\"\n",
                "",
            );
        },
        &[
            "error[missing-key]",
            "front matter has no `summary`",
            "content/second/index.md:1:1",
            "add a line like: summary =",
        ],
    );
}

#[test]
fn bad_date() {
    broken(
        |s| {
            s.edit(
                "content/second/index.md",
                "updated = 2026-02-01",
                "updated = \"1st of Feb\"",
            );
        },
        &[
            "error[bad-date]",
            "`updated` is not a date",
            "content/second/index.md:4:11",
        ],
    );
}

#[test]
fn impossible_date() {
    broken(
        |s| {
            s.edit(
                "content/second/index.md",
                "updated = 2026-02-01",
                "updated = 2026-02-31",
            );
        },
        &["content/second/index.md:4:"],
    );
}

#[test]
fn missing_picture() {
    broken(
        |s| {
            s.edit(
                "content/first/index.md",
                "images/calendar.png",
                "images/calender.png",
            );
        },
        &[
            "error[missing-picture]",
            "content/first/index.md:23:1",
            "did you mean `images/calendar.png`?",
        ],
    );
}

#[test]
fn picture_without_alt_text() {
    broken(
        |s| {
            s.edit("content/first/index.md", "![A calendar]", "![]");
        },
        &[
            "error[missing-alt]",
            "content/first/index.md:23:1",
            "this picture has no description",
        ],
    );
}

#[test]
fn link_to_a_guide_that_does_not_exist() {
    broken(
        |s| {
            s.edit("content/first/index.md", "../second/", "../secnd/");
        },
        &[
            "error[broken-link]",
            "there is no guide called `secnd`",
            "content/first/index.md:24:19",
            "did you mean ../second/",
        ],
    );
}

#[test]
fn link_to_a_step_that_does_not_exist() {
    broken(
        |s| {
            s.edit("content/second/index.md", "#step-2", "#step-9");
        },
        &[
            "error[broken-link]",
            "has no part called `#step-9`",
            "content/second/index.md:12:",
        ],
    );
}

#[test]
fn bad_site_toml() {
    broken(
        |s| {
            s.write(
                "site.toml",
                "title = \"T\"\nbase_url = \"https://x.example/\"\nthme = \"easy\"\n",
            );
        },
        &[
            "error[unknown-key]",
            "site.toml:3:1",
            "did you mean `theme`?",
        ],
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let stderr = broken(
        |s| {
            s.edit("content/first/index.md", "![A calendar]", "![]");
            s.edit(
                "content/second/index.md",
                "updated = 2026-02-01",
                "updated = \"soon\"",
            );
            s.edit("content/first/index.md", "tags =", "tagz =");
        },
        &[
            "error[missing-alt]",
            "error[bad-date]",
            "error[unknown-key]",
        ],
    );
    assert!(stderr.contains("3 errors"), "{stderr}");
}

#[test]
fn raw_html_is_a_warning_and_never_published() {
    let site = Site::fixture("basic");
    site.edit(
        "content/second/index.md",
        "## Only part",
        "<script>alert(1)</script>\n\n## Only part",
    );
    site.build()
        .expect(0)
        .says("warning[raw-html]")
        .says("content/second/index.md:9:1");
    let page = site.read("public/en/second/index.html");
    assert!(!page.contains("alert(1)"));
    // The one script element is the guide's structured data, which browsers never run.
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("<script type=\"application/ld+json\">"));
    site.run(&["build", "--deny", "warnings"]).expect(1);
}

#[test]
fn messages_come_with_a_source_snippet_and_a_hint() {
    let site = Site::fixture("basic");
    site.edit("content/first/index.md", "![A calendar]", "![]");
    let run = site.build();
    run.expect(1);
    insta::assert_snapshot!(
        run.stderr
            .lines()
            .take_while(|l| !l.starts_with("failed"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn short_and_json_formats() {
    let site = Site::fixture("basic");
    site.edit("content/first/index.md", "![A calendar]", "![]");
    site.run(&["build", "--format", "short"])
        .expect(1)
        .says("content/first/index.md:23:1: error[missing-alt]: this picture has no description");
    let run = site.run(&["build", "--format", "json"]);
    run.expect(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "missing-alt");
    assert_eq!(d["file"], "content/first/index.md");
    assert_eq!(d["line"], 23);
    assert_eq!(d["column"], 1);
}

#[test]
fn a_translation_in_the_site_language_is_refused() {
    broken(
        |s| {
            s.write(
                "content/second/index.en.md",
                &s.read("content/second/index.md"),
            );
        },
        &["error[duplicate-guide]", "content/second/index.en.md"],
    );
}

#[test]
fn a_guide_folder_without_index_is_named() {
    broken(
        |s| {
            s.write(
                "content/third/images/a.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            );
        },
        &["error[missing-index]", "content/third", "has no index.md"],
    );
}

#[test]
fn a_guide_folder_named_like_an_address_the_site_uses_is_refused_by_name() {
    for (slug, note) in [
        ("accessibility", "<lang>/accessibility/"),
        ("guides", "api/v1/<lang>/guides.json"),
    ] {
        broken(
            |s| {
                let first = s.read("content/first/index.md");
                s.write(&format!("content/{slug}/index.md"), &first);
            },
            &[
                "error[bad-slug]",
                &format!("content/{slug}"),
                "uses that address already",
                note,
            ],
        );
    }
}

#[test]
fn a_hint_names_only_a_picture_close_to_the_one_written() {
    let close = broken(
        |s| {
            s.edit(
                "content/first/index.md",
                "images/phone.svg",
                "images/phnoe.svg",
            );
        },
        &["error[missing-picture]", "did you mean `images/phone.svg`?"],
    );
    assert_eq!(close.matches("did you mean `images/").count(), 1, "{close}");
    let unrelated = broken(
        |s| {
            s.edit(
                "content/first/index.md",
                "images/phone.svg",
                "images/zzzz.svg",
            );
        },
        &["error[missing-picture]", "check the spelling"],
    );
    assert!(!unrelated.contains("did you mean `images/"), "{unrelated}");
}

#[test]
fn a_template_mistake_is_shown_once_with_how_many_pages_it_stops() {
    let stderr = broken(
        |s| {
            s.write(
                "templates/guide.html",
                "{% extends \"base.html\" %}{% block main %}{{ nope.x }}{% endblock main %}",
            );
        },
        &[
            "error[template]: the page could not be made from guide.html",
            "templates/guide.html:1:45",
            "2 pages are made with this template; none of them could be made",
        ],
    );
    assert_eq!(stderr.matches("error[template]").count(), 1, "{stderr}");
}

#[test]
fn a_guide_that_is_not_utf8_is_named_once() {
    let stderr = broken(
        |s| {
            std::fs::write(
                s.path("content/second/index.md"),
                b"+++\ntitle = \"\xff\"\n",
            )
            .unwrap();
        },
        &["error[not-utf8]", "content/second/index.md"],
    );
    assert!(!stderr.contains("missing-index"), "{stderr}");
}
