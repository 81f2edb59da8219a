fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let doc = speechmark::parse(&text);
    for b in &doc.blocks {
        match b {
            speechmark::Block::Dialogue(d) => {
                println!("dialogue {:?}", d.span);
                for t in &d.turns {
                    println!(
                        "  turn {:?} label {:?} {:?} paras {} open {:?} close {:?}",
                        t.span,
                        t.label.span,
                        t.label.name.slice(&text),
                        t.utterance.paragraphs.len(),
                        t.utterance.open,
                        t.utterance.close
                    );
                }
            }
            other => println!(
                "{:?} {:?}",
                other.span(),
                other
                    .span()
                    .slice(&text)
                    .map(|s| s.chars().take(40).collect::<String>())
            ),
        }
    }
    println!("{:?}", doc.diagnostics);
}
