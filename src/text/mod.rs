//! The text layer every extractor shares: paragraphs, sentences and tokens,
//! all as byte spans into the original input.
//!
//! [`Text::new`] is the one place where the input is segmented; extractors
//! read its tokens and never split the text again.
//!
//! ```
//! use attache::text::Text;
//!
//! let text = Text::new("Mr. Khan arrived in the U.S. on Monday. He met officials.");
//! assert_eq!(text.sentences().len(), 2);
//! assert_eq!(text.sentence_str(0), "Mr. Khan arrived in the U.S. on Monday.");
//! ```

mod token;

use crate::gazetteer::FastMap;
use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

pub(crate) use token::in_ascii_word;
pub use token::{tokenize_into, QuoteDir, Token, TokenKind, MAX_TEXT, MAX_TOKEN};
use token::{tokenize_noting, HIGH, LOW};

use crate::gazetteer::lexicon;
use crate::Span;

/// A paragraph: a block of text separated from the next by a blank line, an
/// indented line in hard-wrapped wire copy, or a line break in unwrapped copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// From its first to its last non-space byte.
    pub span: Span,
    /// Indices into [`Text::sentences`].
    pub sentences: Range<usize>,
}

/// One sentence, never crossing a paragraph boundary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From its first to its last token.
    pub span: Span,
    /// Indices into [`Text::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`Text::paragraphs`].
    pub paragraph: usize,
}

/// A segmented document.
#[derive(Clone, Debug)]
pub struct Text<'t> {
    src: &'t str,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Paragraph>,
    headline: bool,
    token_sentence: Vec<u32>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AbbrevClass {
    Title,
    Month,
    Other,
}

/// The abbreviations, with the bytes they start with and the longest
/// length: most words before a full stop are told apart by those without
/// being hashed.
struct Abbreviations {
    classes: FastMap<&'static str, AbbrevClass>,
    first: [bool; 256],
    longest: usize,
}

impl Abbreviations {
    fn get(&self, w: &str) -> Option<AbbrevClass> {
        let first = w.as_bytes().first().is_some_and(|&b| self.first[usize::from(b)]);
        if !first || w.len() > self.longest {
            return None;
        }
        self.classes.get(w).copied()
    }
}

fn abbreviations() -> &'static Abbreviations {
    static TABLE: OnceLock<Abbreviations> = OnceLock::new();
    TABLE.get_or_init(|| {
        let classes: FastMap<_, _> = crate::gazetteer::tsv_rows(include_str!("../data/abbreviations.tsv"))
            .filter_map(|f| {
                let class = match *f.get(1)? {
                    "title" => AbbrevClass::Title,
                    "month" => AbbrevClass::Month,
                    _ => AbbrevClass::Other,
                };
                Some((f[0], class))
            })
            .collect();
        let mut first = [false; 256];
        for w in classes.keys() {
            if let Some(&b) = w.as_bytes().first() {
                first[usize::from(b)] = true;
            }
        }
        let longest = classes.keys().map(|w| w.len()).max().unwrap_or(0);
        Abbreviations {
            classes,
            first,
            longest,
        }
    })
}

/// `f` of `s` in ASCII lower case, without allocating for the usual short
/// word (the tables are looked up once per token).
pub(crate) fn with_ascii_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(s);
    }
    let mut buf = [0u8; 32];
    if let Some(b) = buf.get_mut(..s.len()) {
        b.copy_from_slice(s.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(l) = std::str::from_utf8(b) {
            return f(l);
        }
    }
    f(&s.to_ascii_lowercase())
}

