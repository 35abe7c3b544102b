//! Hostile inputs: huge texts without punctuation, floods of quotation marks,
//! unclosed quotes, control characters, emoji, combining marks and
//! right-to-left text. Each must be read without a panic, in reasonable time
//! (no test asserts a time; a quadratic pass would make this file hang).

use attache::{Document, Extractor};

#[path = "support/invariants.rs"]
mod invariants;

fn run(text: &str) -> attache::Extraction {
    let out = Extractor::new().extract(&Document::new(text));
    if let Err(e) = invariants::check(text, &out) {
        let head: String = text.chars().take(200).collect();
        panic!("{e}\ntext starts: {head:?}");
    }
    out
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

#[test]
fn one_megabyte_without_punctuation() {
    let text = repeat_to("the president will visit japan and said nothing more ", 1 << 20);
    run(&text);
    let caps = repeat_to("President Amara Okafor Visit Japan Said ", 1 << 20);
    run(&caps);
}

#[test]
fn one_megabyte_single_word() {
    run(&"a".repeat(1 << 20));
    run(&"\u{e9}".repeat(1 << 19));
}

#[test]
fn three_hundred_thousand_quotation_marks() {
    run(&"\"".repeat(300_000));
    run(&"\u{201c}".repeat(300_000));
    run(&"\u{201d}\u{201c}".repeat(150_000));
    run(&"\" said \"".repeat(40_000));
    run(&"'".repeat(300_000));
}

#[test]
fn unclosed_quotes() {
    let para = "\u{201c}We will never accept this, the minister said as he arrived in Tokyo.\n\n";
    let text = para.repeat(5_000);
    run(&text);
    let mixed = "He said \"we will visit Japan and then \u{201c}they will come to us. ".repeat(5_000);
    run(&mixed);
    run("\"");
    run("\u{201c}");
    run("said \"");
}

#[test]
fn only_newlines_and_blanks() {
    run(&"\n".repeat(500_000));
    run(&"\r\n".repeat(200_000));
    run(&" \n\t\n".repeat(100_000));
    run("");
    run(" ");
}

#[test]
fn nul_bytes_and_control_characters() {
    run(&"\0".repeat(100_000));
    let text = "President\0Amara\0Okafor said \0\"hi\0\" in\u{7}Tokyo.\u{1b}[31m\n".repeat(5_000);
    run(&text);
}

#[test]
fn crlf_text() {
    let text = "Japan's Foreign Office said on Monday that President Amara Okafor will visit Tokyo.\r\n\r\n\
                \u{201c}We welcome him,\u{201d} the ministry said.\r\n"
        .repeat(3_000);
    run(&text);
}

#[test]
fn emoji_and_combining_marks() {
    let text = "President Ame\u{301}lie Okafor \u{1F600}\u{1F1EF}\u{1F1F5} said \u{201c}we love \u{1F91D} Japan\u{201d} \
                and will visit To\u{30a}kyo\u{fe0f} with e\u{301}\u{301}\u{301}\u{20dd}.\n"
        .repeat(3_000);
    run(&text);
    run(&"\u{301}".repeat(100_000));
    run(&"\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}".repeat(20_000));
}

#[test]
fn right_to_left_text() {
    let text = "\u{0642}\u{0627}\u{0644} \u{0627}\u{0644}\u{0631}\u{0626}\u{064A}\u{0633} \u{00AB}\u{0633}\u{0646}\u{0632}\u{0648}\u{0631}\u{00BB}. \
                \u{202E}President Amara Okafor said \"\u{05E9}\u{05DC}\u{05D5}\u{05DD}\" in Tokyo.\u{202C}\n"
        .repeat(3_000);
    run(&text);
}

#[test]
fn many_distinct_people_and_long_lists() {
    // Every sentence names someone new: lookbacks over all entities would
    // make this quadratic.
    let mut text = String::new();
    for i in 0..4_000 {
        text.push_str(&format!(
            "Deputy Minister Kalo{i} Benatu{i} said the delegation, including ministers of trade, energy, \
             transport, health and finance, will visit Japan. \u{201c}It is a state visit,\u{201d} Benatu{i} said.\n\n"
        ));
    }
    run(&text);
    let list = format!(
        "The President was accompanied by {}and his wife.",
        "the minister of trade, ".repeat(20_000)
    );
    run(&list);
}

/// Found by the fuzz target: a possessive pronoun before a host verb with no
/// entity in the document once indexed an empty entity table.
#[test]
fn pronoun_before_host_verb_without_entities() {
    run("his welcome");
    run("Their welcome.");
}
