//! The output folder: refused when dangerous, and replaced only when a build succeeds.

use super::helper::Site;

#[test]
fn dangerous_output_folders_are_refused() {
    let site = Site::fixture("basic");
    for output in [".", "content", "content/first", "..", "/"] {
        let run = site.run(&["build", "--output", output]);
        run.expect(2).says("refusing to write the site");
    }
    let home = site.path("home");
    std::fs::create_dir(&home).unwrap();
    let run = assert_cmd::Command::cargo_bin("easyguide")
        .unwrap()
        .current_dir(site.root())
        .env("HOME", &home)
        .args(["build", "--output", home.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("home folder"));
    assert!(
        site.path("content/first/index.md").is_file(),
        "nothing was deleted"
    );
}

#[test]
fn a_folder_with_other_files_is_never_replaced() {
    let site = Site::fixture("basic");
    site.write("docs/notes.txt", "keep me");
    site.run(&["build", "--output", "docs"])
        .expect(2)
        .says("did not write");
    assert_eq!(site.read("docs/notes.txt"), "keep me");
}

#[test]
fn no_temporary_folders_are_left_behind() {
    let site = Site::fixture("basic");
    site.build().expect(0);
    site.build().expect(0);
    let names: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("easyguide") && n != ".easyguide-cache")
        .collect();
    assert_eq!(names, [".public.easyguide"], "only the state folder");
    let mut state: Vec<String> = std::fs::read_dir(site.path(".public.easyguide"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    state.sort();
    assert_eq!(state, ["journal.json", "lock"]);
}