impl<'t> Text<'t> {
    /// Segments `src` into paragraphs, sentences and tokens.
    ///
    /// Runs in time linear in the length of `src` and never panics.
    ///
    /// Reads at most the first [`MAX_TEXT`] bytes (token offsets are 32-bit);
    /// [`crate::Extractor`] cuts longer texts into pieces first.
    pub fn new(src: &'t str) -> Text<'t> {
        let mut limit = src.len().min(MAX_TEXT);
        while !src.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut scratch = crate::kept::take(&SCRATCH);
        let mut paragraphs = paragraphs_of(&src[..limit], &mut scratch.lines);
        let mut tokens = Vec::with_capacity(limit / 5);
        // News sentences run to some twenty tokens or more, of five bytes
        // or so.
        let mut sentences = Vec::with_capacity(limit / 80 + 1);
        let terminals = &mut scratch.terminals;
        for (pi, p) in paragraphs.iter_mut().enumerate() {
            let pspan = p.span;
            let first_tok = tokens.len();
            terminals.clear();
            if !tokenize_noting(src, pspan, &mut tokens, Some(terminals)) {
                terminals.clear();
                terminals
                    .extend((first_tok..tokens.len()).filter(|&i| is_terminal(src.as_bytes(), &tokens[i])));
            }
            debug_assert!(terminals
                .iter()
                .copied()
                .eq((first_tok..tokens.len()).filter(|&i| is_terminal(src.as_bytes(), &tokens[i]))));
            let first_sent = sentences.len();
            split_sentences(src, &tokens, first_tok, terminals, pi, &mut sentences);
            p.sentences = first_sent..sentences.len();
        }
        // Sentences cover the tokens in order, without gaps.
        let mut token_sentence = Vec::with_capacity(tokens.len());
        for (si, s) in sentences.iter().enumerate() {
            token_sentence.extend(std::iter::repeat_n(si as u32, s.tokens.len()));
        }
        token_sentence.resize(tokens.len(), 0);
        crate::kept::give_back(&SCRATCH, scratch);
        let headline = is_headline(src, &paragraphs);
        Text {
            src,
            tokens,
            sentences,
            paragraphs,
            headline,
            token_sentence,
        }
    }

    /// The input text.
    pub fn as_str(&self) -> &'t str {
        self.src
    }

    /// All tokens, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// All sentences, in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// All paragraphs, in order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// True when the first paragraph is a headline (a single short line
    /// without final punctuation, followed by more text).
    pub fn has_headline(&self) -> bool {
        self.headline
    }

    /// The text of token `i` (empty when out of range).
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span().slice(self.src))
    }

    /// The bytes of token `i` (empty when out of range): for comparing a
    /// token with ASCII words without the char-boundary checks of slicing
    /// a `str`.
    pub fn tok_bytes(&self, i: usize) -> &'t [u8] {
        self.tokens
            .get(i)
            .and_then(|t| self.src.as_bytes().get(t.start()..t.end()))
            .unwrap_or_default()
    }

    /// The text of sentence `i` (empty when out of range).
    pub fn sentence_str(&self, i: usize) -> &'t str {
        self.sentences.get(i).map_or("", |s| s.span.slice(self.src))
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.token_sentence.get(i).map_or(0, |&s| s as usize)
    }

    /// The text between the start of token `a` and the end of token `b - 1`.
    pub fn slice_tokens(&self, r: Range<usize>) -> &'t str {
        self.span_of(r).slice(self.src)
    }

    /// The span from the start of token `r.start` to the end of token `r.end - 1`.
    pub fn span_of(&self, r: Range<usize>) -> Span {
        if r.start >= r.end || r.end > self.tokens.len() {
            return Span::default();
        }
        Span::new(
            self.tokens[r.start].span().start,
            self.tokens[r.end - 1].span().end,
        )
    }
}

// Wire copy is hard-wrapped at about 70 columns: a line break there is not a
// paragraph break, an indented line or a blank line is. Other copy puts one
// paragraph on a line.
//
// The paragraphs come without their sentences (`0..0`), for the caller to
// fill in: one list, where spans and then paragraphs made two.
fn paragraphs_of(src: &str, lines: &mut Vec<Line>) -> Vec<Paragraph> {
    let (wrapped, nonempty) = lines_of(src, lines);
    let mut out = Vec::with_capacity(nonempty);
    let mut push = |span| {
        out.push(Paragraph {
            span,
            sentences: 0..0,
        })
    };
    let mut cur: Option<Span> = None;
    // Where the last line of `cur` starts, for `continues`.
    let mut last_line = 0;
    for l in lines.iter() {
        let tspan = l.text;
        if tspan.is_empty() {
            if let Some(c) = cur.take() {
                push(c);
            }
            continue;
        }
        let lead = tspan.start - l.start;
        let new_para = lead >= 2
            || src.as_bytes().get(l.start) == Some(&b'\t')
            || !wrapped
                && !continues(
                    cur.map(|c| Span::new(c.start.max(last_line), c.end).slice(src)),
                    tspan.slice(src),
                );
        match cur {
            Some(ref mut c) if !new_para => c.end = tspan.end,
            _ => {
                if let Some(c) = cur.take() {
                    push(c);
                }
                cur = Some(tspan);
            }
        }
        last_line = l.start;
    }
    if let Some(c) = cur {
        push(c);
    }
    out
}

