# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = সহজ স্বাস্থ্য গাইড
# en: Short guides, with pictures, to using the NHS online.
site-description = ছবিসহ ছোট গাইড। এগুলো দেখায় কীভাবে অনলাইনে NHS ব্যবহার করবেন।
# en: **Anytown Library** helps people get online, for free. Come in Monday to Friday, 10am to 4pm. Ask for a digital champion.  This box is an example. Your library or GP surgery puts its own details here.
site-help = **Anytown লাইব্রেরি** বিনামূল্যে মানুষকে অনলাইনে যেতে সাহায্য করে। সোমবার থেকে শুক্রবার, সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত আসুন। একজন ডিজিটাল চ্যাম্পিয়নের কাছে সাহায্য চান।
    
    এই বক্সটি একটি উদাহরণ। আপনার লাইব্রেরি বা জিপি সার্জারি এখানে তাদের নিজেদের তথ্য লেখে।
