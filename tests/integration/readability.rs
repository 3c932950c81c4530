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
    let page = site.read("public/en/third/index.html");
    // The page's body, after the structured data in its head, which repeats its words.
    let html = &page[page.find("<body>").unwrap()..];
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
fn the_report_never_goes_into_the_sources_or_the_output_folder() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    let before = site.snapshot("public");
    for dir in [
        "content",
        "content/first",
        "locales",
        ".",
        "public",
        "public/report",
    ] {
        site.run(&["check", "--report", dir])
            .expect(2)
            .says("refusing to write the check report");
        assert!(
            !site.path(dir).join("index.html").exists() || dir == "public",
            "{dir}"
        );
    }
    assert_eq!(site.snapshot("public"), before);
    assert!(!site.path("public/report").exists());
    site.run(&["check", "--report", "check-report"]).expect(0);
    assert!(site.path("check-report/index.html").exists());
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

fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn folders_and_several_files_are_scored_in_one_run_in_order() {
    let site = Site::empty();
    site.write("drafts/b.md", "# Second\n\nTap the button.\n");
    site.write("drafts/a/one.txt", "Open the app. It is free.\n");
    site.write("drafts/skip.html", "<p>Not a draft.</p>\n");
    site.write("hard.md", "The physician will examine your haematology.\n");
    let run = site.run(&["readability", "drafts", "hard.md", "--format", "json"]);
    run.expect(0);
    let results = json_lines(&run.stdout);
    let files: Vec<&str> = results
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["drafts/a/one.txt", "drafts/b.md", "hard.md"]);
    for r in &results {
        assert_eq!(r["headline"], "reading_age");
        assert!(r["reading_age"].is_number() && r["band"].is_number());
        assert_eq!(r["basis"], "frequency");
        assert!(r["measures"]["flesch_kincaid_grade"].is_number());
    }
    let age = |i: usize| results[i]["reading_age"].as_f64().unwrap();
    assert!(age(0) < age(2), "{} {}", age(0), age(2));
    // Without --format json, one line each.
    let run = site.run(&["readability", "drafts", "hard.md"]);
    assert!(
        run.stdout.contains("hard.md: reading age"),
        "{}",
        run.stdout
    );
}

#[test]
fn json_lines_get_one_result_line_each_in_the_same_order() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Open the app. Tap the green button.\"}\n",
        "{\"id\": 2, \"text\": \"Zadzwoń do lekarza.\", \"lang\": \"pl\"}\n",
        "not json\n",
        "\n",
        "{\"id\": \"c\", \"text\": \"Ffoniwch y meddyg.\", \"lang\": \"cy\"}\n",
        "{\"id\": \"d\", \"text\": \"اتصل بالطبيب.\", \"lang\": \"ar\"}\n",
    );
    let output = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .args(["readability", "--jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "a bad line is an error");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error[bad-input]: this line is not JSON"),
        "{stderr}"
    );
    assert!(stderr.contains("<stdin>:3:"), "{stderr}");
    let results = json_lines(&String::from_utf8_lossy(&output.stdout));
    let ids: Vec<String> = results.iter().map(|r| r["id"].to_string()).collect();
    assert_eq!(ids, ["\"a\"", "2", "null", "\"c\"", "\"d\""]);
    assert_eq!(results[2]["line"], 3);
    assert_eq!(results[1]["language"], "pl");
    assert_eq!(results[3]["basis"], "length", "Welsh has no frequency list");
    assert_eq!(results[4]["basis"], "frequency");
    assert_eq!(results[4]["script"], "arabic");
}

