//! The newer authoring conventions, built end to end: the starter's example help text.

use super::helper::Site;

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
