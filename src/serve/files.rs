//! From a request's path to a file of the output folder, and nothing else.
//!
//! Takes the raw (still percent-encoded) path of a request and the output folder; produces
//! the file to serve, a redirect for a folder asked for without its `/`, or a refusal. Each
//! segment is decoded on its own, so `%2f` can never make a new segment; `..`, `.`, hidden
//! names, backslashes and NUL are refused before the disk is touched; the file found is
//! resolved through symbolic links and must still be inside the output folder. Folders are
//! served only through their `index.html`: there is no listing. Translators' `.ftl` files
//! are never served.

use std::path::{Path, PathBuf};

/// What a request's path comes to.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// Serve this file (inside the output folder, symbolic links resolved).
    File(PathBuf),
    /// A folder asked for without its trailing `/`: send the browser here.
    Redirect(String),
    /// No such file (or one that is not served).
    NotFound,
    /// A path that could not name a file inside the folder (traversal, bad encoding).
    Refused,
}

/// Resolves `raw` (a URL path starting with `/`) inside `root`.
pub fn resolve(root: &Path, raw: &str) -> Resolved {
    let Some(segments) = segments(raw) else {
        return Resolved::Refused;
    };
    let Ok(root) = root.canonicalize() else {
        return Resolved::NotFound;
    };
    let mut path = root.clone();
    path.extend(&segments);
    if path.is_dir() {
        if !raw.ends_with('/') {
            return Resolved::Redirect(format!("{raw}/"));
        }
        path.push("index.html");
    }
    match path.canonicalize() {
        Ok(real) if real.starts_with(&root) && real.is_file() && served(&real) => {
            Resolved::File(real)
        }
        Ok(real) if !real.starts_with(&root) => Resolved::Refused,
        _ => Resolved::NotFound,
    }
}

/// The decoded segments of a path, or `None` when one could leave the folder.
fn segments(raw: &str) -> Option<Vec<String>> {
    let rest = raw.strip_prefix('/')?;
    let mut out = Vec::new();
    for (i, part) in rest.split('/').enumerate() {
        let last = i == rest.split('/').count() - 1;
        if part.is_empty() && last {
            break;
        }
        let decoded = decode(part)?;
        let bad = decoded.is_empty()
            || decoded.starts_with('.')
            || decoded.contains(['/', '\\', '\0', ':']);
        if bad {
            return None;
        }
        out.push(decoded);
    }
    Some(out)
}

/// Percent-decoding of one segment; `None` for a bad escape or bytes that are not UTF-8.
fn decode(part: &str) -> Option<String> {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = part.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Files the output holds but a browser is never given.
fn served(path: &Path) -> bool {
    path.extension().is_none_or(|e| e != "ftl")
}

/// The `Content-Type` of a file, with `charset=utf-8` on text.
pub fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let text = mime.type_() == "text"
        || matches!(
            mime.subtype().as_str(),
            "javascript" | "json" | "xml" | "svg"
        );
    if text && mime.get_param("charset").is_none() {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_include_webp_and_svg() {
        assert_eq!(content_type(Path::new("a.webp")), "image/webp");
        assert_eq!(
            content_type(Path::new("a.svg")),
            "image/svg+xml; charset=utf-8"
        );
        assert_eq!(
            content_type(Path::new("a.html")),
            "text/html; charset=utf-8"
        );
        assert_eq!(content_type(Path::new("a.css")), "text/css; charset=utf-8");
    }

    #[test]
    fn traversal_is_refused_before_the_disk() {
        for raw in [
            "/../etc/passwd",
            "/en/../../x",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/a%2f..%2fb",
            "/a%5c..%5cb",
            "/a\\..\\b",
            "/.easyguide",
            "/a%00b",
            "/%zz",
            "//x",
        ] {
            assert_eq!(segments(raw), None, "{raw}");
        }
        assert_eq!(
            segments("/en/nhs-app/").unwrap(),
            ["en".to_owned(), "nhs-app".to_owned()]
        );
        assert_eq!(segments("/caf%C3%A9").unwrap(), ["café".to_owned()]);
    }

    #[test]
    fn folders_need_their_slash_and_ftl_is_never_served() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        std::fs::write(dir.path().join("en/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("a.ftl"), "x").unwrap();
        assert_eq!(
            resolve(dir.path(), "/en"),
            Resolved::Redirect("/en/".into())
        );
        assert!(matches!(resolve(dir.path(), "/en/"), Resolved::File(_)));
        assert_eq!(resolve(dir.path(), "/a.ftl"), Resolved::NotFound);
        std::fs::create_dir(dir.path().join("empty")).unwrap();
        assert_eq!(resolve(dir.path(), "/empty/"), Resolved::NotFound);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_out_of_the_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "x").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("s")).unwrap();
        assert_eq!(resolve(dir.path(), "/s"), Resolved::Refused);
    }
}