#[test]
fn each_sentence_says_why_it_is_hard() {
    let output = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .args(["readability", "-", "--format", "json"])
        .write_stdin("Open the app. The physician will examine your haematology subsequently.")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let sentences = json["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[0]["rare_words"].as_array().unwrap().len(), 0);
    let rare: Vec<&str> = sentences[1]["rare_words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(rare.contains(&"haematology"), "{rare:?}");
    assert_eq!(sentences[1]["words"], 7);
    assert_eq!(
        (
            sentences[1]["line"].as_u64(),
            sentences[1]["column"].as_u64()
        ),
        (Some(1), Some(15))
    );
    assert!(sentences[0]["reading_age"].as_f64() < sentences[1]["reading_age"].as_f64());
    let why = sentences[1]["why"].as_str().unwrap();
    assert!(
        why.contains("7 words") && why.contains("`haematology`"),
        "{why}"
    );
}

#[test]
fn the_reading_level_finding_explains_the_hardest_sentence() {
    let site = Site::fixture("basic");
    let hard = PROBLEMS.replace(
        "Please utilise the app.",
        "Hypertension frequently remains undiagnosed. Pharmacological intervention is indicated when ambulatory measurements exceed thresholds.",
    );
    site.write("content/third/index.md", &hard);
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let level = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "reading-level")
        .expect("the guide is off target");
    let notes = level["notes"].to_string();
    assert!(notes.contains("the hardest sentence"), "{notes}");
    assert!(notes.contains("rare words: `"), "{notes}");
}

/// A guide with a table of day names, a long heading, a button's words as code, and a
/// translation into a right-to-left language.
fn report_site() -> Site {
    let site = Site::fixture("translated");
    site.edit(
        "content/visit/index.md",
        "Tell the desk your name.",
        "Tell the desk your name. Then tap `Appointments` on the screen by the door to say you are here.\n\n## Opening times at the clinic\n\n| Wednesday | Thursday |\n|-----------|----------|\n| Saturday | Sunday |\n\nThe clinic is open in the mornings, apart from on public holidays and weekends.\n\nIf you are going to be late for your visit to the clinic for any reason at all, call the desk as early as you can on the day so that the people there know and can help you.",
    );
    site
}

#[test]
fn the_report_quotes_sentences_not_labels_hardest_first_in_their_own_direction() {
    let site = report_site();
    site.run(&["check", "--report", "report"]).expect(0);
    let html = site.read("report/index.html");
    let start = html
        .find("id=\"hardest-sentences\"")
        .expect("the section is there");
    let section = &html[start..html[start..].find("</section>").unwrap() + start];
    // Day names in a table and a heading are labels, not sentences to rewrite.
    for label in ["Wednesday", "Saturday", "Opening times at the clinic"] {
        assert!(
            !section.contains(label),
            "{label} is not a sentence:\n{section}"
        );
    }
    assert!(section.contains("public holidays"), "{section}");
    // A button's words are shown as code, as on the page.
    assert!(section.contains("<code>Appointments</code>"), "{section}");
    // Arabic sentences are quoted right to left, in Arabic.
    assert!(
        section.contains("<blockquote lang=\"ar\" dir=\"rtl\">"),
        "{section}"
    );
    assert!(
        section.contains("<span lang=\"ar\" dir=\"rtl\">زيارة العيادة</span>"),
        "{section}"
    );
    // Hardest first, by the measure: each guide's reading ages never go up down its list.
    for list in section.split("<ol class=\"spots\">").skip(1) {
        let ages: Vec<f64> = list
            .split("reading age ")
            .skip(1)
            .filter_map(|rest| rest.split([' ', '<']).next()?.parse().ok())
            .collect();
        assert!(!ages.is_empty(), "{list}");
        assert!(ages.windows(2).all(|w| w[0] >= w[1]), "{ages:?}");
    }
}

#[test]
fn the_report_weighs_every_languages_pages_and_sets_findings_against_none() {
    let site = report_site();
    site.run(&["check", "--report", "report"]).expect(0);
    let html = site.read("report/index.html");
    for title in [
        "HTML and CSS per page: English (en)",
        "The whole page on a phone: Cymraeg (cy)",
        "The whole page on a phone: العربية (ar)",
    ] {
        assert!(html.contains(title), "{title}");
    }
    assert!(html.contains("<td>ar/visit/index.html</td>"));
    // The site's own language first.
    assert!(html.find("per page: English").unwrap() < html.find("per page: Cymraeg").unwrap());
    // Every findings table has its target: none.
    let findings = &html[html.find("id=\"findings\"").unwrap()..];
    assert!(findings.contains("<th scope=\"col\">Target</th>"));
    assert!(!findings.contains("<td>–</td>"), "{findings}");
}
