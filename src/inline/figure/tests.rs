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

#[test]
fn figure_percent() {
    check(&[
        ("Turnout was 40% this time.", &["40%|percent|40"]),
        ("About 50 percent of voters agreed.", &["50 percent|percent|50"]),
        ("Inflation slowed to 12.5 per cent.", &["12.5 per cent|percent|12.5"]),
        ("Rates rose by 2 percentage points.", &["2 percentage points|percentage_points|2"]),
        ("Support fell 0.5 percentage point.", &["0.5 percentage point|percentage_points|0.5"]),
        ("Growth hit 3.25 %.", &["3.25 %|percent|3.25"]),
        ("Nearly fifty percent said no.", &["fifty percent|percent|50"]),
        ("Prices climbed 10-20% last month.", &["10-20%|percent|10|to=20", "last month|relative_time|-1|unit=month"]),
        ("Between 30 and 35 percent approve.", &["30 and 35 percent|percent|30|to=35"]),
        ("Unemployment went from 6% to 4.5%.", &["6% to 4.5%|percent|6|to=4.5"]),
        ("The index gained 1.2pc and then 3 pct.", &["3 pct|percent|3"]),
        ("The bank cut rates by 25 basis points.", &["25 basis points|quantity|25|unit=bp"]),
        ("Their share grew 4 pp in a year.", &["4 pp|percentage_points|4"]),
        ("Roughly one hundred percent of seats were filled.", &["one hundred percent|percent|100"]),
        ("Only 0.3% of funds arrived.", &["0.3%|percent|0.3"]),
        ("A 5% tax and a 7% levy apply.", &["5%|percent|5", "7%|percent|7"]),
        ("Twenty-five percent went unspent.", &["Twenty-five percent|percent|25"]),
    ]);
}

#[test]
fn figure_quantity() {
    check(&[
        ("The pipeline runs 1,100 kilometres.", &["1,100 kilometres|quantity|1100|unit=km"]),
        ("They shipped 3 million tonnes of wheat.", &["3 million tonnes|quantity|3000000|unit=t"]),
        ("Flows reached 10 bcm a year.", &["10 bcm|quantity|10|unit=bcm"]),
        ("A 64-member delegation arrived.", &["64-member|quantity|64|unit=member"]),
        ("The road is 40km long.", &["40km|quantity|40|unit=km"]),
        ("The plant makes 1,200 MW of power.", &["1,200 MW|quantity|1200|unit=MW"]),
        ("The wall is 300 metres high.", &["300 metres|quantity|300|unit=m"]),
        ("The parcel weighs 12.5 kg.", &["12.5 kg|quantity|12.5|unit=kg"]),
        ("Output hit 1.5 million barrels yesterday.", &["1.5 million barrels|quantity|1500000|unit=barrel"]),
        ("The reservoir holds 20 billion cubic metres.", &["20 billion cubic metres|quantity|20000000000|unit=m3"]),
        ("Forests cover 400 square kilometres.", &["400 square kilometres|quantity|400|unit=km2"]),
        ("They walked five miles.", &["five miles|quantity|5|unit=mile"]),
        ("The talks lasted three hours.", &["three hours|quantity|3|unit=hour"]),
        ("He served 12 years in office.", &["12 years|quantity|12|unit=year"]),
        ("It was a 10-day visit.", &["10-day|quantity|10|unit=day"]),
        ("The bill passed after a three-day debate.", &["three-day|quantity|3|unit=day"]),
        ("A 12-strong team flew out.", &["12-strong|quantity|12|unit=strong"]),
        ("Temperatures hit 45 degrees.", &["45 degrees|quantity|45|unit=degree"]),
        ("The farm spans 250 hectares.", &["250 hectares|quantity|250|unit=ha"]),
        ("A 1,000-seat hall was booked.", &["1,000-seat|quantity|1000|unit=seat"]),
        ("The line will carry 5 to 7 million tonnes.", &["5 to 7 million tonnes|quantity|5000000|to=7000000|unit=t"]),
        ("Between 2 and 3 kilometres of track were laid.", &["2 and 3 kilometres|quantity|2|to=3|unit=km"]),
    ]);
}

#[test]
fn figure_count() {
    check(&[
        ("Two leaders met.", &["Two|count|2"]),
        ("We signed twenty-five agreements.", &["twenty-five|count|25"]),
        ("Some 1,300 people attended.", &["1,300|count|1300"]),
        ("The ratio was 1.3 overall.", &["1.3|count|1.3"]),
        ("There are 193 members.", &["193|count|193"]),
        ("Three hundred and twelve votes were cast.", &["Three hundred and twelve|count|312"]),
        ("It had a million visitors.", &["a million|count|1000000"]),
        ("The city has 2.1 million residents.", &["2.1 million|count|2100000"]),
        ("A dozen ministers spoke.", &["A dozen|count|12"]),
        ("Nine of the ten judges agreed.", &["Nine|count|9", "ten|count|10"]),
        ("The army has 150,000 troops.", &["150,000|count|150000"]),
        ("Four thousand five hundred homes lost power.", &["Four thousand five hundred|count|4500"]),
        ("The party won 12 seats, up from seven.", &["12|count|12", "seven|count|7"]),
        ("Between 200 and 300 protesters gathered.", &["200 and 300|count|200|to=300"]),
        ("We expect 5 to 10 new members.", &["5 to 10|count|5|to=10"]),
        ("One delegate left early.", &["One|count|1"]),
        ("The two sides met twice.", &["two|count|2"]),
        ("Seventy-three nations voted in favour.", &["Seventy-three|count|73"]),
        ("The census found 1,00,000 households.", &["1,00,000|count|100000"]),
        ("A total of 2,024 delegates registered.", &["2,024|count|2024"]),
        ("He counted ninety nine boats.", &["ninety nine|count|99"]),
        ("Some 4.5 billion people use it.", &["4.5 billion|count|4500000000"]),
        ("Only zero cases remain.", &["zero|count|0"]),
        ("It sold 3bn units.", &["3bn|count|3000000000"]),
        ("They hired 1500 workers.", &["1500|count|1500"]),
    ]);
}
