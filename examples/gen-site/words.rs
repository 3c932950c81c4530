//! Easy-read guides from the word lists of `vocabulary.rs`: takes the seed, the guide's number, every guide's title
//! and the picture pool; produces one [`Guide`]. Short sentences of common words, a picture
//! for every step, callouts, do and don't boxes, tables, links to other guides and glossary
//! words. A few guides get a long sentence, a passive verb or a word with a plainer
//! alternative, so the reading-level check finds a little (as it does on real guides).

use super::model::{Block, Callout, Guide, Inline, Picture, Piece};
use super::pictures::Pool;
use super::rng::Rng;
use super::vocabulary::{
    ACTIONS, BUTTONS, CHOICES, DETAILS, DONTS, DOS, GLOSSARY, HEADINGS, HELPERS, HOW, MESSAGES,
    MINUTES, NOTES, PLACES, SECRETS, SOURCES, TAGS, TASKS, THINGS, TITLE_WORDS, TOWNS, YOU_NEED,
};

/// Every guide's slug and title, in guide order: the tasks in a shuffled order, then the
/// same tasks in towns, then numbered, so any number of guides have different slugs.
pub fn titles(seed: u64, count: usize) -> Vec<(String, String)> {
    let mut tasks: Vec<String> = Vec::new();
    for (object, verbs) in TASKS {
        for verb in *verbs {
            for how in HOW {
                let title = format!("{verb} {object}{how}");
                if title.split(' ').count() <= TITLE_WORDS {
                    tasks.push(title);
                }
            }
        }
    }
    let mut rng = Rng::new(seed, "titles", 0);
    let order = rng.distinct(tasks.len(), tasks.len());
    let mut out = Vec::with_capacity(count);
    let mut used = std::collections::BTreeSet::new();
    for i in 0..count {
        let task = &tasks[order[i % tasks.len()]];
        let round = i / tasks.len();
        let title = match round {
            0 => task.clone(),
            r if r <= TOWNS.len() => format!("{task} in {}", TOWNS[r - 1]),
            r => format!("{task} in {} ({})", TOWNS[r % TOWNS.len()], r),
        };
        let mut slug = slugify(&title);
        let mut n = 2;
        while !used.insert(slug.clone()) {
            slug = format!("{}-{n}", slugify(&title));
            n += 1;
        }
        out.push((slug, title));
    }
    out
}

fn slugify(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect();
    words.join("-")
}

/// The title as it reads inside a sentence: "how to book a GP appointment".
fn lower_title(title: &str) -> String {
    let mut chars = title.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase());
    first.into_iter().chain(chars).collect()
}

fn text(s: &str) -> Piece {
    vec![Inline::Text(s.to_owned())]
}

/// Makes guide `index`. `titles` names every guide, for links between them.
pub fn guide(seed: u64, index: usize, titles: &[(String, String)], pool: &Pool) -> Guide {
    let mut rng = Rng::new(seed, "guide", index as u64);
    let (slug, title) = titles[index].clone();
    let month = rng.between(1, 10);
    let day = rng.between(1, 28);
    let glossary = if rng.chance(30) {
        let (term, explanation, _) = *rng.pick(GLOSSARY);
        vec![(term.to_owned(), explanation.to_owned())]
    } else {
        Vec::new()
    };
    let mut g = Guide {
        summary: format!("This guide helps you {}.", lower_title(&title)),
        updated: format!("2026-{month:02}-{day:02}"),
        // Three years on, so the corpus stays in date (and its builds the same) until 2029.
        review_due: format!("2029-{month:02}-{day:02}"),
        tags: pick_some(&mut rng, TAGS, 1, 2),
        you_need: pick_some(&mut rng, YOU_NEED, 1, 3),
        time: format!("About {} minutes", rng.pick(&["5", "10", "15", "20"])),
        sources: pick_some(&mut rng, SOURCES, 1, 2),
        order: index + 1,
        blocks: Vec::new(),
        replaced: None,
        slug,
        title,
        glossary,
    };
    g.blocks = body(&mut rng, &g, index, titles, pool);
    if rng.chance(4) {
        g.replaced = first_svg(&g.blocks);
    }
    g
}

fn pick_some(rng: &mut Rng, list: &[&str], low: usize, high: usize) -> Vec<String> {
    let count = rng.between(low, high);
    rng.distinct(list.len(), count)
        .into_iter()
        .map(|i| list[i].to_owned())
        .collect()
}

fn first_svg(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|b| match b {
        Block::Step { picture, .. } if picture.file.ends_with(".svg") => Some(picture.file.clone()),
        _ => None,
    })
}