/// The buffers [`Text::new`] needs only while it runs, kept per thread so
/// that every document does not allocate them anew.
#[derive(Default)]
struct Scratch {
    lines: Vec<Line>,
    /// The sentence ends of one paragraph.
    terminals: Vec<usize>,
}

thread_local! {
    static SCRATCH: Cell<Scratch> = Cell::default();
}

/// The most lines, or sentence ends in a paragraph, whose buffers a thread
/// keeps: those of a long story; an outsized text's go.
const KEEP_LINES: usize = 8 << 10;

impl crate::kept::Kept for Scratch {
    fn clear(&mut self) {
        self.lines.clear();
        self.terminals.clear();
    }

    fn shrink(&mut self) {
        if self.lines.capacity() > KEEP_LINES || self.terminals.capacity() > KEEP_LINES {
            *self = Scratch::default();
        }
    }
}

/// A line of the input: where it starts (after the line feed before it)
/// and its text without the white space around it, empty when blank.
struct Line {
    start: usize,
    text: Span,
}

/// Puts the lines of `src` in `lines`, each trimmed once for both passes
/// that read them; tells whether they are hard-wrapped (at least four, few
/// of them long, a third or more not ending a sentence) and how many are
/// not blank.
fn lines_of(src: &str, lines: &mut Vec<Line>) -> (bool, usize) {
    // Unwrapped news runs to a line of a hundred bytes or more, but wire
    // copy wrapped at 70 columns, with a blank line between paragraphs,
    // averages some 50 bytes a line (as few as 40): room for lines of 32
    // spares regrowing the list (the corpora's most is 0.83 of it).
    lines.clear();
    lines.reserve(src.len() / 32 + 1);
    let (mut nonempty, mut long, mut unterminated) = (0, 0, 0);
    let mut start = 0;
    loop {
        let next = find_newline(src.as_bytes(), start);
        let full = Span::new(start, next.unwrap_or(src.len()));
        let text = trimmed(src, full);
        if !text.is_empty() {
            nonempty += 1;
            long += usize::from(more_chars_than(full.slice(src), 100));
            unterminated += usize::from(!ends_sentence(text.slice(src)));
        }
        lines.push(Line { start, text });
        match next {
            Some(end) => start = end + 1,
            None => break,
        }
    }
    let wrapped = nonempty >= 4 && long * 10 <= nonempty && unterminated * 3 >= nonempty;
    (wrapped, nonempty)
}

/// `line` of `src` without the white space at either end. A line that
/// starts and ends in a character other than white space, as nearly every
/// line does, is whole: its end bytes tell in ASCII, its end characters
/// otherwise (often a curly quote).
fn trimmed(src: &str, line: Span) -> Span {
    let s = line.slice(src);
    let b = s.as_bytes();
    let solid_byte = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii() && !matches!(c, b'\t'..=b'\r' | b' '));
    if solid_byte(b.first()) && solid_byte(b.last()) {
        return line;
    }
    let solid = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
    if solid(s.chars().next()) && solid(s.chars().next_back()) {
        return line;
    }
    let untabbed = s.trim_start();
    let start = line.start + (s.len() - untabbed.len());
    Span::new(start, start + untabbed.trim_end().len())
}

