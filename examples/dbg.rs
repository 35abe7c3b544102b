use attache::extract::Doc;
use attache::{Document, Extractor};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let ex = Extractor::new();
    let doc = Document::new(&text);
    let d = Doc::new(&ex, &doc);
    for m in d.matches.all() {
        println!("match {:?} {:?}", d.text.slice_tokens(m.tokens()), m.entry);
    }
    for m in &d.mentions.list {
        println!("mention {:?} {:?} -> {:?}", d.text.slice_tokens(m.tokens.clone()), m.kind, d.mentions.entities.get(m.entity).map(|e| (&e.name, &e.title, e.country)));
    }
}
