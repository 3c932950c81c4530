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

#[test]
fn a_site_stylesheet_with_low_contrast_fails_at_the_line_of_the_colour() {
    let site = Site::fixture("basic");
    let theme = include_str!("../../themes/easy/static/style.css");
    // #767676 on white is 4.5:1: enough for AA, not the 7:1 the easy-read theme keeps.
    site.write(
        "static/style.css",
        &theme.replacen("--text: #1b1b1b;", "--text: #767676;", 1),
    );
    let found = diagnostics(&site);
    let contrast: Vec<_> = found
        .iter()
        .filter(|d| d["code"].as_str().is_some_and(|c| c.contains("contrast")))
        .collect();
    assert!(!contrast.is_empty(), "no contrast finding in {found:#?}");
    assert!(
        contrast
            .iter()
            .any(|d| d["file"] == "static/style.css" && d["line"] == 6),
        "{contrast:#?}"
    );
}

#[test]
fn the_accessibility_statement_lists_what_the_checks_found_and_is_linked_from_every_page() {
    let site = Site::fixture("basic");
    site.write(
        "site.toml",
        &format!(
            "{}\n[accessibility]\norganisation = \"Anytown Library\"\nemail = \"help@anytown.example\"\nprepared = \"2026-11-30\"\n",
            site.read("site.toml")
        ),
    );
    site.build().expect(0);
    let statement = site.read("public/en/accessibility/index.html");
    assert!(
        statement.contains("Anytown Library runs this website"),
        "{statement}"
    );
    assert!(statement.contains("fully meets"), "{statement}");
    assert!(
        statement.contains("mailto:help@anytown.example"),
        "{statement}"
    );
    assert!(statement.contains("30 November 2026"), "{statement}");
    for page in [
        "public/index.html",
        "public/en/index.html",
        "public/en/first/index.html",
    ] {
        assert!(
            site.read(page)
                .contains("accessibility/\">Accessibility statement</a>"),
            "{page} does not link to the statement"
        );
    }
    site.edit(
        "content/first/index.md",
        "Choose a day.",
        "Choose a day. [Click here](https://www.nhs.uk/nhs-app/).",
    );
    site.build().expect(0);
    let statement = site.read("public/en/accessibility/index.html");
    assert!(statement.contains("partly meets"), "{statement}");
    assert!(
        statement.contains("WCAG 2.2 2.4.4 Link Purpose (In Context) (A)</span>: "),
        "{statement}"
    );
}

#[test]
fn the_check_report_has_an_accessibility_section_by_rule_and_by_file() {
    let site = Site::fixture("basic");
    site.run(&["check", "--report", "report"]).expect(0);
    let html = site.read("report/index.html");
    assert!(html.contains("id=\"accessibility\""), "{html}");
    assert!(html.contains("found nothing"), "{html}");
    site.edit(
        "content/first/index.md",
        "Choose a day.",
        "Choose a day. [Click here](https://www.nhs.uk/nhs-app/).",
    );
    site.run(&["check", "--report", "report"]);
    let html = site.read("report/index.html");
    assert!(html.contains("Accessibility findings by rule"), "{html}");
    assert!(html.contains("link-text-vague (WCAG 2.4.4)"), "{html}");
    assert!(html.contains("content/first/index.md"), "{html}");
}

#[test]
fn a_guide_translated_as_a_whole_gets_no_english_glossary_explanations() {
    let site = Site::fixture("translated");
    site.write(
        "site.toml",
        &format!(
            "{}\n[glossary]\nclinic = \"a place where you see a nurse or doctor\"\n",
            site.read("site.toml")
        ),
    );
    let english = site.read("content/visit/index.md");
    let welsh = english
        .replace("Visit the clinic", "Mynd i'r clinic")
        .replace(
            "How to get ready for a visit to the clinic.",
            "Sut i baratoi at ymweliad â'r clinic.",
        )
        .replace("Your letter", "Eich llythyr")
        .replace("Before you go", "Cyn i chi fynd")
        .replace("A letter with a date on it", "Llythyr gyda dyddiad arno")
        .replace(
            "Read your letter. It has the **time** of your visit.",
            "Darllenwch eich llythyr. Mae'n dweud **amser** eich ymweliad.",
        )
        .replace("Look at the map on", "Edrychwch ar y map ar")
        .replace("the clinic's website", "wefan y clinic")
        .replace(
            "Call the clinic if you cannot come.",
            "Ffoniwch y clinic os na allwch chi ddod.",
        )
        .replace("At the clinic", "Yn y clinic")
        .replace(
            "Tell the desk your name.",
            "Dywedwch eich enw wrth y ddesg.",
        );
    site.write("content/visit/index.cy.md", &welsh);
    site.build().expect(0);
    assert!(
        site.read("public/en/visit/index.html")
            .contains("a place where you see a nurse or doctor")
    );
    assert!(
        !site
            .read("public/cy/visit/index.html")
            .contains("a place where you see a nurse or doctor")
    );
}
