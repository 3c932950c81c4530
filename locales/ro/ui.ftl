# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = Ghiduri de sănătate ușor de citit
# en: Short guides, with pictures, to using the NHS online.
site-description = Ghiduri scurte, cu imagini. Arată cum folosiți NHS online.
# en: **Anytown Library** helps people get online, for free. Come in Monday to Friday, 10am to 4pm. Ask for a digital champion.  This box is an example. Your library or GP surgery puts its own details here.
site-help = **Biblioteca Anytown** ajută oamenii să folosească internetul, gratuit. Veniți de luni până vineri, între orele 10 și 16. Cereți ajutorul unui voluntar digital (digital champion).
    
    Această casetă este un exemplu. Biblioteca sau cabinetul medicului dumneavoastră își pune aici propriile date.
