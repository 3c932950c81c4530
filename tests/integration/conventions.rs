//! The newer authoring conventions, built end to end: picture lists, a picture in a callout,
//! passages for some of the UK's nations, and the starter's example help text.

use super::helper::Site;

fn guide(site: &Site) -> String {
    site.read("public/en/signs/index.html")
}

/// The part of `html` from the first `from` to the first `to` after it.
fn between<'h>(html: &'h str, from: &str, to: &str) -> &'h str {
    let start = html
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} in {html}"));
    let end = html[start..].find(to).map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn a_picture_list_is_a_list_beside_pictures_and_is_not_counted_as_steps() {
    let site = Site::fixture("conventions");
    site.build().expect(0);
    let html = guide(&site);
    let list = between(&html, "<ul class=\"picture-list\">", "</ul>");
    assert_eq!(
        list.matches("<li class=\"picture-item\">").count(),
        2,
        "{list}"
    );
    assert!(
        list.contains("alt=\"A text message with a link\""),
        "{list}"
    );
    assert!(list.contains("<p>A message that rushes you.</p>"), "{list}");
    assert!(!list.contains("step-number"), "no number: {list}");
    assert!(
        list.contains("sizes=\"(max-width: 30em) calc(38vw - 0.76em)"),
        "pictures sized like a step's: {list}"
    );
    assert!(html.contains("Step 1 of 2") && html.contains("Step 2 of 2"));
    assert!(!html.contains("of 4"), "only real steps are counted");
}

#[test]
fn a_callout_picture_sits_beside_its_first_paragraph_after_the_label() {
    let site = Site::fixture("conventions");
    site.build().expect(0);
    let html = guide(&site);
    let callout = between(&html, "<div class=\"callout callout-caution\">", "<h2");
    let label = callout.find("Urgent</p>").expect("a label");
    let row = callout
        .find("<div class=\"box-row\">")
        .expect("a picture row");
    let picture = callout
        .find("alt=\"A phone showing 999\"")
        .expect("a picture");
    let words = callout
        .find("Call <strong>999</strong>")
        .expect("its words");
    let row_end = row
        + callout[row..]
            .find("</div>\n</div>\n")
            .expect("the row ends");
    let list = callout
        .find("<li>if they cannot breathe</li>")
        .expect("the list");
    assert!(
        label < row && picture < words && words < row_end,
        "{callout}"
    );
    assert!(
        row_end < list,
        "the list is below the row, at full width: {callout}"
    );
    site.edit("content/signs/index.md", "![A phone showing 999]", "![]");
    site.build()
        .expect(1)
        .says("error[missing-alt]")
        .says("content/signs/index.md:10:3");
}

#[test]
fn passages_for_served_nations_are_labelled_and_others_left_out() {
    let site = Site::fixture("conventions");
    site.build().expect(0);
    let html = guide(&site);
    assert!(
        html.contains("<li class=\"fact-nations\">This guide is for people in England.</li>"),
        "{html}"
    );
    let wales = between(
        &html,
        "<div class=\"nation-passage nation-wales\">",
        "</div>",
    );
    assert!(
        wales.contains("<p class=\"nation-label\">If you live in Wales</p>"),
        "{wales}"
    );
    assert!(wales.contains("use the NHS Wales App"), "{wales}");
    assert!(
        !html.contains("Scotland"),
        "the site does not serve Scotland"
    );

    // A site for England alone leaves the Welsh passage out too.
    site.edit("site.toml", "nations = [\"england\", \"wales\"]\n", "");
    site.build().expect(0);
    let html = guide(&site);
    assert!(
        !html.contains("nation-passage") && !html.contains("NHS Wales App"),
        "{html}"
    );
    assert!(html.contains("This guide is for people in England."));

    site.edit(
        "content/signs/index.md",
        "nations = [\"england\"]\n",
        "nations = [\"england\", \"wales\"]\n",
    );
    site.build().expect(0);
    assert!(guide(&site).contains("This guide is for people in England and Wales."));
}

#[test]
fn nation_words_not_yet_translated_are_marked_as_english() {
    let site = Site::fixture("conventions");
    site.edit(
        "site.toml",
        "language = \"en\"\n",
        "language = \"en\"\nlanguages = [\"en\", \"fa\"]\n",
    );
    site.build().expect(0);
    let html = site.read("public/fa/signs/index.html");
    assert!(
        html.contains("<li class=\"fact-nations\"><span lang=\"en\" dir=\"ltr\">This guide is for people in England.</span></li>"),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"nation-label\"><span lang=\"en\" dir=\"ltr\">If you live in Wales</span></p>"),
        "{html}"
    );
    site.write(
        "locales/fa/ui.ftl",
        "guide-nations = این راهنما برای مردم { $nations } است.\nnation-england = انگلستان\n",
    );
    site.build().expect(0);
    let html = site.read("public/fa/signs/index.html");
    assert!(
        html.contains("<li class=\"fact-nations\">این راهنما برای مردم انگلستان است.</li>"),
        "a translated line is not marked: {html}"
    );
}

