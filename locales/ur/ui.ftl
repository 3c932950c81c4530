# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = صحت کی آسان گائیڈز
# en: Short guides, with pictures, to using the NHS online.
site-description = تصویروں والی مختصر گائیڈز۔ یہ بتاتی ہیں کہ NHS کو آن لائن کیسے استعمال کریں۔
# en: **Anytown Library** helps people get online, for free. Come in Monday to Friday, 10am to 4pm. Ask for a digital champion.  This box is an example. Your library or GP surgery puts its own details here.
site-help = **Anytown لائبریری** لوگوں کو مفت میں آن لائن ہونے میں مدد دیتی ہے۔ پیر سے جمعہ، صبح 10 بجے سے شام 4 بجے تک آئیں۔ ڈیجیٹل چیمپئن سے مدد مانگیں۔
    
    یہ خانہ ایک مثال ہے۔ آپ کی لائبریری یا جی پی سرجری یہاں اپنی تفصیلات لکھتی ہے۔
