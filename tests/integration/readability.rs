//! Reading level: every kind of finding at its exact file:line:col, the glossary on the page,
//! the JSON schema, the check report, and `easyguide readability` on any text.

use super::helper::Site;

/// A guide with one problem per line (line numbers in the comments of each test).
const PROBLEMS: &str = "+++
title = \"Third guide\"
summary = \"A guide with problems.\"
updated = 2026-02-01
review_due = 2027-02-01
order = 3
+++

You can use the website on your phone or your computer when it is a good time for you.

Pharmaceutical cardiovascular contraindications matter here.

Please utilise the app.

Your results are sent by text.

Ask about PPE at the door.

It takes twenty minutes.

DO NOT call the surgery.

It is *very* free.

Open the app, and tap the button, then wait.

Open it. Tap it. Wait. Read it.
";

fn short(site: &Site) -> Vec<String> {
    let run = site.run(&["check", "--format", "short"]);
    run.stderr
        .lines()
        .filter(|l| l.starts_with("content/third/"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn each_finding_has_its_file_line_and_column() {
    let site = Site::fixture("basic");
    site.write("content/third/index.md", PROBLEMS);
    let lines = short(&site);
    let expected = [
        "content/third/index.md:9:1: warning[long-sentence]: this sentence has 19 words",
        "content/third/index.md:11:1: warning[long-words]: this sentence has 3 long words",
        "content/third/index.md:11:1: warning[plain-word]: `Pharmaceutical` has a plainer alternative",
        "content/third/index.md:11:16: warning[plain-word]: `cardiovascular` has a plainer alternative",
        "content/third/index.md:11:31: warning[plain-word]: `contraindications` has a plainer alternative",
        "content/third/index.md:13:8: warning[plain-word]: `utilise` has a plainer alternative",
        "content/third/index.md:15:14: warning[passive-voice]: this sentence is in the passive voice",
        "content/third/index.md:17:11: warning[unexplained-abbreviation]: `PPE` is used before it is explained",
        "content/third/index.md:19:10: warning[number-word]: `twenty` is a number written as a word",
        "content/third/index.md:21:1: warning[block-capitals]: words in capital letters are hard to read",
        "content/third/index.md:23:8: warning[italics]: italic text is hard to read",
        "content/third/index.md:25:1: warning[many-ideas]: this sentence joins several ideas",
        "content/third/index.md:27:1: warning[long-paragraph]: this paragraph has 4 sentences",
    ];
    assert_eq!(lines, expected);
}

#[test]
fn findings_are_warnings_and_deny_makes_them_fail() {
    let site = Site::fixture("basic");
    site.write("content/third/index.md", PROBLEMS);
    site.run(&["check"]).expect(0).says("reading level: ");
    site.run(&["check", "--deny", "warnings"]).expect(1);
    site.run(&["build", "--deny", "warnings"])
        .expect(1)
        .says("public was not changed");
}

#[test]
fn the_site_can_choose_a_profile_and_leave_checks_out() {
    let site = Site::fixture("basic");
    site.write("content/third/index.md", PROBLEMS);
    site.write(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://test.example/\"\n[readability]\nprofile = \"nhs\"\nignore = [\"passive-voice\", \"italics\"]\nknown = [\"PPE\"]\n",
    );
    let lines = short(&site).join("\n");
    assert!(!lines.contains("long-sentence"), "{lines}");
    assert!(!lines.contains("passive-voice"));
    assert!(!lines.contains("italics"));
    assert!(!lines.contains("PPE"));
    assert!(lines.contains("long-paragraph"));
}

#[test]
fn glossary_words_are_explained_at_their_first_use() {
    let site = Site::fixture("basic");
    site.write("content/third/index.md", "+++\ntitle = \"Third guide\"\nsummary = \"Get your PPE.\"\nupdated = 2026-02-01\nreview_due = 2027-02-01\n[glossary]\nprognosis = \"what is likely to happen\"\n+++\n\nAsk about your prognosis.\n\nYour prognosis may change.\n");
    site.write(
        "site.toml",
        "title = \"T\"\nbase_url = \"https://test.example/\"\n[glossary]\nPPE = \"masks, gloves and aprons\"\npharmacist = \"an expert in medicines\"\n",
    );
    site.run(&["build", "--deny", "warnings"]).expect(0);
    let html = site.read("public/en/third/index.html");
    assert_eq!(html.matches("<dfn>prognosis</dfn>").count(), 1);
    assert!(html.contains(
        "<dl class=\"glossary\">\n<dt><dfn>PPE</dfn></dt>\n<dd>masks, gloves and aprons</dd>"
    ));
    // The first use is in the summary, so its explanation comes before the body.
    assert!(html.find("<dfn>PPE</dfn>").unwrap() < html.find("Ask about").unwrap());
    // An explanation follows the paragraph of the first use, before the next one.
    let first = html.find("Ask about your prognosis").unwrap();
    let dfn = html.find("<dfn>prognosis</dfn>").unwrap();
    assert!(first < dfn && dfn < html.find("Your prognosis may change").unwrap());
    // The site's entry for a word the guide does not use is not shown.
    assert!(!html.contains("pharmacist"));
}

#[test]
fn json_has_every_diagnostic_and_each_guides_measures() {
    let site = Site::fixture("basic");
    site.write("content/third/index.md", PROBLEMS);
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let first = &json["diagnostics"][0];
    for key in [
        "severity",
        "code",
        "message",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "label",
        "notes",
        "help",
    ] {
        assert!(first.get(key).is_some(), "{key}");
    }
    let third = json["readability"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["guide"] == "third")
        .unwrap();
    assert_eq!(third["language"], "en");
    assert_eq!(third["method"], "english");
    assert_eq!(third["headline"], "reading_age");
    assert!(third["measures"]["flesch_kincaid_grade"].is_number());
    assert!(third["measures"]["reading_age"].is_number());
    assert_eq!(third["target"], 9.0);
}

#[test]
fn the_report_is_one_page_with_charts() {
    let site = Site::fixture("basic");
    site.write("content/third/index.md", PROBLEMS);
    site.run(&["check", "--report", "report"])
        .expect(0)
        .says("wrote the check report");
    let html = site.read("report/index.html");
    assert!(html.contains("<svg class=\"bar\""));
    assert!(html.contains("UK reading age per guide and language"));
    assert!(html.contains("content/third/index.md:9:1"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("<link"));
    // A file that is not a report is never replaced.
    site.write("other/index.html", "<p>mine</p>");
    site.run(&["check", "--report", "other"]).expect(2);
    assert_eq!(site.read("other/index.html"), "<p>mine</p>");
}

#[test]
fn any_text_can_be_scored_from_a_file_or_standard_input() {
    let site = Site::fixture("basic");
    site.write("draft.md", "# A draft\n\nPlease utilise the app.\n");
    let run = site.run(&["readability", "draft.md", "--format", "short"]);
    run.expect(0).says("draft.md:3:8: warning[plain-word]");
    assert!(run.stdout.contains("flesch_kincaid_grade"));
    let output = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .args(["readability", "-", "--lang", "ar", "--format", "json"])
        .write_stdin("اتصل بالرقم 111. ثم انتظر قليلا.")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["method"], "lengths");
    assert!(json["measures"]["words_per_sentence"].is_number());
    assert!(json["measures"].get("flesch_reading_ease").is_none());
}
