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
    let text = text.repeat(8);
    for inlines in [false, true] {
        let o = speechmark::Options::new().inlines(inlines);
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..5 {
            n += speechmark::parse_with(&text, &o).blocks.len();
        }
        let dt = t.elapsed().as_secs_f64() / 5.0;
        println!(
            "inlines={inlines} {} MB {:.1} MB/s ({n})",
            text.len() / 1_000_000,
            text.len() as f64 / dt / 1e6
        );
    }
}
