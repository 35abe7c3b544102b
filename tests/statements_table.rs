//! Table-driven tests for statement extraction (issue 4).
//!
//! Every expectation follows `SPEC.md` and `ANNOTATION.md`:
//! - `content` is the words said without the quotation marks (a direct quote
//!   keeps its own inner punctuation, e.g. the comma before `he said`); a
//!   quote interrupted by its attribution is joined with one space; indirect
//!   content is the reported clause without a leading "that" and without the
//!   sentence's final full stop.
//! - a multi-paragraph quote is one statement; when `content` is written as
//!   `"START … END"` (with the U+2026 ellipsis between spaces) the check is
//!   "starts with START and ends with END".
//! - `speaker` is matched against the speaker's name exactly or as its last
//!   word(s) ("Watanabe" matches "Kenji Watanabe"); `speaker_exact` demands
//!   the whole name.
//!
//! The `CASES` table must pass.

use attache::{Document, Extractor, Mode, SpeakerKind, Statement};
use chrono::NaiveDate;

#[derive(Clone, Copy)]
struct St {
    mode: Mode,
    content: &'static str,
    /// Last word(s) of the speaker's name ("" = not checked).
    speaker: &'static str,
    /// Whole speaker name ("" = not checked).
    speaker_exact: &'static str,
    kind: Option<SpeakerKind>,
    /// Speaker country ("" = not checked).
    country: &'static str,
    /// Statement date ("" = not checked).
    date: &'static str,
}

const S: St = St {
    mode: Mode::Direct,
    content: "",
    speaker: "",
    speaker_exact: "",
    kind: None,
    country: "",
    date: "",
};

struct Case {
    id: &'static str,
    text: &'static str,
    published: Option<&'static str>,
    expect: &'static [St],
}

const fn direct(content: &'static str, speaker: &'static str) -> St {
    St {
        mode: Mode::Direct,
        content,
        speaker,
        ..S
    }
}
const fn partial(content: &'static str, speaker: &'static str) -> St {
    St {
        mode: Mode::Partial,
        content,
        speaker,
        ..S
    }
}
const fn indirect(content: &'static str, speaker: &'static str) -> St {
    St {
        mode: Mode::Indirect,
        content,
        speaker,
        ..S
    }
}

fn content_matches(expected: &str, got: &str) -> bool {
    match expected.split_once(" \u{2026} ") {
        Some((a, b)) => got.starts_with(a) && got.ends_with(b),
        None => expected == got,
    }
}

fn name_matches(expected: &str, got: Option<&str>) -> bool {
    let Some(got) = got else { return false };
    got == expected || got.ends_with(&format!(" {expected}"))
}

fn describe(s: &Statement) -> String {
    let sp = s.speaker.as_ref();
    format!(
        "{:?} {:?} by {:?} ({:?}, {:?}) date {:?}",
        s.mode,
        s.content,
        sp.and_then(|x| x.name.as_deref()),
        sp.map(|x| x.kind),
        sp.and_then(|x| x.country.as_deref()),
        s.date
    )
}

fn check_statement(e: &St, s: &Statement) -> Vec<String> {
    let mut diffs = Vec::new();
    if s.mode != e.mode {
        diffs.push(format!("mode {:?} != expected {:?}", s.mode, e.mode));
    }
    let sp = s.speaker.as_ref();
    let name = sp.and_then(|x| x.name.as_deref());
    if !e.speaker.is_empty() && !name_matches(e.speaker, name) {
        diffs.push(format!("speaker {name:?} != expected {:?}", e.speaker));
    }
    if !e.speaker_exact.is_empty() && name != Some(e.speaker_exact) {
        diffs.push(format!(
            "speaker {name:?} != expected exactly {:?}",
            e.speaker_exact
        ));
    }
    if let Some(k) = e.kind {
        let got = sp.map(|x| x.kind);
        if got != Some(k) {
            diffs.push(format!("speaker kind {got:?} != expected {k:?}"));
        }
    }
    if !e.country.is_empty() {
        let got = sp.and_then(|x| x.country.as_deref());
        if got != Some(e.country) {
            diffs.push(format!("speaker country {got:?} != expected {:?}", e.country));
        }
    }
    if !e.date.is_empty() {
        let want = NaiveDate::parse_from_str(e.date, "%Y-%m-%d").unwrap();
        if s.date != Some(want) {
            diffs.push(format!("date {:?} != expected {want}", s.date));
        }
    }
    diffs
}

