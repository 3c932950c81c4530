# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = أدلة صحية سهلة
# en: Short guides, with pictures, to using the NHS online.
site-description = أدلة قصيرة مع صور. تشرح كيف تستخدم خدمات NHS عبر الإنترنت.
