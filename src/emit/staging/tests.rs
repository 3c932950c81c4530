use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::*;

fn site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    (dir, out)
}

fn build(out: &Path, root: &Path, files: &[(&str, &str)]) {
    let staging = Staging::begin(out, root).unwrap();
    for (path, text) in files {
        staging.write(path, text.as_bytes()).unwrap();
    }
    staging.commit().unwrap();
}

fn tree_of(dir: &Path) -> BTreeMap<String, String> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

fn state_entries(out: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(journal::state_dir(out))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[test]
fn threads_write_and_copy_at_once_then_the_site_is_swapped_in() {
    let (dir, out) = site();
    let source = dir.path().join("picture.bin");
    fs::write(&source, "pixels").unwrap();
    let staging = Staging::begin(&out, dir.path()).unwrap();
    std::thread::scope(|s| {
        for t in 0..4 {
            let staging = &staging;
            let source = &source;
            s.spawn(move || {
                for i in 0..25 {
                    staging
                        .write(&format!("t{t}/page{i}.html"), b"page")
                        .unwrap();
                }
                staging.copy(&format!("img/{t}.bin"), source).unwrap();
            });
        }
    });
    staging.commit().unwrap();
    let files = tree_of(&out);
    assert_eq!(files.len(), 104);
    assert_eq!(files["img/2.bin"], "pixels");
    let journal = Journal::read(&journal::state_dir(&out), &out).unwrap();
    assert_eq!(journal.files.len(), 104);
    assert_eq!(
        journal.files["img/2.bin"],
        tree::hex(&Sha256::digest(b"pixels"))
    );
    assert!(journal.next.is_none() && journal.pending.is_empty());
    assert_eq!(state_entries(&out), ["journal.json", "lock"]);
}

#[test]
fn a_dropped_staging_leaves_the_old_site_and_no_folder() {
    let (dir, out) = site();
    build(&out, dir.path(), &[("index.html", "one")]);
    let staging = Staging::begin(&out, dir.path()).unwrap();
    staging.write("index.html", b"two").unwrap();
    drop(staging);
    assert_eq!(tree_of(&out)["index.html"], "one");
    assert_eq!(state_entries(&out), ["journal.json", "lock"]);
}

#[test]
fn files_easyguide_did_not_write_are_never_replaced() {
    let (dir, out) = site();
    build(&out, dir.path(), &[("index.html", "one")]);
    fs::write(out.join("practice-news.html"), "ours").unwrap();
    let e = Staging::begin(&out, dir.path()).unwrap_err().to_string();
    assert!(e.contains("practice-news.html"), "{e}");
    fs::remove_file(out.join("practice-news.html")).unwrap();
    fs::write(out.join("index.html"), "edited by hand").unwrap();
    let e = Staging::begin(&out, dir.path()).unwrap_err().to_string();
    assert!(
        e.contains("index.html"),
        "a changed file is not ours any more: {e}"
    );
    assert_eq!(tree_of(&out)["index.html"], "edited by hand");
}

#[test]
fn a_copied_site_carries_no_claim_to_its_new_folder() {
    let (dir, out) = site();
    build(&out, dir.path(), &[("index.html", "one")]);
    let web = dir.path().join("www");
    fs::create_dir(&web).unwrap();
    fs::write(web.join("index.html"), "one").unwrap();
    fs::write(web.join("contact.html"), "the practice's page").unwrap();
    assert!(Staging::begin(&web, dir.path()).is_err());
    assert_eq!(tree_of(&web).len(), 2);
}

#[test]
fn paths_stay_inside_the_site_and_never_clash_by_case() {
    let (dir, out) = site();
    let staging = Staging::begin(&out, dir.path()).unwrap();
    for bad in ["../x", "/etc/x", "a//b", "a/./b", "", "a\\b", "a/.."] {
        assert!(staging.write(bad, b"x").is_err(), "{bad:?}");
    }
    staging.write("img/Phone.png", b"x").unwrap();
    let e = staging
        .write("img/phone.png", b"y")
        .unwrap_err()
        .to_string();
    assert!(e.contains("only in capital letters"), "{e}");
    assert!(
        staging.write("img/Phone.png", b"z").is_err(),
        "written twice"
    );
    assert!(!dir.path().join("x").exists());
}

#[test]
fn one_build_at_a_time() {
    let (dir, out) = site();
    let first = Staging::begin(&out, dir.path()).unwrap();
    let e = Staging::begin(&out, dir.path()).unwrap_err();
    assert!(matches!(e, Error::Busy { .. }), "{e}");
    drop(first);
    assert!(Staging::begin(&out, dir.path()).is_ok());
}

/// Leaves the state a build would leave if it stopped right after `steps` steps of
/// committing `files` over the site `build` wrote.
fn stopped_after(out: &Path, root: &Path, files: &[(&str, &str)], steps: usize) {
    let mut staging = Staging::begin(out, root).unwrap();
    for (path, text) in files {
        staging.write(path, text.as_bytes()).unwrap();
    }
    let hashes = std::mem::take(&mut staging.files.get_mut().unwrap().hashes);
    staging.journal.next = Some(Staged {
        folder: staging.folder.clone(),
        files: hashes,
    });
    staging.journal.write(&staging.state).unwrap();
    if steps >= 1 {
        // The fallback's first rename: no site under the output folder's name.
        let retired = journal::fresh_name("old");
        staging.journal.pending.push(retired.clone());
        staging.journal.write(&staging.state).unwrap();
        fs::rename(out, staging.state.join(&retired)).unwrap();
    }
    if steps >= 2 {
        fs::rename(&staging.dir, out).unwrap();
    }
    // As if killed: nothing more is recorded or removed (and the lock goes with the process).
    staging.committed = true;
    drop(staging);
}

#[test]
fn the_next_build_finishes_or_undoes_an_interrupted_swap() {
    let old = [("index.html", "old"), ("gone.html", "old")];
    let new = [("index.html", "new")];
    for steps in 0..=2 {
        let (dir, out) = site();
        build(&out, dir.path(), &old);
        stopped_after(&out, dir.path(), &new, steps);
        let staging = Staging::begin(&out, dir.path()).unwrap();
        let expected = if steps == 0 { "old" } else { "new" };
        assert_eq!(tree_of(&out)["index.html"], expected, "after {steps} steps");
        staging.write("index.html", b"newest").unwrap();
        staging.commit().unwrap();
        assert_eq!(
            tree_of(&out).into_iter().collect::<Vec<_>>(),
            [("index.html".to_owned(), "newest".to_owned())]
        );
        assert_eq!(
            state_entries(&out),
            ["journal.json", "lock"],
            "after {steps} steps"
        );
    }
}

#[test]
fn a_half_removed_old_site_is_removed_by_the_next_build() {
    let (dir, out) = site();
    build(
        &out,
        dir.path(),
        &[("a/index.html", "old"), ("b/index.html", "old")],
    );
    let state = journal::state_dir(&out);
    let mut journal = Journal::read(&state, &out).unwrap();
    let leftover = state.join("old-1234");
    fs::create_dir_all(leftover.join("a")).unwrap();
    fs::write(leftover.join("a/index.html"), "old").unwrap();
    journal.pending.push("old-1234".into());
    journal.write(&state).unwrap();
    build(&out, dir.path(), &[("a/index.html", "new")]);
    assert!(!leftover.exists());
    assert_eq!(tree_of(&out).len(), 1);
}

#[test]
fn staging_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Staging>();
}
