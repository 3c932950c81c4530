# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = সহজ স্বাস্থ্য গাইড
# en: Short guides, with pictures, to using the NHS online.
site-description = ছবিসহ ছোট গাইড। এগুলো দেখায় কীভাবে অনলাইনে NHS ব্যবহার করবেন।