fn run(cases: &[Case]) -> Vec<String> {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for case in cases {
        let mut doc = Document::new(case.text);
        if let Some(p) = case.published {
            doc = doc.published_str(p).expect("bad publication date in test table");
        }
        let out = ex.extract(&doc);
        let mut diffs = Vec::new();
        for s in &out.statements {
            if s.span.end > case.text.len()
                || !case.text.is_char_boundary(s.span.start)
                || !case.text.is_char_boundary(s.span.end)
            {
                diffs.push(format!("span {:?} not on char boundaries", s.span));
            }
        }
        if out.statements.len() != case.expect.len() {
            diffs.push(format!(
                "{} statements, expected {}: got [{}]",
                out.statements.len(),
                case.expect.len(),
                out.statements.iter().map(describe).collect::<Vec<_>>().join("; ")
            ));
        }
        let mut used = vec![false; out.statements.len()];
        for e in case.expect {
            let found = out
                .statements
                .iter()
                .enumerate()
                .find(|(i, s)| !used[*i] && content_matches(e.content, &s.content));
            match found {
                None => diffs.push(format!(
                    "missing {:?} statement {:?} (got [{}])",
                    e.mode,
                    e.content,
                    out.statements.iter().map(describe).collect::<Vec<_>>().join("; ")
                )),
                Some((i, s)) => {
                    used[i] = true;
                    for d in check_statement(e, s) {
                        diffs.push(format!("{:?}: {d}", e.content));
                    }
                }
            }
        }
        if !diffs.is_empty() {
            failures.push(format!("[{}] {}", case.id, diffs.join(" | ")));
        }
    }
    failures
}

