//! The accessibility checker in every build: a finding on a built page points at the
//! Markdown line that made the element, with the place in the built page as a second label;
//! this repository's kind of site builds with no finding at all.

use crate::helper::Site;

/// The build's diagnostics as JSON.
fn diagnostics(site: &Site) -> Vec<serde_json::Value> {
    let run = site.run(&["build", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr));
    json["diagnostics"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_clean_site_has_no_accessibility_finding() {
    let site = Site::fixture("basic");
    site.run(&["build", "--deny", "warnings"]).expect(0);
}

#[test]
fn a_vague_link_is_reported_at_its_markdown_line_and_in_the_page() {
    let site = Site::fixture("basic");
    site.edit(
        "content/first/index.md",
        "Choose a day.",
        "Choose a day. [Click here](https://www.nhs.uk/nhs-app/).",
    );
    let found = diagnostics(&site);
    let d = found
        .iter()
        .find(|d| d["code"] == "link-text-vague")
        .unwrap_or_else(|| panic!("no link-text-vague in {found:#?}"));
    assert_eq!(d["file"], "content/first/index.md", "{d:#}");
    assert_eq!(d["line"], 24, "{d:#}");
    let also = d["secondary"].as_array().expect("a second label");
    assert!(
        also.iter()
            .any(|s| s.to_string().contains("first/index.html")),
        "{d:#}"
    );
    assert!(d.to_string().contains("WCAG 2.2 2.4.4"), "{d:#}");
}

#[test]
fn accessibility_warnings_fail_a_build_that_denies_warnings() {
    let site = Site::fixture("basic");
    site.edit(
        "content/first/index.md",
        "Choose a day.",
        "Choose a day. [Click here](https://www.nhs.uk/nhs-app/).",
    );
    let run = site.run(&["build", "--deny", "warnings"]);
    run.expect(1);
    assert!(!site.path("public/index.html").exists());
}
