//! Tests of the whole analysis: findings on sentences, and measures on reference texts.

use super::*;

fn english() -> Analyser {
    Analyser::new("en", PlainWords::built_in("en"), Settings::default())
}

/// Every finding code of a passage's sentences, in order.
fn sentence_codes(report: &PassageReport) -> Vec<&'static str> {
    report
        .sentences
        .iter()
        .flat_map(|s| &s.findings)
        .map(|f| f.code)
        .collect()
}

fn codes(text: &str) -> Vec<&'static str> {
    let a = english();
    let report = a.passage(
        &Passage::plain(PassageKind::Paragraph, text),
        &mut State::default(),
    );
    let mut out: Vec<&str> = report
        .sentences
        .iter()
        .flat_map(|s| s.findings.iter().map(|f| f.code))
        .collect();
    out.extend(report.findings.iter().map(|f| f.code));
    out
}

#[test]
fn easy_sentences_have_no_findings() {
    assert!(codes("Open the app. Tap the green button. You will get a text.").is_empty());
    assert!(codes("Call 111 if you need help fast. The NHS is free.").is_empty());
}

#[test]
fn each_check_finds_its_problem() {
    assert_eq!(
        codes(
            "You can use the website on your phone or your computer when it is a good time for you to do it."
        ),
        ["long-sentence"]
    );
    assert_eq!(codes("Utilise the app."), ["plain-word"]);
    assert_eq!(codes("Your results are sent by text."), ["passive-voice"]);
    assert_eq!(
        codes("Ask about PPE at the door."),
        ["unexplained-abbreviation"]
    );
    assert_eq!(
        codes("Ask for a mask and gloves (PPE) at the door."),
        Vec::<&str>::new()
    );
    assert_eq!(codes("It takes twenty minutes."), ["number-word"]);
    assert_eq!(codes("DO NOT call the surgery."), ["block-capitals"]);
    assert_eq!(
        codes("Pharmaceutical cardiovascular contraindications matter."),
        ["long-words", "plain-word", "plain-word", "plain-word"]
    );
    assert_eq!(
        codes("Open the app, and tap the button, then wait."),
        ["many-ideas"]
    );
    assert_eq!(codes("Open it. Tap it. Wait. Read it."), ["long-paragraph"]);
}

#[test]
fn glossary_words_are_explained() {
    let mut a = english();
    a.set_glossary(["PPE", "prognosis"]);
    let report = a.passage(
        &Passage::plain(PassageKind::Paragraph, "Ask about PPE and your prognosis."),
        &mut State::default(),
    );
    assert!(report.sentences[0].findings.is_empty());
}

#[test]
fn a_glossary_phrase_explains_each_of_its_words() {
    let text = "Check your nominated pharmacies. Wear the PPE kit.";
    assert_eq!(codes(text), ["long-words", "unexplained-abbreviation"]);
    let mut a = english();
    a.set_glossary(["nominated pharmacy", "PPE kit"]);
    let report = a.passage(
        &Passage::plain(PassageKind::Paragraph, text),
        &mut State::default(),
    );
    let found = sentence_codes(&report);
    assert!(found.is_empty(), "{found:?}");
    let alone = a.passage(
        &Passage::plain(PassageKind::Paragraph, "Pharmacy staff nominated me."),
        &mut State::default(),
    );
    let found = sentence_codes(&alone);
    assert_eq!(found, ["long-words"], "words apart are not the term");
}

#[test]
fn a_glossary_phrase_explains_a_plain_word_inside_it() {
    let text = "Ask about your poor prognosis.";
    assert_eq!(codes(text), ["plain-word"]);
    let mut a = english();
    a.set_glossary(["poor prognosis"]);
    let report = a.passage(
        &Passage::plain(PassageKind::Paragraph, text),
        &mut State::default(),
    );
    assert_eq!(sentence_codes(&report), Vec::<&str>::new());
}

#[test]
fn abbreviations_are_reported_once_per_page() {
    let a = english();
    let mut state = State::default();
    let p = Passage::plain(PassageKind::Paragraph, "Ask about PPE.");
    assert_eq!(a.passage(&p, &mut state).sentences[0].findings.len(), 1);
    assert!(a.passage(&p, &mut state).sentences[0].findings.is_empty());
}

