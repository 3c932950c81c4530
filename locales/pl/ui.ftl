# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = Proste poradniki zdrowotne
# en: Short guides, with pictures, to using the NHS online.
site-description = Krótkie poradniki z obrazkami. Pokazują, jak korzystać z NHS przez internet.
# en: **Anytown Library** helps people get online, for free. Come in Monday to Friday, 10am to 4pm. Ask for a digital champion.  This box is an example. Your library or GP surgery puts its own details here.
site-help = **Biblioteka Anytown** pomaga ludziom korzystać z internetu, za darmo. Przyjdź od poniedziałku do piątku, od 10:00 do 16:00. Zapytaj o osobę, która pomaga z internetem (digital champion).
    
    To pole jest przykładem. Twoja biblioteka lub przychodnia wpisuje tu swoje dane.