#[test]
fn unknown_nations_are_errors_at_their_line_with_a_suggestion() {
    let site = Site::fixture("conventions");
    site.edit("content/signs/index.md", "[!ONLY wales]", "[!ONLY whales]");
    site.edit("site.toml", "\"wales\"]", "\"scotlnd\"]");
    let run = site.build();
    run.expect(1)
        .says("error[unknown-nation]: `whales` is not one of the UK's nations")
        .says("content/signs/index.md:27:10")
        .says("did you mean `wales`?")
        .says("site.toml:5:23")
        .says("did you mean `scotland`?");
}

#[test]
fn the_starter_help_example_is_a_warning_until_replaced() {
    let site = Site::empty();
    site.run(&["init", "new-site"]).expect(0);
    let config = site.read("new-site/site.toml");
    assert!(
        config.contains("# [help]"),
        "the example is there, switched off: {config}"
    );
    let on = config.replace("# [help]\n# text", "[help]\ntext");
    site.write("new-site/site.toml", &on);
    let line = on.lines().position(|l| l.starts_with("text =")).unwrap() + 1;
    site.run(&["build", "--root", "new-site"])
        .expect(0)
        .says("warning[example-help]")
        .says(&format!("site.toml:{line}:8"));
    site.run(&["build", "--root", "new-site", "--deny", "warnings"])
        .expect(1);
    site.write(
        "new-site/site.toml",
        &on.replace("Anytown Library", "Leeds Central Library"),
    );
    let run = site.run(&["build", "--root", "new-site", "--deny", "warnings"]);
    run.expect(0);
    assert!(!run.stderr.contains("example-help"), "{}", run.stderr);
}

#[test]
fn a_rule_that_ends_the_steps_draws_no_second_line_and_one_elsewhere_does() {
    let site = Site::fixture("basic");
    site.edit(
        "content/first/index.md",
        "Choose a day. See [the second guide](../second/).\n",
        "Choose a day. See [the second guide](../second/).\n\n---\n\nThat is all.\n\n---\n\nGood luck.\n",
    );
    let run = site.build();
    run.expect(0);
    let html = site.read("public/en/first/index.html");
    let after = between(&html, "</ol>", "Good luck.");
    // The first `---` only ends the steps; the second, between two paragraphs, is a line.
    assert_eq!(after.matches("<hr>").count(), 1, "{after}");
    assert!(
        between(after, "That is all.", "Good luck.").contains("<hr>"),
        "{after}"
    );
}

#[test]
fn crossed_out_words_footnotes_and_tick_boxes_are_warnings_and_never_literal_marks() {
    let site = Site::fixture("basic");
    site.edit(
        "content/first/index.md",
        "Tap **Start**.\n",
        "Tap ~~Go~~ **Start**.[^1]\n\n[^1]: It is green.\n\n- [ ] Phone charged\n",
    );
    let run = site.build();
    run.expect(0)
        .says("warning[unsupported-markdown]: crossed-out words")
        .says("warning[unsupported-markdown]: footnotes are not shown")
        .says("warning[unsupported-markdown]: tick boxes in a list");
    let html = site.read("public/en/first/index.html");
    for mark in ["~~", "[^1]", "[ ]", "It is green"] {
        assert!(!html.contains(mark), "{mark} reached the page");
    }
    assert!(
        html.contains("Tap Go <strong>Start</strong>."),
        "the words stay"
    );
    assert!(html.contains("Phone charged"));
}

#[test]
fn a_box_in_a_step_goes_under_its_picture_and_words_at_full_width() {
    let site = Site::fixture("basic");
    site.edit(
        "content/first/index.md",
        "Tap **Start**.\n",
        "Tap **Start**.\n\n> [!TIP]\n> Ask someone to help.\n\nThen wait.\n",
    );
    site.build().expect(0);
    let html = site.read("public/en/first/index.html");
    let step = between(
        &html,
        "<li class=\"step step-with-boxes\" id=\"step-1\">",
        "</li>",
    );
    let row = between(
        step,
        "<div class=\"step-row\">",
        "<div class=\"step-boxes\">",
    );
    assert!(
        row.contains("step-picture") && row.contains("Tap <strong>Start</strong>."),
        "{row}"
    );
    assert!(
        !row.contains("callout"),
        "the box is not beside the picture: {row}"
    );
    let boxes = between(step, "<div class=\"step-boxes\">", "</li>");
    assert!(
        boxes.contains("callout callout-tip") && boxes.contains("Then wait."),
        "{boxes}"
    );
    // A step with no box keeps the plain row.
    assert!(html.contains("<li class=\"step\" id=\"step-2\">"), "{html}");
}