fn assert_all(cases: &[Case]) {
    let failures = run(cases);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn statements_table() {
    assert_all(CASES);
}

const CASES: &[Case] = &[
    // ---- direct quotes: straight, curly, single marks ----
    Case {
        id: "direct-straight-after",
        text: "\"We will not accept any interference in our internal affairs,\" Foreign Minister Li Wen said on Tuesday.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Person), ..direct("We will not accept any interference in our internal affairs,", "Li Wen") }],
    },
    Case {
        id: "direct-curly-said-name",
        text: "\u{201c}Our doors remain open to dialogue,\u{201d} said Chancellor Greta Lindqvist.",
        published: None,
        expect: &[direct("Our doors remain open to dialogue,", "Lindqvist")],
    },
    Case {
        id: "direct-curly-single",
        text: "\u{2018}We have made real progress in these talks,\u{2019} said Mr Okafor, the Nigerian envoy.",
        published: None,
        expect: &[direct("We have made real progress in these talks,", "Okafor")],
    },
    Case {
        id: "direct-straight-single",
        text: "'The talks were frank and useful,' Ambassador Jean Dupuis told reporters in Dakar.",
        published: None,
        expect: &[direct("The talks were frank and useful,", "Dupuis")],
    },
    Case {
        id: "direct-question",
        text: "\"Why should our farmers pay for their mistakes?\" asked Finance Minister Tomas Berg.",
        published: None,
        expect: &[direct("Why should our farmers pay for their mistakes?", "Berg")],
    },
    Case {
        id: "direct-declared",
        text: "\"This is a historic day for both our nations,\" declared Chancellor Hans Becker as the treaty was signed.",
        published: None,
        expect: &[direct("This is a historic day for both our nations,", "Becker")],
    },
    Case {
        id: "direct-ministry-statement",
        text: "\"The visit will open a new chapter in bilateral relations,\" Egypt's Foreign Ministry said in a statement.",
        published: None,
        expect: &[St {
            kind: Some(SpeakerKind::Organization),
            country: "EG",
            ..direct("The visit will open a new chapter in bilateral relations,", "Foreign Ministry")
        }],
    },
    Case {
        id: "direct-nested-single",
        text: "\"When they say 'never', they usually mean 'not yet',\" Deputy Foreign Minister Piotr Zielinski said with a smile.",
        published: None,
        expect: &[direct("When they say 'never', they usually mean 'not yet',", "Zielinski")],
    },
    Case {
        id: "direct-kremlin-spokesman",
        text: "\"No date has been set for the meeting,\" Kremlin spokesman Dmitry Orlov told reporters.",
        published: None,
        expect: &[direct("No date has been set for the meeting,", "Orlov")],
    },
    // ---- colon lead-ins ----
    Case {
        id: "colon-told-reporters",
        text: "Khan told reporters: \"Pakistan wants peace with all its neighbours.\"",
        published: None,
        expect: &[direct("Pakistan wants peace with all its neighbours.", "Khan")],
    },
    Case {
        id: "colon-said-curly",
        text: "President Amadou Diallo said: \u{201c}The border will reopen next month.\u{201d}",
        published: None,
        expect: &[direct("The border will reopen next month.", "Diallo")],
    },
    // ---- dash attributions ----
    // ---- interrupted quotes ----
    Case {
        id: "interrupted-said",
        text: "\"We agree on the principles,\" Diallo said, \"and we will act on them before the end of the year.\"",
        published: None,
        expect: &[direct("We agree on the principles, and we will act on them before the end of the year.", "Diallo")],
    },
    Case {
        id: "interrupted-he-added",
        text: "Prime Minister Viktor Halvorsen spoke after the talks.\n\n\"Trade is growing,\" he added, \"but not nearly fast enough.\"",
        published: None,
        expect: &[St { speaker_exact: "Viktor Halvorsen", ..direct("Trade is growing, but not nearly fast enough.", "") }],
    },
    Case {
        id: "interrupted-single-marks",
        text: "'We came in good faith,' Ms Moreau said, 'and we leave in good faith.'",
        published: None,
        expect: &[direct("We came in good faith, and we leave in good faith.", "Moreau")],
    },
    Case {
        id: "two-quotes-separate-sentence",
        text: "\"We came here to listen,\" Secretary of State Daniel Whitfield told reporters. \"We leave with a plan.\"",
        published: None,
        expect: &[direct("We came here to listen,", "Whitfield"), direct("We leave with a plan.", "Whitfield")],
    },
    Case {
        id: "two-speakers-two-paragraphs",
        text: "\"We want a fair deal,\" said President Ramon Aguilar.\n\n\"So do we,\" replied Prime Minister Hiroshi Sato.",
        published: None,
        expect: &[direct("We want a fair deal,", "Aguilar"), direct("So do we,", "Sato")],
    },
    // ---- multi-paragraph quotes and missing closing marks ----
    Case {
        id: "multi-paragraph-two",
        text: "Minister Elena Ruiz read a prepared statement to reporters.\n\n\"The negotiations have been long and difficult. Both sides made painful concessions.\n\n\"Today both governments have kept their word,\" she said.",
        published: None,
        expect: &[St {
            speaker_exact: "Elena Ruiz",
            ..direct("The negotiations have been long and difficult. \u{2026} Today both governments have kept their word,", "")
        }],
    },
    Case {
        id: "multi-paragraph-three-curly",
        text: "President Joseph Mwangi addressed parliament on Wednesday.\n\n\u{201c}Our country has waited forty years for this moment.\n\n\u{201c}We owe it to those who fought for it.\n\n\u{201c}And we will not waste it,\u{201d} Mwangi said.",
        published: None,
        expect: &[direct("Our country has waited forty years for this moment. \u{2026} And we will not waste it,", "Mwangi")],
    },
    Case {
        // A first line that leaves its quotation open is no headline.
        id: "multi-paragraph-from-the-first-line",
        text: "Senator Ines Varga told the assembly: \"Nobody here wanted this war,\n\n\"and nobody here will forget who started it.\"\n\nThe assembly then voted.",
        published: None,
        expect: &[direct("Nobody here wanted this war, \u{2026} and nobody here will forget who started it.", "Varga")],
    },
    Case {
        // Initials and a party tag between the name and the verb.
        id: "speaker-with-initial-and-party-tag",
        text: "\"Nobody in this chamber has worked harder on the bill,\" Sen. Mary K. Holloway (R-Ore.) said in a statement.",
        published: None,
        expect: &[St {
            speaker_exact: "Mary K. Holloway",
            ..direct("Nobody in this chamber has worked harder on the bill,", "")
        }],
    },
    Case {
        // An affiliation after the name leaves the person the speaker.
        id: "speaker-of-an-organisation",
        text: "\"The deal leaves the forests unprotected,\" Ms. Okafor of the Rainforest Trust said.",
        published: None,
        expect: &[direct("The deal leaves the forests unprotected,", "Okafor")],
    },
    Case {
        // A quotation alone in its paragraph continues the last speaker; the
        // next paragraph's "X said" is not its attribution.
        id: "no-attribution-across-paragraphs",
        text: "\"We will keep the border open,\" Interior Minister Lara Diaz said.\n\n\"Nobody will be turned away.\"\n\nOpposition leader Tomas Berg said the plan would fail.",
        published: None,
        expect: &[
            direct("We will keep the border open,", "Diaz"),
            direct("Nobody will be turned away.", "Diaz"),
            indirect("the plan would fail", "Berg"),
        ],
    },
    // ---- partial quotes ----
    Case {
        id: "partial-inside-indirect",
        text: "Foreign Minister Elena Ruiz said the agreement was \"a victory for common sense\" and would be signed in May.",
        published: None,
        expect: &[
            indirect("the agreement was \"a victory for common sense\" and would be signed in May", "Ruiz"),
            partial("a victory for common sense", "Ruiz"),
        ],
    },
    Case {
        id: "partial-curly-full-name-then-surname",
        text: "Japanese Foreign Minister Kenji Watanabe arrived in Canberra on Monday. Watanabe said the two countries shared \u{201c}a deep commitment to open seas.\u{201d}",
        published: None,
        expect: &[
            St { speaker_exact: "Kenji Watanabe", ..indirect("the two countries shared \u{201c}a deep commitment to open seas.\u{201d}", "") },
            St { speaker_exact: "Kenji Watanabe", ..partial("a deep commitment to open seas.", "") },
        ],
    },
    Case {
        id: "partial-pledged",
        text: "The Swedish envoy, Ingrid Holm, promised \"every possible assistance\" to the families of the victims.",
        published: None,
        expect: &[partial("every possible assistance", "Holm")],
    },
    // ---- not statements: scare quotes, titles, plan names ----
    Case {
        id: "scare-quote-one-word",
        text: "The deal has been dubbed a \"reset\" in the Polish press.",
        published: None,
        expect: &[],
    },
    Case {
        id: "scare-quote-two-words",
        text: "The so-called \"peace dividend\" never reached the border towns.",
        published: None,
        expect: &[],
    },
    Case {
        id: "plan-name",
        text: "The government's \u{201c}Look East\u{201d} policy has cooled since 2019.",
        published: None,
        expect: &[],
    },
    Case {
        id: "apostrophes-no-statement",
        text: "O'Brien's government hasn't changed its view of Raisi's proposals since the '90s, and it shouldn't.",
        published: None,
        expect: &[],
    },
    Case {
        id: "noun-object-not-statement",
        text: "President Lula stressed the importance of ties with Angola during the banquet.",
        published: None,
        expect: &[],
    },
    // ---- indirect speech in every order ----
    Case {
        id: "indirect-said-that",
        text: "Foreign Minister Karim Benali said that Algeria would host the summit in October.",
        published: None,
        expect: &[indirect("Algeria would host the summit in October", "Benali")],
    },
    Case {
        id: "indirect-said-no-that",
        text: "Foreign Minister Karim Benali said Algeria would not attend the conference in Rabat.",
        published: None,
        expect: &[indirect("Algeria would not attend the conference in Rabat", "Benali")],
    },
    Case {
        id: "indirect-clause-first-x-said",
        text: "The two leaders will meet again in the spring, Chancellor Greta Lindqvist said.",
        published: None,
        expect: &[indirect("The two leaders will meet again in the spring", "Lindqvist")],
    },
    Case {
        id: "indirect-clause-first-said-x",
        text: "Relations with Manila have never been stronger, said President Luis Castillo.",
        published: None,
        expect: &[indirect("Relations with Manila have never been stronger", "Castillo")],
    },
    Case {
        id: "indirect-according-to-first",
        text: "According to the Interior Ministry, more than 300 people were detained during the protests.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Organization), ..indirect("more than 300 people were detained during the protests", "Interior Ministry") }],
    },
    Case {
        id: "indirect-according-to-last",
        text: "The convoy crossed into Jordan before dawn, according to Foreign Minister Ayman Nasser.",
        published: None,
        expect: &[indirect("The convoy crossed into Jordan before dawn", "Nasser")],
    },
    Case {
        id: "indirect-announced",
        text: "President Beatriz Campos announced that Chile would reopen its embassy in Caracas.",
        published: None,
        expect: &[indirect("Chile would reopen its embassy in Caracas", "Campos")],
    },
    Case {
        id: "indirect-confirmed",
        text: "The Turkish Foreign Ministry confirmed that the ambassador had been recalled for consultations.",
        published: None,
        expect: &[St {
            kind: Some(SpeakerKind::Organization),
            country: "TR",
            ..indirect("the ambassador had been recalled for consultations", "Foreign Ministry")
        }],
    },
    Case {
        id: "indirect-denied",
        text: "Deputy Prime Minister Oleksandr Marchenko denied that any visas had been revoked.",
        published: None,
        expect: &[indirect("any visas had been revoked", "Marchenko")],
    },
    Case {
        id: "indirect-warned",
        text: "Defence Minister Rachel Ortiz warned that the ceasefire could collapse within days.",
        published: None,
        expect: &[indirect("the ceasefire could collapse within days", "Ortiz")],
    },
    Case {
        id: "indirect-urged-to",
        text: "U.N. Secretary-General Sofia Mendes urged both sides to return to the negotiating table.",
        published: None,
        expect: &[indirect("both sides to return to the negotiating table", "Mendes")],
    },
    Case {
        id: "indirect-added-he",
        text: "President Marcus Oyelaran met the visiting delegation on Friday. He added that a joint commission would meet in Lagos in March.",
        published: None,
        expect: &[St { speaker_exact: "Marcus Oyelaran", ..indirect("a joint commission would meet in Lagos in March", "") }],
    },
    Case {
        id: "indirect-noted",
        text: "Finance Minister Tomas Berg noted that defence spending had risen for a fifth consecutive year.",
        published: None,
        expect: &[indirect("defence spending had risen for a fifth consecutive year", "Berg")],
    },
    Case {
        id: "indirect-stated",
        text: "King Abdullah stated that Jordan would never accept a divided Jerusalem.",
        published: None,
        expect: &[indirect("Jordan would never accept a divided Jerusalem", "Abdullah")],
    },
    // ---- speaker resolution ----
    Case {
        id: "resolve-he",
        text: "President Marcus Oyelaran met the Brazilian delegation on Friday. He said Nigeria valued its long friendship with Brazil.",
        published: None,
        expect: &[St { speaker_exact: "Marcus Oyelaran", ..indirect("Nigeria valued its long friendship with Brazil", "") }],
    },
    Case {
        id: "resolve-she-quote",
        text: "Foreign Secretary Margaret Hale flew to Ottawa on Monday.\n\n\"Canada is our oldest friend,\" she said.",
        published: None,
        expect: &[St { speaker_exact: "Margaret Hale", ..direct("Canada is our oldest friend,", "") }],
    },
    Case {
        id: "resolve-the-ministry",
        text: "Kenya's Foreign Ministry announced the visit on Monday.\n\n\"It is the first visit of its kind,\" the ministry said.",
        published: None,
        expect: &[St {
            kind: Some(SpeakerKind::Organization),
            country: "KE",
            ..direct("It is the first visit of its kind,", "Foreign Ministry")
        }],
    },
    Case {
        id: "resolve-statement-added",
        text: "Pakistan's Foreign Office said in a statement that the prime minister would travel to Beijing next week. \"The two sides will review all areas of cooperation,\" the statement added.",
        published: None,
        expect: &[
            St {
                kind: Some(SpeakerKind::Organization),
                country: "PK",
                speaker_exact: "Foreign Office",
                ..indirect("the prime minister would travel to Beijing next week", "")
            },
            St {
                kind: Some(SpeakerKind::Organization),
                country: "PK",
                speaker_exact: "Foreign Office",
                ..direct("The two sides will review all areas of cooperation,", "")
            },
        ],
    },
    Case {
        id: "org-with-country-possessive",
        text: "Pakistan's Foreign Office said the visit would take place next month.",
        published: None,
        expect: &[St {
            kind: Some(SpeakerKind::Organization),
            country: "PK",
            speaker_exact: "Foreign Office",
            ..indirect("the visit would take place next month", "")
        }],
    },
    Case {
        id: "group-iranian-officials",
        text: "Iranian officials said the talks in Muscat had been constructive.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Group), country: "IR", ..indirect("the talks in Muscat had been constructive", "") }],
    },
    Case {
        id: "group-officials-plain",
        text: "Officials said the meeting in Geneva would go ahead as planned.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Group), ..indirect("the meeting in Geneva would go ahead as planned", "") }],
    },
    Case {
        id: "group-turkish-diplomats-quote",
        text: "\"There is no chance of a deal this week,\" Turkish diplomats told reporters in Ankara.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Group), country: "TR", ..direct("There is no chance of a deal this week,", "") }],
    },
    Case {
        id: "surname-then-quote-resolves-full",
        text: "Foreign Minister Ana Lucia Ferreira met her Portuguese counterpart in Lisbon.\n\n\"We share a language and a history,\" Ferreira said.",
        published: None,
        expect: &[St { speaker_exact: "Ana Lucia Ferreira", ..direct("We share a language and a history,", "") }],
    },
    // ---- statement dates ----
    Case {
        id: "partial-accused-of",
        text: "Defence Minister Carlos Moreno accused the opposition of \"playing games with the nation's security\" during the debate.",
        published: None,
        expect: &[partial("playing games with the nation's security", "Moreno")],
    },
    Case {
        id: "partial-noun-phrase",
        text: "Ms Haddad, who spoke of \"a new era of partnership\" with Jordan, left for Amman on Friday.",
        published: None,
        expect: &[partial("a new era of partnership", "Haddad")],
    },
    Case {
        id: "date-said-on-sunday",
        text: "Foreign Minister Karim Benali said on Sunday that Algeria would host the summit in October.",
        published: Some("2024-04-23"),
        expect: &[St { date: "2024-04-21", ..indirect("Algeria would host the summit in October", "Benali") }],
    },
    Case {
        id: "date-quote-the-ministry-said-monday",
        text: "\"Preparations are complete,\" the Moroccan Foreign Ministry said on Monday.",
        published: Some("2019-11-14"),
        expect: &[St { date: "2019-11-11", country: "MA", ..direct("Preparations are complete,", "Foreign Ministry") }],
    },
    Case {
        id: "date-told-reporters-month-day",
        text: "Secretary of State Daniel Whitfield told reporters on March 3 that the embassy would stay open.",
        published: Some("2011-03-05"),
        expect: &[St { date: "2011-03-03", ..indirect("the embassy would stay open", "Whitfield") }],
    },
    Case {
        id: "interrupted-curly-the-minister",
        text: "Foreign Minister Ngozi Adeyemi returned from Accra on Sunday.\n\n\u{201c}The visit was a success,\u{201d} said the minister, \u{201c}but much work remains.\u{201d}",
        published: None,
        expect: &[St { speaker_exact: "Ngozi Adeyemi", ..direct("The visit was a success, but much work remains.", "") }],
    },
    Case {
        id: "resolve-the-minister",
        text: "Trade Minister Priya Nair opened the fair in Dubai. The minister said exports to the Gulf had doubled since 2020.",
        published: None,
        expect: &[St { speaker_exact: "Priya Nair", ..indirect("exports to the Gulf had doubled since 2020", "") }],
    },
    Case {
        id: "resolve-the-spokesman",
        text: "Foreign Ministry spokesman Wang Lei was asked about the arms sale on Tuesday.\n\n\"We firmly oppose it,\" the spokesman said.",
        published: None,
        expect: &[St { speaker_exact: "Wang Lei", ..direct("We firmly oppose it,", "") }],
    },
    Case {
        id: "direct-government",
        text: "\"Beijing will not stand idly by,\" the Chinese government said in a statement carried by Xinhua.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Government), country: "CN", ..direct("Beijing will not stand idly by,", "") }],
    },
    Case {
        id: "dash-em-after",
        text: "\"Nobody wins a trade war\" \u{2014} Trade Minister Rahul Mehta, speaking in Geneva.",
        published: None,
        expect: &[direct("Nobody wins a trade war", "Mehta")],
    },
    Case {
        id: "dash-hyphen-after",
        text: "\"The region needs stability, not more weapons\" - Foreign Minister Leila Haddad.",
        published: None,
        expect: &[direct("The region needs stability, not more weapons", "Haddad")],
    },
    Case {
        id: "title-of-book",
        text: "The ambassador's memoir, \"A Long Road to Damascus,\" was published in 1998.",
        published: None,
        expect: &[],
    },
    Case {
        id: "title-of-film",
        text: "Guests watched \"The Battle of Algiers\" at the embassy on Saturday evening.",
        published: None,
        expect: &[],
    },
    Case {
        id: "missing-close-paragraph-end",
        text: "Interior Minister Anil Rao said: \"The deadline will not be extended. We expect full compliance\n\nThe opposition walked out of the chamber.",
        published: None,
        expect: &[direct("The deadline will not be extended. We expect full compliance", "Rao")],
    },
    Case {
        id: "colon-wrote",
        text: "In a letter to the Security Council, Ambassador Maria Fernandes wrote: \"Angola has fulfilled every obligation under the accord.\"",
        published: None,
        expect: &[direct("Angola has fulfilled every obligation under the accord.", "Fernandes")],
    },
    Case {
        id: "indirect-told-reporters",
        text: "Prime Minister Arne Solberg told reporters the sanctions would stay in place until the summer.",
        published: None,
        expect: &[indirect("the sanctions would stay in place until the summer", "Solberg")],
    },
    Case {
        id: "group-diplomats-after",
        text: "The vote is unlikely to pass before the summer recess, Western diplomats said.",
        published: None,
        expect: &[St { kind: Some(SpeakerKind::Group), ..indirect("The vote is unlikely to pass before the summer recess", "") }],
    },

    // ---- issue 4, statements pass: continuation, joins, transcripts, speakers ----
    Case {
        id: "direct-reopened-after-sentence",
        text: "Ms Adaeze Okafor spoke at the donor meeting.\n\nShe said: \"Funding for the clinics must double by next year. \"Existing pledges on their own will not end the crisis.\"",
        published: None,
        expect: &[direct(
            "Funding for the clinics must double by next year. Existing pledges on their own will not end the crisis.",
            "Okafor",
        )],
    },
    Case {
        id: "direct-joined-across-participle",
        text: "\"Every delay costs lives,\" Ms Adaeze Okafor said, pointing to the flood reports, \"and we cannot wait any longer.\"",
        published: None,
        expect: &[direct("Every delay costs lives, and we cannot wait any longer.", "Okafor")],
    },
    Case {
        id: "direct-joined-after-but",
        text: "\"I respect the senator,\" Governor Paul Haynes said, but \"on taxes he has been wrong for twenty years.\"",
        published: None,
        expect: &[direct("I respect the senator, on taxes he has been wrong for twenty years.", "Haynes")],
    },
    Case {
        id: "direct-two-across-attribution-sentence",
        text: "\"We are ready for the talks,\" Ms Adaeze Okafor said. \"The first round starts on Monday in Geneva.\"",
        published: None,
        expect: &[
            direct("We are ready for the talks,", "Okafor"),
            direct("The first round starts on Monday in Geneva.", "Okafor"),
        ],
    },
    Case {
        id: "transcript-lines",
        text: "The governor gave an interview on Sunday.\n\nHARMON: Will you run for the Senate next year?\n\nHAYNES: I have not decided yet, and I will not decide this week.",
        published: None,
        expect: &[
            St { mode: Mode::Indirect, content: "Will you run for the Senate next year?", speaker: "Harmon", ..S },
            St { mode: Mode::Indirect, content: "I have not decided yet, and I will not decide this week.", speaker: "Haynes", ..S },
        ],
    },
    Case {
        id: "transcript-dateline-is-no-speaker",
        text: "Talks resume\n\nGENEVA: Negotiators from both sides met again on Monday for a third round of talks.",
        published: None,
        expect: &[],
    },
    Case {
        id: "direct-appositive-speaker",
        text: "\"The port will reopen next week,\" Lena Vogt, director of the harbour authority, said.",
        published: None,
        expect: &[direct("The port will reopen next week,", "Vogt")],
    },
    Case {
        id: "direct-two-appositives",
        text: "\"This is an invasion of our courts,\" Mark Ellison, the attorney general of Ohio, one of the states suing the agency, said at an event.",
        published: None,
        expect: &[direct("This is an invasion of our courts,", "Ellison")],
    },
    Case {
        id: "direct-speaker-with-modifier",
        text: "\"We welcome the ruling and its clear reasoning,\" campaign lawyer Daniel Ruiz said.",
        published: None,
        expect: &[direct("We welcome the ruling and its clear reasoning,", "Ruiz")],
    },
    Case {
        id: "direct-speaker-with-brackets",
        text: "\"She would be a fine judge and a fair one,\" Rep. Laura Finch (D-Ore.) said in an interview.",
        published: None,
        expect: &[direct("She would be a fine judge and a fair one,", "Finch")],
    },
    Case {
        id: "direct-participle-subject",
        text: "During a long speech, Senator Ruth Calder attacked the budget for its cuts to clinics and schools, saying, \"This plan will hurt families.\"",
        published: None,
        expect: &[direct("This plan will hurt families.", "Calder")],
    },
    Case {
        id: "indirect-name-between-commas",
        text: "A spokesman for the governor, Tom Becker, said the mountain road would stay closed until Friday.",
        published: None,
        expect: &[indirect("the mountain road would stay closed until Friday", "Becker")],
    },
    Case {
        id: "direct-unnamed-title-after-named-speaker",
        text: "Mr Erik Brandt arrived in Lagos on Monday. Mr Brandt said the visit was long overdue. \"We will double our support for the programme,\" the chancellor said.",
        published: None,
        expect: &[
            indirect("the visit was long overdue", "Brandt"),
            direct("We will double our support for the programme,", "Brandt"),
        ],
    },
    Case {
        id: "pronoun-skips-organisation-statement",
        text: "\"We expect progress in the talks,\" Ms Adaeze Okafor said. The ministry said in a statement that the talks would resume on Monday. \"We will wait and see what they offer,\" she said.",
        published: None,
        expect: &[
            direct("We expect progress in the talks,", "Okafor"),
            indirect("the talks would resume on Monday", ""),
            direct("We will wait and see what they offer,", "Okafor"),
        ],
    },
    Case {
        id: "no-statement-title-case-banner",
        text: "Protesters outside the hall carried banners reading \"Stop The Pipeline Now\" on Tuesday.",
        published: None,
        expect: &[],
    },
    Case {
        id: "no-statement-quoted-term-opening-sentence",
        text: "\"Haneul,\" meaning sky, is the highest point of the park.",
        published: None,
        expect: &[],
    },
    Case {
        id: "direct-short-utterance-paragraph",
        text: "The two men met at the gate.\n\n\"Why?\"\n\n\"Because we must,\" Governor Paul Haynes said.",
        published: None,
        expect: &[direct("Why?", ""), direct("Because we must,", "Haynes")],
    },
    Case {
        id: "direct-double-hyphen-dash",
        text: "\"Enough\"--said Mr. Cornell Abbot, and he left the room.",
        published: None,
        expect: &[direct("Enough", "Abbot")],
    },
    // ---- speaker in apposition (was TODO) ----
    Case {
        id: "direct-spokesman-apposition",
        text: "\"We reject these accusations in the strongest terms,\" the spokesman for the External Affairs Ministry, Arvind Rao, said on Thursday.",
        published: None,
        expect: &[direct("We reject these accusations in the strongest terms,", "Rao")],
    },
    Case {
        id: "direct-paired-single-marks",
        text: "The senator spoke in Columbus.\n\n''We will not raise taxes on the middle class. Not this year,'' said Senator Ruth Calder.",
        published: None,
        expect: &[direct("We will not raise taxes on the middle class. Not this year,", "Calder")],
    },
    Case {
        id: "partial-inside-reported-clause",
        text: "Governor Paul Haynes said he hoped the two leaders had agreed to settle the dispute \"in a peaceful and lasting manner\".",
        published: None,
        expect: &[
            indirect("he hoped the two leaders had agreed to settle the dispute \"in a peaceful and lasting manner\"", "Haynes"),
            partial("in a peaceful and lasting manner", "Haynes"),
        ],
    },
    Case {
        id: "indirect-quoted-subject",
        text: "Governor Paul Haynes said that \"most of the northern towns\" have asked for more buses this winter.",
        published: None,
        expect: &[
            indirect("\"most of the northern towns\" have asked for more buses this winter", "Haynes"),
            partial("most of the northern towns", "Haynes"),
        ],
    },
    Case {
        id: "indirect-dash-though-second-verb",
        text: "Senator Ruth Calder said the bill had no support in the chamber - though she acknowledged the vote could still be close.",
        published: None,
        expect: &[
            indirect("the bill had no support in the chamber", "Calder"),
            indirect("the vote could still be close", "Calder"),
        ],
    },
    Case {
        id: "indirect-clause-first-then-adding",
        text: "Senator Ruth Calder visited the flooded towns on Monday. The important thing was quick help for the families, she said, adding that the state would pay for new homes.",
        published: None,
        expect: &[
            indirect("The important thing was quick help for the families", "Calder"),
            indirect("the state would pay for new homes", "Calder"),
        ],
    },
    Case {
        id: "indirect-told-named-outlet",
        text: "Asked about the delay, Governor Paul Haynes told BBC Radio 4's Today programme the bridge would open in May.",
        published: None,
        expect: &[indirect("the bridge would open in May", "Haynes")],
    },
    Case {
        id: "no-inverted-attribution-before-clause",
        text: "The ministry has rejected the offer, saying Tokyo maintains a strict policy on rice.",
        published: None,
        expect: &[],
    },
    Case {
        id: "indirect-according-to-document-issuer",
        text: "Talks resumed on Monday.\n\nThe prime minister would meet the president during his visit, according to a statement issued by the Foreign Office.",
        published: None,
        expect: &[indirect("The prime minister would meet the president during his visit", "Foreign Office")],
    },
    Case {
        id: "indirect-name-then-unnamed-title",
        text: "Dr. Lena Vogt, Vice President of the University said the aim of the visit is to strengthen academic ties.",
        published: None,
        expect: &[indirect("the aim of the visit is to strengthen academic ties", "Vogt")],
    },
    Case {
        id: "direct-colon-without-verb",
        text: "Senator Ruth Calder spoke first. Governor Paul Haynes went on: \"The bridge will open in May and the tolls will go.\"",
        published: None,
        expect: &[direct("The bridge will open in May and the tolls will go.", "Haynes")],
    },
    Case {
        id: "indirect-nested-report-with-own-subject",
        text: "Senator Ruth Calder said Governor Paul Haynes had complained the state budget was far too small.",
        published: None,
        expect: &[
            indirect("Governor Paul Haynes had complained the state budget was far too small", "Calder"),
            indirect("the state budget was far too small", "Haynes"),
        ],
    },

];

/// Odd input must never panic and every span must be valid.
#[test]
fn no_panic_on_odd_quotes() {
    let texts = [
        "",
        "\"",
        "'",
        "\u{201c}",
        "\"\"\"",
        "\"He said \"no\" and left.",
        "\u{201d}Backwards quotes\u{201c} the minister said.",
        "Raisi's aides met O'Brien's team in the '90s and said they shouldn't worry.",
        "'Tis the season, said the ambassador's wife.",
        "\"Unclosed quote that runs to the end of the text, the minister said",
        "\"First paragraph with no close\n\n\"Second paragraph with no close either\n\nThird plain paragraph.",
        "She said: \"",
        "\u{00ab}Nous sommes pr\u{00ea}ts\u{00bb}, a d\u{00e9}clar\u{00e9} le ministre.",
        "\u{201e}Wir sind bereit\u{201c}, sagte der Minister.",
        "\"\u{1F600} emoji quote \u{1F30D},\" said Mr. \u{00c9}mile Z\u{00f6}ller on Sunday.",
        "He said that",
        "According to",
        ", said",
        "\"a\" \"b\" \"c\" \"d\" 'e' 'f' \u{2018}g\u{2019} \u{201c}h\u{201d}",
        "The rock 'n' roll diplomat's ''double'' quotes `` and '' were odd.",
    ];
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let doc = Document::new(t).published_str("2024-01-10").unwrap();
        let out = std::panic::catch_unwind(|| ex.extract(&doc));
        match out {
            Err(_) => failures.push(format!("[odd-{i}] panicked on {t:?}")),
            Ok(out) => {
                for s in &out.statements {
                    if s.span.end > t.len()
                        || !t.is_char_boundary(s.span.start)
                        || !t.is_char_boundary(s.span.end)
                    {
                        failures.push(format!("[odd-{i}] bad span {:?} in {t:?}", s.span));
                    }
                }
                for v in &out.visits {
                    for e in &v.evidence {
                        if e.end > t.len() || !t.is_char_boundary(e.start) || !t.is_char_boundary(e.end) {
                            failures.push(format!("[odd-{i}] bad evidence span {e:?} in {t:?}"));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