#[test]
fn other_scripts_get_length_measures_only() {
    let a = Analyser::new("ar", PlainWords::built_in("ar"), Settings::default());
    let (summary, _) = analyse(
        &a,
        &[Passage::plain(
            PassageKind::Paragraph,
            "اتصل بالرقم 111. ثم انتظر قليلا.",
        )],
    );
    assert_eq!(summary.method, Method::Lengths);
    assert!(summary.measures.get("flesch_reading_ease").is_none());
    assert!(summary.measures.get("lix").is_none());
    assert!(summary.measures.get("words_per_sentence").is_some());
    assert_eq!(summary.headline, "reading_age");
    assert_eq!(summary.level.unwrap().basis, Basis::Frequency);
    // Even when the language tag says English, Arabic text gets no English formula.
    let en = english();
    let (summary, _) = analyse(
        &en,
        &[Passage::plain(
            PassageKind::Paragraph,
            "اتصل بالرقم 111. ثم انتظر قليلا.",
        )],
    );
    assert_eq!(summary.method, Method::Lengths);
    assert!(summary.measures.get("flesch_kincaid_grade").is_none());
    // Nor are English word frequencies used on it: its reading age is from lengths alone.
    assert_eq!(summary.level.unwrap().basis, Basis::Length);
}

#[test]
fn each_language_gets_its_published_formula() {
    for (lang, text, measure) in [
        (
            "es",
            "Llame al médico si tiene fiebre alta.",
            "fernandez_huerta",
        ),
        (
            "fr",
            "Appelez le médecin si vous avez de la fièvre.",
            "kandel_moles",
        ),
        (
            "de",
            "Rufen Sie den Arzt an, wenn Sie Fieber haben.",
            "amstad",
        ),
        ("it", "Chiami il medico se ha la febbre alta.", "gulpease"),
        ("nl", "Bel de huisarts als u koorts heeft.", "flesch_douma"),
        ("pl", "Zadzwoń do lekarza, jeśli masz gorączkę.", "pisarek"),
        (
            "cy",
            "Ffoniwch y meddyg os oes gennych dymheredd uchel.",
            "lix",
        ),
        ("ro", "Sunați medicul dacă aveți febră mare.", "lix"),
        ("bn", "আপনার ফোন চালু করুন। তারপর অ্যাপ খুলুন।", "words_per_sentence"),
        (
            "ur",
            "اپنا فون کھولیں۔ پھر ایپ کھولیں۔",
            "words_per_sentence",
        ),
    ] {
        let a = Analyser::new(lang, PlainWords::built_in(lang), Settings::default());
        let (summary, _) = analyse(&a, &[Passage::plain(PassageKind::Paragraph, text)]);
        assert_eq!(summary.method.classic(), measure, "{lang}");
        assert!(summary.measures.get(measure).is_some(), "{lang}");
        assert_eq!(summary.headline, "reading_age", "{lang}");
        assert!(summary.value.is_some(), "{lang}");
        let basis = summary.level.unwrap().basis;
        let expected = if lang == "cy" {
            Basis::Length
        } else {
            Basis::Frequency
        };
        assert_eq!(basis, expected, "{lang}");
    }
}

/// Our counts and grades on the reference texts beside textstat's
/// (`tests/data/readability/textstat.json`, made by `tools/readability/reference.py`).
/// The Flesch-Kincaid grade must agree within 0.5, or the difference must come from a
/// syllable count closer to the CMU Pronouncing Dictionary's than textstat's.
#[test]
fn english_grades_agree_with_textstat() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/readability");
    let reference: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("textstat.json")).unwrap()).unwrap();
    let a = english();
    for r in reference.as_array().unwrap() {
        let name = r["text"].as_str().unwrap();
        let text = std::fs::read_to_string(dir.join("texts").join(name)).unwrap();
        let (summary, _) = analyse(&a, &[Passage::plain(PassageKind::Paragraph, text.trim())]);
        let ours = summary.measures.get("flesch_kincaid_grade").unwrap();
        let theirs = r["flesch_kincaid_grade"].as_f64().unwrap();
        let words = summary.measures.get("words").unwrap();
        let syllables = summary.measures.get("syllables_per_word").unwrap() * words;
        let n = |k: &str| r[k].as_f64().unwrap();
        println!(
            "{name}: grade {ours:.2} (textstat {theirs:.2}); sentences {} ({}), words {words} ({}), syllables {syllables:.0} ({}; dictionary {} for {} words)",
            summary.measures.get("sentences").unwrap(),
            n("sentences"),
            n("words"),
            n("syllables"),
            n("cmu_syllables"),
            n("cmu_words_found"),
        );
        if (ours - theirs).abs() > 0.5 {
            let missing = r["cmu_words_missing"].as_array().unwrap().len();
            assert!(
                missing > 0,
                "{name}: {ours:.2} against {theirs:.2} with every word in the dictionary"
            );
        }
    }
}

