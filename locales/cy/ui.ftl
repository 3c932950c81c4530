# This site's own words in this language: its name and description (site.toml has the
# English). Messages whose ids start with "site-" belong to the site, not to the theme.
# status: machine-assisted draft, needs review by a fluent speaker

# en: Easy health guides
site-title = Canllawiau iechyd hawdd
# en: Short guides, with pictures, to using the NHS online.
site-description = Canllawiau byr, gyda lluniau, i ddefnyddio'r NHS ar-lein.
# en: **Anytown Library** helps people get online, for free. Come in Monday to Friday, 10am to 4pm. Ask for a digital champion.  This box is an example. Your library or GP surgery puts its own details here.
site-help =
    Mae **Llyfrgell Anytown** yn helpu pobl i fynd ar-lein, am ddim. Dewch i mewn o ddydd Llun i ddydd Gwener, 10am i 4pm. Gofynnwch am hyrwyddwr digidol.
    
    Enghraifft yw'r blwch hwn. Mae eich llyfrgell neu eich meddygfa yn rhoi ei manylion ei hun yma.
