//! The theme's Tera templates, compiled once per build, with the `t()` function for
//! interface words. Template errors become diagnostics pointing into the template file.

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use tera::{Context, ErrorKind, Kwargs, State, Tera, TeraResult, Value};

use crate::diag::{Diagnostic, FileId, SourceMap};
use crate::lang::Lang;
use crate::load::Theme;
use crate::translate::Ui;

/// Compiled templates.
pub struct Templates {
    tera: Tera,
    files: Vec<(String, FileId)>,
}

impl Templates {
    /// Compiles every template of the theme; every syntax error is reported.
    pub fn new(theme: &Theme, map: &SourceMap, ui: Arc<Ui>) -> Result<Templates, Vec<Diagnostic>> {
        let files = theme.templates.clone();
        let sources: Vec<(&str, &str)> = files
            .iter()
            .map(|(name, id)| (name.as_str(), map.get(*id).text()))
            .collect();
        let errors: Vec<Diagnostic> = sources
            .iter()
            .filter_map(|(name, text)| {
                let mut scratch = Tera::new();
                match scratch.add_raw_template(name, text) {
                    Err(e) if matches!(e.kind(), ErrorKind::SyntaxError(_)) => Some(e),
                    _ => None,
                }
            })
            .map(|e| template_error(&e, &files, "the template cannot be read"))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut tera = Tera::new();
        tera.register_function("t", move |kwargs: Kwargs, state: &State| {
            translate(&ui, kwargs, state)
        });
        tera.add_raw_templates(sources).map_err(|e| {
            vec![template_error(
                &e,
                &files,
                "the templates do not fit together",
            )]
        })?;
        Ok(Templates { tera, files })
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|e| {
            template_error(
                &e,
                &self.files,
                &format!("the page could not be made from {name}"),
            )
        })
    }
}

/// `{{ t(id="step-of", number=2, total=7) }}`: the interface message in the page's language,
/// as HTML marked with its language when it falls back to another (see
/// [`super::html::ui_html`]); `plain=true` gives the bare words, for an attribute or
/// `<title>`, where no element can say which language they are in.
fn translate(ui: &Ui, kwargs: Kwargs, state: &State) -> TeraResult<Value> {
    let id: String = kwargs.must_get("id")?;
    let plain: bool = kwargs.get("plain")?.unwrap_or(false);
    let lang: String = state.get("lang")?.unwrap_or_default();
    let lang = Lang::parse(&lang).unwrap_or_else(|| Lang::parse("en").expect("valid"));
    let mut args = FluentArgs::new();
    for (key, value) in kwargs.iter() {
        let key = key.to_string();
        if key == "id" || key == "plain" {
            continue;
        }
        let value = match value.as_i128() {
            Some(n) => FluentValue::from(n as i64),
            None => FluentValue::from(
                value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_owned),
            ),
        };
        args.set(key, value);
    }
    // The marker says where the words are written; it is taken out after rendering.
    let mut out = ui
        .origin(&lang, &id)
        .map(crate::diag::origin::marker)
        .unwrap_or_default();
    if plain {
        out.push_str(&ui.message(&lang, &id, Some(&args)));
        return Ok(Value::from(out));
    }
    out.push_str(&super::html::ui_html(ui, &lang, &id, Some(&args)));
    Ok(Value::safe_string(&out))
}

fn template_error(e: &tera::Error, files: &[(String, FileId)], message: &str) -> Diagnostic {
    let d = Diagnostic::error("template", message.to_owned());
    match e.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let file = files
                .iter()
                .find(|(n, _)| n == report.filename())
                .map(|(_, id)| *id);
            let d = d.label(report.message().to_owned());
            match file {
                Some(file) => d.at(file, report.span().range.clone()),
                None => d.note(report.message().to_owned()),
            }
            .help("see Tera's documentation for template syntax, or remove the template to use the theme's own")
        }
        other => d
            .note(other.to_string())
            .help("check the template names in {% extends %} and {% include %}"),
    }
}