/// The first line feed in `b` from `at`, thirty-two bytes at a time, one
/// test for four words: a line is short, and most of the cost of a
/// general search is setting it up.
fn find_newline(b: &[u8], at: usize) -> Option<usize> {
    // The lowest bit set marks the first zero byte exactly; those above it
    // may be borrows.
    let newlines = |w: &[u8]| {
        let x = <[u8; 8]>::try_from(w).map_or(0, u64::from_le_bytes) ^ (LOW * u64::from(b'\n'));
        x.wrapping_sub(LOW) & !x & HIGH
    };
    let rest = b.get(at..)?;
    let mut quads = rest.chunks_exact(32);
    for (k, q) in quads.by_ref().enumerate() {
        let (lo, hi) = q.split_at(16);
        let (a, b) = lo.split_at(8);
        let (c, d) = hi.split_at(8);
        let z = [newlines(a), newlines(b), newlines(c), newlines(d)];
        if z[0] | z[1] | z[2] | z[3] != 0 {
            let bit = z
                .iter()
                .enumerate()
                .find(|&(_, &w)| w != 0)
                .map_or(0, |(i, w)| 64 * i as u32 + w.trailing_zeros());
            return Some(at + 32 * k + (bit / 8) as usize);
        }
    }
    let tail = quads.remainder();
    let from = rest.len() - tail.len();
    tail.iter().position(|&c| c == b'\n').map(|k| at + from + k)
}

/// Whether `s` has more than `n` characters; only a length between `n` and
/// `4 n` bytes needs them counted, and not even then when its first `n + 1`
/// bytes are ASCII, each a character.
fn more_chars_than(s: &str, n: usize) -> bool {
    if s.len() <= n {
        return false;
    }
    s.len() > 4 * n || s.as_bytes().get(..=n).is_some_and(<[u8]>::is_ascii) || s.chars().count() > n
}

// In copy that is not wrapped as a whole, a line break can still fall
// mid-sentence ("arrived in Ankara on\nTuesday"): the line before ends in a
// lower-case word or a comma and is not short, or the next line starts in
// lower case. `last_line` is the last line of the paragraph so far.
fn continues(last_line: Option<&str>, next: &str) -> bool {
    let Some(last_line) = last_line.map(str::trim_end) else {
        return false;
    };
    if ends_sentence(last_line) || last_line.ends_with(['"', '”', ')']) {
        return false;
    }
    let next_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    let prev_lower_end = last_line
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.ends_with(',') || w.chars().next().is_some_and(char::is_lowercase));
    next_lower || prev_lower_end && more_chars_than(last_line, 29)
}

fn ends_sentence(line: &str) -> bool {
    // A last byte in ASCII that is no closing mark answers it.
    match line.as_bytes().last() {
        Some(b'"' | b'\'' | b')') => {}
        Some(&b) if b.is_ascii() => return matches!(b, b'.' | b'!' | b'?' | b':'),
        _ => {}
    }
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')']);
    t.ends_with(['.', '!', '?', ':'])
}

fn is_headline(src: &str, paragraphs: &[Paragraph]) -> bool {
    let Some(first) = paragraphs.first() else {
        return false;
    };
    let s = first.span.slice(src);
    // One sentence at most, on one line, without final punctuation, and
    // whole: a line that ends on a comma or leaves a quotation open runs on
    // into the next paragraph.
    let open_quote = || {
        let (straight, opening, closing) = quote_counts(s.as_bytes());
        straight % 2 == 1 || opening > closing
    };
    paragraphs.len() > 1
        && first.sentences.len() <= 1
        && !s.contains('\n')
        && !more_chars_than(s, 200)
        && !ends_sentence(s)
        && !s.ends_with(',')
        && !open_quote()
}

/// How many straight, opening curly and closing curly double quotation
/// marks the UTF-8 text `b` holds: a curly mark is E2 80 9C or E2 80 9D,
/// and in UTF-8 those bytes in a row can be nothing else; ASCII has none.
fn quote_counts(b: &[u8]) -> (usize, usize, usize) {
    let straight = b.iter().filter(|&&c| c == b'"').count();
    if b.is_ascii() {
        return (straight, 0, 0);
    }
    let curly = |last: u8| b.windows(3).filter(|w| *w == [0xe2, 0x80, last]).count();
    (straight, curly(0x9c), curly(0x9d))
}

/// The longest sentence the splitter makes, in tokens. News sentences stay
/// far below it (the longest seen in the corpora is about 200 tokens); text
/// without sentence punctuation is cut into pieces of this size so that the
/// extractors' per-sentence scans stay bounded whatever the input.
pub const MAX_SENTENCE_TOKENS: usize = 512;