#[test]
fn everyday_words_of_brahmic_and_arabic_scripts_are_not_long() {
    for (lang, text) in [
        ("bn", "আপনার দরকার হলে আমাদের ফোন করুন।"),
        ("ur", "اگر آپ کو مدد چاہیے تو ہمیں فون کریں۔"),
    ] {
        let a = Analyser::new(lang, PlainWords::built_in(lang), Settings::default());
        let report = a.passage(
            &Passage::plain(PassageKind::Paragraph, text),
            &mut State::default(),
        );
        let found = sentence_codes(&report);
        assert!(found.is_empty(), "{lang}: {found:?}");
    }
}

#[derive(serde::Deserialize)]
struct Pairs {
    pair: Vec<Pair>,
}

#[derive(serde::Deserialize)]
struct Pair {
    lang: String,
    kind: String,
    easy: String,
    hard: String,
}

fn reading_age(a: &Analyser, text: &str) -> f64 {
    let (summary, _) = analyse(a, &[Passage::plain(PassageKind::Paragraph, text)]);
    summary.level.expect(text).reading_age
}

/// Hand-made easy and hard versions of the same text (`tests/data/readability/pairs.toml`),
/// in every language easyguide ships and in French, German and Spanish, are ordered right,
/// including pairs where only the words get harder.
#[test]
fn easy_and_hard_pairs_are_ordered_right() {
    let pairs: Pairs =
        toml::from_str(include_str!("../../tests/data/readability/pairs.toml")).unwrap();
    let mut languages: BTreeSet<&str> = BTreeSet::new();
    let mut wrong = Vec::new();
    for p in &pairs.pair {
        let a = Analyser::new(&p.lang, PlainWords::built_in(&p.lang), Settings::default());
        let (easy, hard) = (reading_age(&a, &p.easy), reading_age(&a, &p.hard));
        println!("{} {:<9} easy {easy:5.1}  hard {hard:5.1}", p.lang, p.kind);
        if easy >= hard {
            wrong.push(format!(
                "{} {}: {easy:.1} >= {hard:.1}: {}",
                p.lang, p.kind, p.easy
            ));
        }
        languages.insert(&p.lang);
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    for lang in ["en", "cy", "pl", "ro", "ar", "ur", "bn", "fr", "de", "es"] {
        assert!(languages.contains(lang), "{lang}");
        let words = pairs
            .pair
            .iter()
            .filter(|p| p.lang == lang && p.kind == "words");
        assert!(
            words.count() >= 2,
            "{lang}: pairs where only the words change"
        );
    }
}

/// The same text gets the same results whatever was analysed before it, on any thread.
#[test]
fn results_do_not_depend_on_order_or_threads() {
    use rayon::prelude::*;
    let texts: Vec<&str> = vec![
        "Open the app. Tap the button.",
        "The physician will examine your haematology.",
        "If you experience any adverse reactions, telephone NHS 111.",
    ];
    let language = Arc::new(Language::built_in("en"));
    let run = |order: &[usize]| -> Vec<(usize, String)> {
        let mut out: Vec<(usize, String)> = order
            .par_iter()
            .map(|&i| {
                let a = Analyser::with_language(language.clone(), Settings::default());
                let (summary, reports) =
                    analyse(&a, &[Passage::plain(PassageKind::Paragraph, texts[i])]);
                (i, format!("{summary:?} {reports:?}"))
            })
            .collect();
        out.sort();
        out
    };
    let fresh = {
        let a = english();
        (0..texts.len())
            .map(|i| {
                let (summary, reports) =
                    analyse(&a, &[Passage::plain(PassageKind::Paragraph, texts[i])]);
                (i, format!("{summary:?} {reports:?}"))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(run(&[0, 1, 2]), fresh);
    assert_eq!(
        run(&[2, 1, 0, 2, 1, 0])
            .into_iter()
            .step_by(2)
            .collect::<Vec<_>>(),
        fresh
    );
}

#[test]
fn an_abbreviation_known_in_one_language_is_known_in_every_language() {
    for lang in ["ur", "bn", "ar", "cy", "pl", "ro", "en"] {
        let a = Analyser::new(lang, PlainWords::built_in(lang), Settings::default());
        let text = "Use the UK app. Ask the NHS.";
        let report = a.passage(
            &Passage::plain(PassageKind::Paragraph, text),
            &mut State::default(),
        );
        let codes = sentence_codes(&report);
        assert!(
            !codes.contains(&"unexplained-abbreviation") && !codes.contains(&"block-capitals"),
            "{lang}: {codes:?}"
        );
    }
}