fn body(
    rng: &mut Rng,
    g: &Guide,
    index: usize,
    titles: &[(String, String)],
    pool: &Pool,
) -> Vec<Block> {
    let mut blocks = vec![Block::Para(intro(rng, &g.title))];
    if rng.chance(60) {
        blocks.push(callout(rng));
    }
    let mut pictures = Pictures::new(rng, pool);
    let sections = rng.between(2, 3);
    for heading in rng.distinct(HEADINGS.len(), sections) {
        blocks.push(Block::Heading(text(HEADINGS[heading])));
        for _ in 0..rng.between(2, 4) {
            let picture = pictures.next(rng);
            blocks.push(step(rng, picture));
        }
    }
    if rng.chance(35) {
        blocks.extend(table(rng));
    }
    blocks.push(Block::Heading(text("Remember")));
    blocks.push(advice(rng, false));
    blocks.push(advice(rng, true));
    if titles.len() > 1 {
        blocks.push(Block::Para(cross_link(rng, index, titles)));
    }
    sprinkle(rng, g, &mut blocks);
    blocks
}

fn intro(rng: &mut Rng, title: &str) -> Piece {
    let second = *rng.pick(&[
        "You can do it on a phone, a tablet or a computer.",
        "It is free and it is safe.",
        "Take your time, you can stop at any point.",
    ]);
    let helper = rng.pick(HELPERS);
    let mut helper = helper.to_string();
    helper[..1].make_ascii_uppercase();
    text(&format!(
        "This guide shows you how to {}. {second} {helper} can help you if you get stuck.",
        lower_title(title)
    ))
}

fn callout(rng: &mut Rng) -> Block {
    let secret = *rng.pick(SECRETS);
    let (kind, lines): (Callout, Vec<Piece>) = match rng.below(5) {
        0 => (
            Callout::Caution,
            vec![
                vec![
                    Inline::Text("Call ".into()),
                    Inline::Bold("999".into()),
                    Inline::Text(" in an emergency.".into()),
                ],
                vec![
                    Inline::Text("If you feel very ill, call ".into()),
                    Inline::Code("111".into()),
                    Inline::Text(" now.".into()),
                ],
            ],
        ),
        1 => (
            Callout::Warning,
            vec![text(&format!("Never share your {secret} with anyone."))],
        ),
        2 => (
            Callout::Important,
            vec![
                text("You need your NHS number for this."),
                text("Check the date before you go."),
            ],
        ),
        3 => (
            Callout::Tip,
            vec![text("You can ask for help at your library.")],
        ),
        _ => (
            Callout::Note,
            vec![text("The page may look a bit different on your phone.")],
        ),
    };
    Block::Callout(kind, lines)
}

/// The pictures of one guide: photos from the shared pool (when there is one) and drawings,
/// each at most once per guide.
struct Pictures<'p> {
    pool: &'p Pool,
    photos: Vec<usize>,
    svgs: Vec<usize>,
}

