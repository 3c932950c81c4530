//! Reading TOML (site.toml, front matter) into typed values, with every problem as a diagnostic.
//!
//! A first pass with toml's recovering parser reports every syntax error, every unknown key
//! (with a "did you mean") and every missing key at once; only then does serde turn the text
//! into the typed value. `base` shifts toml's spans so that they point into the real file
//! (front matter starts a few bytes into its `.md` file).

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::de::DeTable;

use super::{Diagnostic, FileId, did_you_mean};

/// The top-level keys a TOML document may have.
pub struct Schema<'a> {
    /// What the document is called in messages ("front matter", "site.toml").
    pub what: &'a str,
    /// Every key that is allowed, with whether it is required and an example line.
    pub keys: &'a [Key<'a>],
}

/// One allowed top-level key.
pub struct Key<'a> {
    /// The key's name.
    pub name: &'a str,
    /// Whether the document must have it.
    pub required: bool,
    /// A line the author could copy, e.g. `title = "Book a GP appointment"`.
    pub example: &'a str,
}

/// A TOML text inside a source file.
pub struct TomlSource<'a> {
    /// The file that holds the text.
    pub file: FileId,
    /// The TOML text itself.
    pub text: &'a str,
    /// Byte offset of `text` inside the file.
    pub base: usize,
    /// Where to point when a required key is missing (the whole block, say).
    pub missing_at: Range<usize>,
}

/// Parses and checks `source` against `schema`, then deserializes it.
pub fn read<T: DeserializeOwned>(
    source: &TomlSource,
    schema: &Schema,
) -> Result<T, Vec<Diagnostic>> {
    let (table, errors) = DeTable::parse_recoverable(source.text);
    let mut diagnostics: Vec<Diagnostic> = errors
        .iter()
        .map(|e| syntax_error(source, schema, e))
        .collect();
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let table = table.into_inner();
    for (key, _) in table.iter() {
        if !schema.keys.iter().any(|k| k.name == key.get_ref().as_ref()) {
            diagnostics.push(unknown_key(source, schema, key.get_ref(), key.span()));
        }
    }
    for key in schema.keys.iter().filter(|k| k.required) {
        if !table.iter().any(|(k, _)| k.get_ref().as_ref() == key.name) {
            diagnostics.push(missing_key(source, schema, key));
        }
    }
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    toml::from_str(source.text).map_err(|e| vec![value_error(source, schema, &e)])
}

fn shift(source: &TomlSource, span: Option<Range<usize>>) -> Range<usize> {
    match span {
        Some(r) => source.base + r.start..source.base + r.end,
        None => source.missing_at.clone(),
    }
}

fn syntax_error(source: &TomlSource, schema: &Schema, e: &toml::de::Error) -> Diagnostic {
    Diagnostic::error("toml-syntax", format!("{} is not valid TOML", schema.what))
        .at(source.file, shift(source, e.span()))
        .label(first_line(e.message()))
        .help("text values need double quotes (title = \"Book a GP appointment\"), lists need square brackets ([\"a\", \"b\"]) and dates look like 2026-11-21")
}

fn unknown_key(source: &TomlSource, schema: &Schema, key: &str, span: Range<usize>) -> Diagnostic {
    let names = schema.keys.iter().map(|k| k.name);
    let d = Diagnostic::error(
        "unknown-key",
        format!("unknown key `{key}` in {}", schema.what),
    )
    .at(source.file, shift(source, Some(span)))
    .label("not a key easyguide knows");
    let allowed: Vec<&str> = schema.keys.iter().map(|k| k.name).collect();
    match did_you_mean(key, names) {
        Some(close) => d.help(format!("did you mean `{close}`?")),
        None => d.help(format!(
            "the keys {} may have are: {}",
            schema.what,
            allowed.join(", ")
        )),
    }
}

fn missing_key(source: &TomlSource, schema: &Schema, key: &Key) -> Diagnostic {
    Diagnostic::error(
        "missing-key",
        format!("{} has no `{}`", schema.what, key.name),
    )
    .at(source.file, source.missing_at.clone())
    .label(format!("`{}` is required", key.name))
    .help(format!("add a line like: {}", key.example))
}

fn value_error(source: &TomlSource, schema: &Schema, e: &toml::de::Error) -> Diagnostic {
    Diagnostic::error(
        "bad-value",
        format!("a value in {} has the wrong form", schema.what),
    )
    .at(source.file, shift(source, e.span()))
    .label(first_line(e.message()))
    .help("see the README for the form each key takes")
}

fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or_default().trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceMap;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[allow(dead_code)]
        title: String,
        #[allow(dead_code)]
        count: Option<u32>,
    }

    const SCHEMA: Schema = Schema {
        what: "test",
        keys: &[
            Key {
                name: "title",
                required: true,
                example: "title = \"x\"",
            },
            Key {
                name: "count",
                required: false,
                example: "count = 1",
            },
        ],
    };

    fn run(text: &str) -> Result<Doc, Vec<Diagnostic>> {
        let mut map = SourceMap::new();
        let file = map.add("t".into(), "t".into(), text.into());
        let source = TomlSource {
            file,
            text,
            base: 0,
            missing_at: 0..0,
        };
        read(&source, &SCHEMA)
    }

    #[test]
    fn reports_unknown_and_missing_keys_together() {
        let errors = run("titel = \"a\"\ncolour = 2\n").unwrap_err();
        let codes: Vec<_> = errors.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["unknown-key", "unknown-key", "missing-key"]);
        let titel = errors
            .iter()
            .find(|d| d.message.contains("`titel`"))
            .unwrap();
        assert_eq!(titel.help.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn reports_type_errors_with_a_span() {
        let errors = run("title = \"a\"\ncount = \"two\"\n").unwrap_err();
        assert_eq!(errors[0].code, "bad-value");
        assert!(
            matches!(errors[0].location, Some(crate::diag::Location::Span { ref range, .. }) if range.start >= 12)
        );
    }

    #[test]
    fn reads_good_documents() {
        assert!(run("title = \"a\"\n").is_ok());
    }
}