/// Splits tokens `first..` of a paragraph into sentences; `terminals`
/// lists those of them that [`is_terminal`].
fn split_sentences(
    src: &str,
    tokens: &[Token],
    first: usize,
    terminals: &[usize],
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    if first >= n {
        return;
    }
    let text = |i: usize| tokens[i].span().slice(src);
    let mut start = first;
    let mut i = first;
    let mut terminals = terminals.iter().copied().peekable();
    while i < n {
        if i - start >= MAX_SENTENCE_TOKENS {
            out.push(Sentence {
                span: Span::new(tokens[start].span().start, tokens[i - 1].span().end),
                tokens: start..i,
                paragraph,
            });
            start = i;
        }
        // Most tokens end no sentence: skip to the next that may, or to
        // where the sentence grows too long.
        let stop = n.min(start + MAX_SENTENCE_TOKENS);
        while terminals.next_if(|&t| t < i).is_some() {}
        match terminals.peek() {
            Some(&t) if t < stop => i = t,
            _ => {
                i = stop;
                continue;
            }
        }
        // Closing quotes and brackets belong to the sentence they end.
        let mut end = i + 1;
        while end < n
            && end - start < MAX_SENTENCE_TOKENS
            && matches!(
                tokens[end].kind,
                TokenKind::Quote(QuoteDir::Close | QuoteDir::Either)
                    | TokenKind::SingleQuote(QuoteDir::Close)
            ) | (end < n && text(end) == ")")
        {
            end += 1;
        }
        if breaks_here(src, tokens, i, end, first) {
            out.push(Sentence {
                span: Span::new(tokens[start].span().start, tokens[end - 1].span().end),
                tokens: start..end,
                paragraph,
            });
            start = end;
        }
        i = end;
    }
    if start < n {
        out.push(Sentence {
            span: Span::new(tokens[start].span().start, tokens[n - 1].span().end),
            tokens: start..n,
            paragraph,
        });
    }
}

/// Whether token `t` of `src` can end a sentence: ".", "!", "?", "…", or a
/// word of three bytes or more with a final dot ("U.S."). Its last byte
/// tells for nearly every token.
fn is_terminal(src: &[u8], t: &Token) -> bool {
    // Nearly every token ends in a byte no terminal ends in: a table
    // lookup settles it before the length is looked at.
    static MAY_END: [bool; 256] = {
        let mut t = [false; 256];
        t[b'.' as usize] = true;
        t[b'!' as usize] = true;
        t[b'?' as usize] = true;
        t[0xa6] = true;
        t
    };
    let (start, end) = (t.start(), t.end());
    let last = if end > start { src.get(end - 1) } else { None };
    if !last.is_some_and(|&b| MAY_END[usize::from(b)]) {
        return false;
    }
    let len = end - start;
    match last {
        Some(b'.') => len != 2,
        Some(b'!' | b'?') => len == 1,
        Some(0xa6) => src.get(t.start()..t.end()) == Some("…".as_bytes()),
        _ => false,
    }
}