impl<'p> Pictures<'p> {
    fn new(rng: &mut Rng, pool: &'p Pool) -> Pictures<'p> {
        Pictures {
            photos: rng.distinct(pool.photos.len(), pool.photos.len()),
            svgs: rng.distinct(pool.svgs.len(), pool.svgs.len()),
            pool,
        }
    }

    fn next(&mut self, rng: &mut Rng) -> Picture {
        let photo = !self.photos.is_empty() && (self.svgs.is_empty() || rng.chance(60));
        let (list, index) = if photo {
            (&self.pool.photos, self.photos.pop())
        } else {
            (&self.pool.svgs, self.svgs.pop())
        };
        let entry = &list[index.unwrap_or(0)];
        Picture {
            file: format!("images/{}", entry.name),
            alt: entry.alt.clone(),
        }
    }
}

fn step(rng: &mut Rng, picture: Picture) -> Block {
    let count = rng.between(1, 2);
    let mut body = vec![Block::Para(sentences(rng, count))];
    if rng.chance(20) {
        body.push(Block::Para(text("Have these ready:")));
        let items = pick_some(rng, DETAILS, 2, 3);
        body.push(Block::List(
            items.iter().map(|d| text(&format!("your {d}"))).collect(),
        ));
    } else if rng.chance(45) {
        let count = rng.between(1, 2);
        body.push(Block::Para(sentences(rng, count)));
    }
    Block::Step { picture, body }
}

/// `count` short sentences, as one paragraph.
fn sentences(rng: &mut Rng, count: usize) -> Piece {
    let mut piece = Vec::new();
    for i in 0..count {
        if i > 0 {
            piece.push(Inline::Text(" ".into()));
        }
        piece.extend(sentence(rng));
    }
    merge(piece)
}

fn sentence(rng: &mut Rng) -> Piece {
    let s = match rng.below(18) {
        0 => format!(
            "Open the {}.",
            rng.pick(&["NHS App", "app", "website", "email", "letter"])
        ),
        1 => {
            return vec![
                Inline::Text("Tap ".into()),
                Inline::Bold((*rng.pick(BUTTONS)).into()),
                Inline::Text(".".into()),
            ];
        }
        2 => format!("Choose {}.", rng.pick(CHOICES)),
        3 => format!("Type your {}.", rng.pick(DETAILS)),
        4 => format!("Check your {} is right.", rng.pick(DETAILS)),
        5 => "Read the page before you go on.".into(),
        6 => format!(
            "Wait for a {} from your {}.",
            rng.pick(MESSAGES),
            rng.pick(PLACES)
        ),
        7 => format!("You will see a {}.", rng.pick(THINGS)),
        8 => format!("It can take {} minutes.", rng.pick(MINUTES)),
        9 => format!("Ask {} to help you.", rng.pick(HELPERS)),
        10 => format!("If you are not sure, call your {}.", rng.pick(PLACES)),
        11 => format!("Your {} will {}.", rng.pick(PLACES), rng.pick(ACTIONS)),
        12 => "This is free.".into(),
        13 => format!("Keep your {} safe.", rng.pick(SECRETS)),
        14 => format!("Write down the {}.", rng.pick(NOTES)),
        15 => "Scroll down to see more.".into(),
        16 => {
            return vec![
                Inline::Text("Go to ".into()),
                Inline::Link {
                    words: "nhs.uk".into(),
                    to: "https://www.nhs.uk/".into(),
                },
                Inline::Text(" on your phone.".into()),
            ];
        }
        _ => "You can do this at any time of day.".into(),
    };
    text(&s)
}

/// Joins neighbouring plain runs, as a Markdown reader would see them.
fn merge(piece: Piece) -> Piece {
    let mut out: Piece = Vec::new();
    for part in piece {
        match (out.last_mut(), part) {
            (Some(Inline::Text(a)), Inline::Text(b)) => a.push_str(&b),
            (_, part) => out.push(part),
        }
    }
    out
}

fn table(rng: &mut Rng) -> Vec<Block> {
    let hours = ["8am to 6pm", "9am to 5pm", "8am to 1pm", "Closed"];
    let (lead, head, rows): (&str, [&str; 2], Vec<[String; 2]>) = if rng.chance(50) {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        let rows = days
            .iter()
            .map(|d| [(*d).to_owned(), (*rng.pick(&hours)).to_owned()])
            .collect();
        (
            "The surgery is open at these times:",
            ["Day", "Opening times"],
            rows,
        )
    } else {
        let rows = [
            ("A new prescription", "Your GP surgery"),
            ("Advice about medicines", "Your pharmacy"),
            ("Urgent help", "NHS 111 online"),
            ("An emergency", "Call 999"),
        ]
        .iter()
        .map(|(a, b)| [(*a).to_owned(), (*b).to_owned()])
        .collect();
        (
            "Use this table to choose where to go:",
            ["What you need", "Where to go"],
            rows,
        )
    };
    let mut table = vec![[text(head[0]), text(head[1])]];
    table.extend(rows.iter().map(|[a, b]| [text(a), text(b)]));
    vec![
        Block::Heading(text("Where to get help")),
        Block::Para(text(lead)),
        Block::Table(table),
    ]
}

fn advice(rng: &mut Rng, dont: bool) -> Block {
    let list = if dont { DONTS } else { DOS };
    let items = pick_some(rng, list, 2, 3);
    Block::Advice {
        dont,
        items: items.iter().map(|s| text(s)).collect(),
    }
}

/// A link to another guide, sometimes to one of its steps.
fn cross_link(rng: &mut Rng, index: usize, titles: &[(String, String)]) -> Piece {
    let mut other = rng.below(titles.len() - 1);
    if other >= index {
        other += 1;
    }
    let (slug, title) = &titles[other];
    if rng.chance(30) {
        let step = rng.between(1, 3);
        vec![
            Inline::Text("Next, read ".into()),
            Inline::Link {
                words: format!("step {step} of how to {}", lower_title(title)),
                to: format!("../{slug}/#step-{step}"),
            },
            Inline::Text(".".into()),
        ]
    } else {
        vec![
            Inline::Text("See ".into()),
            Inline::Link {
                words: format!("how to {}", lower_title(title)),
                to: format!("../{slug}/"),
            },
            Inline::Text(".".into()),
        ]
    }
}

/// The little that real guides get wrong, and the guide's glossary word in use.
fn sprinkle(rng: &mut Rng, g: &Guide, blocks: &mut [Block]) {
    let steps: Vec<usize> = (0..blocks.len())
        .filter(|i| matches!(blocks[*i], Block::Step { .. }))
        .collect();
    let mut extra: Vec<&str> = g
        .glossary
        .iter()
        .map(|(term, _)| {
            GLOSSARY
                .iter()
                .find(|(t, _, _)| t == term)
                .map_or("", |(_, _, s)| *s)
        })
        .collect();
    if rng.chance(10) {
        extra.push("If you cannot use a phone or a computer at home, you can ask for help at your local library.");
    }
    if rng.chance(10) {
        extra.push("Your form is sent to your GP surgery.");
    }
    if rng.chance(5) {
        extra.push("You can ask the staff for assistance.");
    }
    for sentence in extra {
        let at = steps[rng.below(steps.len())];
        if let Block::Step { body, .. } = &mut blocks[at] {
            body.push(Block::Para(text(sentence)));
        }
    }
}
