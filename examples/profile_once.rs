fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut text = String::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            text.push_str(&std::fs::read_to_string(p).unwrap());
            text.push_str("\n\n");
        }
    }
    let o = speechmark::Options::new().inlines(false);
    println!("{}", speechmark::parse_with(&text, &o).blocks.len());
}
