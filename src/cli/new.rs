//! `easyguide new guide SLUG`: a guide skeleton that builds, with a placeholder picture.

use std::path::PathBuf;
use std::process::ExitCode;

use super::init::{fill_dates, write_new};
use super::print::Printer;
use super::{Outcome, SiteArgs};
use crate::config;
use crate::error::Error;
use crate::slug::{is_valid_slug, slugify};

/// What `easyguide new` can create.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// A new guide: content/SLUG/index.md and an images/ folder.
    Guide(GuideArgs),
}

/// Arguments of `easyguide new guide`.
#[derive(Debug, clap::Args)]
pub struct GuideArgs {
    /// The guide's folder name and web address: lower-case words joined by hyphens.
    slug: String,
    /// The guide's title (default: made from the folder name).
    #[arg(long)]
    title: Option<String>,
    #[command(flatten)]
    site: SiteArgs,
}

/// Creates the guide.
pub fn run(what: What, printer: &Printer) -> Outcome {
    let What::Guide(args) = what;
    let root = &args.site.root;
    if !root.join(config::FILE_NAME).is_file() {
        return Err(Error::NotASite(root.clone()));
    }
    if !is_valid_slug(&args.slug) {
        return Err(Error::Usage {
            message: format!("`{}` cannot be a guide folder name", args.slug),
            help: format!(
                "use lower-case letters, digits and hyphens, e.g. `{}`",
                slugify(&args.slug)
            ),
        });
    }
    if crate::slug::RESERVED_SLUGS.contains(&args.slug.as_str()) {
        return Err(Error::Usage {
            message: format!(
                "`{}` cannot be a guide folder name: the site uses that address already",
                args.slug
            ),
            help: format!("choose another name, e.g. `{}-help`", args.slug),
        });
    }
    let dir: PathBuf = root.join("content").join(&args.slug);
    if dir.exists() {
        return Err(Error::Usage {
            message: format!("there is already a guide called `{}`", args.slug),
            help: "choose another name, or edit the guide that is there".into(),
        });
    }
    let title = args.title.unwrap_or_else(|| title_from_slug(&args.slug));
    let text = fill_dates(include_str!("starter/skeleton.md"))
        .replace("{{TITLE}}", &title.replace('"', "\\\""));
    write_new(&dir.join("index.md"), &text)?;
    write_new(
        &dir.join("images/step.svg"),
        include_str!("starter/images/step.svg"),
    )?;
    printer.info(&format!(
        "Created {}. Write the guide there, then run easyguide build.",
        dir.join("index.md").display()
    ));
    Ok(ExitCode::SUCCESS)
}

/// `book-a-gp-appointment` → `Book a gp appointment`.
fn title_from_slug(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
