# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = أدلة صحية سهلة
# en: Short guides, with pictures, to using the NHS online.
site-description = أدلة قصيرة مع صور. تشرح كيف تستخدم خدمات NHS عبر الإنترنت.
# en: **Anytown Library** helps people get online, for free. Come in Monday to Friday, 10am to 4pm. Ask for a digital champion.  This box is an example. Your library or GP surgery puts its own details here.
site-help = **مكتبة Anytown** تساعد الناس على استخدام الإنترنت مجانًا. تعال من الإثنين إلى الجمعة، من 10 صباحًا إلى 4 مساءً. اطلب مساعدًا رقميًا.
    
    هذا المربع مثال. تضع مكتبتك أو عيادة طبيبك بياناتها هنا.