// Whether the terminal token `i` ends a sentence, given that the next
// sentence would start at token `next`.
fn breaks_here(src: &str, tokens: &[Token], i: usize, next: usize, first: usize) -> bool {
    let Some(next_tok) = tokens.get(next) else {
        return true;
    };
    let next = next_tok.span().slice(src);
    let first_char = next.chars().next().unwrap_or(' ');
    let starts_upper = first_char.is_uppercase() || first_char.is_ascii_digit();
    let opens = matches!(
        next_tok.kind,
        TokenKind::Quote(QuoteDir::Open | QuoteDir::Either) | TokenKind::SingleQuote(QuoteDir::Open)
    ) || first_char == '(';
    if !(starts_upper || opens) {
        return false;
    }
    let t = tokens[i].span().slice(src);
    // Looked up only where the answer turns on it: most full stops end a
    // sentence whatever word follows.
    let starter = || lexicon("sentence_starter").contains(next);
    if t != "." {
        // "U.S." and other dotted abbreviations: a break only before a word
        // that usually starts a sentence.
        if t.ends_with('.') && t.len() > 1 {
            return starter() || next.starts_with(['"', '“']);
        }
        return true;
    }
    if i == first {
        return true;
    }
    let prev = &tokens[i - 1];
    if prev.span().end != tokens[i].span().start || !prev.is_wordlike() {
        return true;
    }
    let w = prev.span().slice(src);
    // An initial: "George W. Bush".
    let mut chars = w.chars();
    if matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase()) {
        return false;
    }
    match abbreviations().get(w) {
        Some(AbbrevClass::Title) => false,
        Some(AbbrevClass::Month) => !first_char.is_ascii_digit() && starter(),
        Some(AbbrevClass::Other) => starter(),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(s: &str) -> Vec<String> {
        let t = Text::new(s);
        (0..t.sentences().len())
            .map(|i| t.sentence_str(i).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("Gen. Smith met Dr. Jones on Sept. 3. They talked.").len(),
            2
        );
        assert_eq!(sents("George W. Bush met the U.N. envoy.").len(), 1);
        assert_eq!(sents("He flew to the U.S. The trip was long.").len(), 2);
    }

    #[test]
    fn quotes_stay_in_sentence() {
        let s = sents("\"We agree,\" he said. \"Why?\" she asked.");
        assert_eq!(s, ["\"We agree,\" he said.", "\"Why?\" she asked."]);
    }

    #[test]
    fn wrapped_wire_copy() {
        let s = "BONN, March 3 - The minister met his\ncounterpart for talks this evening and the\ntwo men continued over dinner, sources\nsaid.\n    They declined to give details.\n";
        let t = Text::new(s);
        assert_eq!(t.paragraphs().len(), 2);
        assert_eq!(t.sentences().len(), 2);
    }

    #[test]
    fn sentences_are_bounded() {
        let s = "word ".repeat(3 * MAX_SENTENCE_TOKENS + 7);
        let t = Text::new(&s);
        assert_eq!(t.sentences().len(), 4);
        assert!(t
            .sentences()
            .iter()
            .all(|x| x.tokens.len() <= MAX_SENTENCE_TOKENS));
        let q = format!("Yes.{}", "\u{201d}".repeat(2 * MAX_SENTENCE_TOKENS));
        let t = Text::new(&q);
        assert!(t
            .sentences()
            .iter()
            .all(|x| x.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(
            t.sentences().iter().map(|x| x.tokens.len()).sum::<usize>(),
            t.tokens().len()
        );
    }

    #[test]
    fn newlines_found_at_every_offset() {
        let mut b: Vec<u8> = (0..100u8).map(|i| b'a' + i % 26).collect();
        for nl in [0, 7, 8, 15, 16, 17, 31, 32, 40, 63, 64, 69, 95, 99] {
            b[nl] = b'\n';
            for at in 0..=b.len() + 1 {
                let want = b
                    .get(at..)
                    .and_then(|r| r.iter().position(|&c| c == b'\n'))
                    .map(|k| at + k);
                assert_eq!(find_newline(&b, at), want, "{nl} {at}");
            }
        }
    }

    #[test]
    fn lines_are_trimmed_as_str_trims() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\ta.\r",
            "a\u{a0}",
            "\u{2003}b",
            "\x1fc\x1f",
            "\u{b}d\u{c}",
            "é ",
        ] {
            let line = Span::new(0, s.len());
            assert_eq!(trimmed(s, line).slice(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn line_ends_and_lengths_as_chars_have_them() {
        let slow = |l: &str| {
            let t = l.trim_end_matches(['"', '”', '’', '\'', ')']);
            t.ends_with(['.', '!', '?', ':'])
        };
        for l in ["", "a.", "a", "a.\"", "a.”", "b?)", "c'", "d:", "é.", "é", "x’"] {
            assert_eq!(ends_sentence(l), slow(l), "{l:?}");
        }
        for s in [
            "a".repeat(101),
            "é".repeat(100),
            format!("{}{}", "é".repeat(50), "a".repeat(51)),
        ] {
            assert_eq!(more_chars_than(&s, 100), s.chars().count() > 100, "{s:?}");
        }
    }

    #[test]
    fn quotes_counted_by_their_bytes() {
        let s = "\"a\" “b” “c ‘d’ \"";
        let count = |c: char| s.matches(c).count();
        assert_eq!(quote_counts(s.as_bytes()), (count('"'), count('“'), count('”')));
    }

    #[test]
    fn headline_detected() {
        let t = Text::new("Leader to visit Japan\n\nThe leader will visit Japan.");
        assert!(t.has_headline());
        assert!(!Text::new("One sentence.\n\nAnother.").has_headline());
    }
}
