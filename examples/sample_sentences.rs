fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let doc = speechmark::parse(&text);
    for (_, n) in doc.nodes() {
        if n.kind() == "sentence" {
            let s = n.span().slice(&text).unwrap();
            if s.len() < 200 {
                println!("| {s}");
            } else {
                println!(
                    "| {}…{}",
                    &s[..s.floor_char_boundary(80)],
                    &s[s.floor_char_boundary(s.len() - 40)..]
                );
            }
        }
    }
}
