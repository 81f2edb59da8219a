//! Table-driven tests of the figure finder. Each case is a sentence and the figures expected
//! in it, each written `text|kind|value` followed by what applies of `to=…`, the currency
//! (`USD`, or `USD?` when assumed), `unit=…` and `date=…`.

use super::*;

fn render(src: &str, f: &Figure) -> String {
    let text = f.span.slice(src).unwrap_or("<bad span>");
    let kind = serde_json::to_value(f.figure).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let mut s = format!("{text}|{kind}|{}", f.value.map_or("-".to_owned(), |v| v.to_string()));
    if let Some(to) = f.to {
        s.push_str(&format!("|to={to}"));
    }
    if let Some(c) = f.currency {
        s.push_str(&format!("|{c}{}", if f.currency_assumed { "?" } else { "" }));
    }
    if let Some(u) = &f.unit {
        s.push_str(&format!("|unit={u}"));
    }
    if let Some(d) = f.date {
        s.push_str(&format!("|date={d}"));
    }
    s
}

fn figures(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    find(src, crate::span::sp(0, src.len()), &mut out);
    out.iter().map(|f| render(src, f)).collect()
}

fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (src, want) in cases {
        let got = figures(src);
        if got != *want {
            failures.push(format!("{src:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn figure_money() {
    check(&[
        ("Exports rose to US$1.3 billion last quarter.", &["US$1.3 billion|money|1300000000|USD"]),
        ("The loan is worth $250 million.", &["$250 million|money|250000000|USD?"]),
        ("The grant came to S$40,000 in total.", &["S$40,000|money|40000|SGD"]),
        ("Tickets cost €15 each.", &["€15|money|15|EUR"]),
        ("He paid £2.5m for the house.", &["£2.5m|money|2500000|GBP"]),
        ("The fund holds ¥300 billion.", &["¥300 billion|money|300000000000|JPY?"]),
        ("A fine of ₽500 was imposed.", &["₽500|money|500|RUB"]),
        ("The fee is Rs 1,500 per month.", &["Rs 1,500|money|1500|INR?"]),
        ("Farmers received Rs. 20 crore in aid.", &["Rs. 20 crore|money|200000000|INR?"]),
        ("The deal is valued at USD 4.2 billion.", &["USD 4.2 billion|money|4200000000|USD"]),
        ("They agreed on 300 million RUB for the project.", &["300 million RUB|money|300000000|RUB"]),
        ("Investment reached EUR 12 million.", &["EUR 12 million|money|12000000|EUR"]),
        ("Sales topped 5bn euros.", &["5bn euros|money|5000000000|EUR"]),
        ("The company owes 40 million dollars.", &["40 million dollars|money|40000000|USD?"]),
        ("The tender is for 700 million US dollars.", &["700 million US dollars|money|700000000|USD"]),
        ("The bank lent 20 billion U.S. dollars.", &["20 billion U.S. dollars|money|20000000000|USD"]),
        ("Pensions grew by 1,200 roubles a month.", &["1,200 roubles|money|1200|RUB"]),
        ("The contract is worth 60 billion rubles.", &["60 billion rubles|money|60000000000|RUB"]),
        ("Each seat sold for 90 euros.", &["90 euros|money|90|EUR"]),
        ("China invested 3 trillion yuan in railways.", &["3 trillion yuan|money|3000000000000|CNY"]),
        ("The meal cost 800 rupees.", &["800 rupees|money|800|INR?"]),
        ("Remittances hit 30 billion Pakistani rupees.", &["30 billion Pakistani rupees|money|30000000000|PKR"]),
        ("The budget is $3.5bn this time.", &["$3.5bn|money|3500000000|USD?"]),
        ("A $12 mn loan was approved.", &["$12 mn|money|12000000|USD?"]),
        ("The startup raised $500k from friends.", &["$500k|money|500000|USD?"]),
        ("The state allotted Rs 5 lakh to each family.", &["Rs 5 lakh|money|500000|INR?"]),
        ("Officials pledged one billion US dollars.", &["one billion US dollars|money|1000000000|USD"]),
        ("The prize was two million euros.", &["two million euros|money|2000000|EUR"]),
        ("He lent her fifty dollars.", &["fifty dollars|money|50|USD?"]),
        ("Costs range from $1.2 million to $23.5 million.", &["$1.2 million to $23.5 million|money|1200000|to=23500000|USD?"]),
        ("The bill is $5-6 billion.", &["$5-6 billion|money|5000000000|to=6000000000|USD?"]),
        ("Estimates run between 10 and 12 billion euros.", &["10 and 12 billion euros|money|10000000000|to=12000000000|EUR"]),
        ("Rents go from €800 to €1,100.", &["€800 to €1,100|money|800|to=1100|EUR"]),
        ("Bonds worth US$ 2 billion were sold.", &["US$ 2 billion|money|2000000000|USD"]),
        ("The ministry spent $0.5 million on it.", &["$0.5 million|money|500000|USD?"]),
        ("A budget of 10 million pounds sterling was set.", &["10 million pounds sterling|money|10000000|GBP"]),
        ("Debt rose to 1.1 trillion yen.", &["1.1 trillion yen|money|1100000000000|JPY"]),
        ("Revenue was 2,500,000 USD.", &["2,500,000 USD|money|2500000|USD"]),
        ("It costs 500 €.", &["500 €|money|500|EUR"]),
        ("A $4.25 coffee is too dear.", &["$4.25|money|4.25|USD?"]),
        ("Rs1,00,000 was paid.", &["Rs1,00,000|money|100000|INR?"]),
    ]);
}

#[test]
#[ignore = "debugging aid"]
fn figure_debug() {
    let s = std::env::var("FIG").unwrap_or_default();
    eprintln!("{:?}", figures(&s));
}
