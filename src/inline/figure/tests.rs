//! Table-driven tests of the figure finder. Each case is a sentence and the figures expected
//! in it, each written `text|kind|value` (`-` for none) followed by what applies of `to=…`,
//! the currency (`USD`, or `USD?` when assumed), `unit=…`, `date=…`, `frac=…` and the
//! direction word (`down=decline`).

use super::*;

fn render(src: &str, f: &Figure) -> String {
    let text = f.span.slice(src).unwrap_or("<bad span>");
    let kind = serde_json::to_value(f.figure)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let mut s = format!(
        "{text}|{kind}|{}",
        f.value.map_or("-".to_owned(), |v| v.to_string())
    );
    if let Some(to) = f.to {
        s.push_str(&format!("|to={to}"));
    }
    if let Some(c) = f.currency {
        s.push_str(&format!(
            "|{c}{}",
            if f.currency_assumed { "?" } else { "" }
        ));
    }
    if let Some(u) = &f.unit {
        s.push_str(&format!("|unit={u}"));
    }
    if let Some(d) = f.date {
        s.push_str(&format!("|date={d}"));
    }
    if let Some(fr) = f.fraction {
        s.push_str(&format!("|frac={fr}"));
    }
    if let Some(d) = f.direction {
        let sense = serde_json::to_value(d.sense)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let word = d.span.slice(src).unwrap_or("<bad span>");
        s.push_str(&format!("|{sense}={word}"));
    }
    s
}

fn find(src: &str, span: crate::span::Span, out: &mut Vec<Figure>) {
    FigureFinder::default().find(src, span, out);
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
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn figure_money() {
    check(&[
        (
            "Exports rose to US$1.3 billion last quarter.",
            &["US$1.3 billion|money|1300000000|USD"],
        ),
        (
            "The loan is worth $250 million.",
            &["$250 million|money|250000000|USD?"],
        ),
        (
            "The grant came to S$40,000 in total.",
            &["S$40,000|money|40000|SGD"],
        ),
        ("Tickets cost €15 each.", &["€15|money|15|EUR"]),
        ("He paid £2.5m for the house.", &["£2.5m|money|2500000|GBP"]),
        (
            "The fund holds ¥300 billion.",
            &["¥300 billion|money|300000000000|JPY?"],
        ),
        ("A fine of ₽500 was imposed.", &["₽500|money|500|RUB"]),
        (
            "The fee is Rs 1,500 per month.",
            &["Rs 1,500|money|1500|INR?"],
        ),
        (
            "Farmers received Rs. 20 crore in aid.",
            &["Rs. 20 crore|money|200000000|INR?"],
        ),
        (
            "The deal is valued at USD 4.2 billion.",
            &["USD 4.2 billion|money|4200000000|USD"],
        ),
        (
            "They agreed on 300 million RUB for the project.",
            &["300 million RUB|money|300000000|RUB"],
        ),
        (
            "Investment reached EUR 12 million.",
            &["EUR 12 million|money|12000000|EUR"],
        ),
        (
            "Sales topped 5bn euros.",
            &["5bn euros|money|5000000000|EUR"],
        ),
        (
            "The company owes 40 million dollars.",
            &["40 million dollars|money|40000000|USD?"],
        ),
        (
            "The tender is for 700 million US dollars.",
            &["700 million US dollars|money|700000000|USD"],
        ),
        (
            "The bank lent 20 billion U.S. dollars.",
            &["20 billion U.S. dollars|money|20000000000|USD"],
        ),
        (
            "Pensions grew by 1,200 roubles a month.",
            &["1,200 roubles|money|1200|RUB|up=grew"],
        ),
        (
            "The contract is worth 60 billion rubles.",
            &["60 billion rubles|money|60000000000|RUB"],
        ),
        ("Each seat sold for 90 euros.", &["90 euros|money|90|EUR"]),
        (
            "China invested 3 trillion yuan in railways.",
            &["3 trillion yuan|money|3000000000000|CNY"],
        ),
        ("The meal cost 800 rupees.", &["800 rupees|money|800|INR?"]),
        (
            "Remittances hit 30 billion Pakistani rupees.",
            &["30 billion Pakistani rupees|money|30000000000|PKR"],
        ),
        (
            "The budget is $3.5bn this time.",
            &["$3.5bn|money|3500000000|USD?"],
        ),
        (
            "A $12 mn loan was approved.",
            &["$12 mn|money|12000000|USD?"],
        ),
        (
            "The startup raised $500k from friends.",
            &["$500k|money|500000|USD?"],
        ),
        (
            "The state allotted Rs 5 lakh to each family.",
            &["Rs 5 lakh|money|500000|INR?"],
        ),
        (
            "Officials pledged one billion US dollars.",
            &["one billion US dollars|money|1000000000|USD"],
        ),
        (
            "The prize was two million euros.",
            &["two million euros|money|2000000|EUR"],
        ),
        (
            "He lent her fifty dollars.",
            &["fifty dollars|money|50|USD?"],
        ),
        (
            "Costs range from $1.2 million to $23.5 million.",
            &["$1.2 million to $23.5 million|money|1200000|to=23500000|USD?"],
        ),
        (
            "The bill is $5-6 billion.",
            &["$5-6 billion|money|5000000000|to=6000000000|USD?"],
        ),
        (
            "Estimates run between 10 and 12 billion euros.",
            &["10 and 12 billion euros|money|10000000000|to=12000000000|EUR"],
        ),
        (
            "Rents go from €800 to €1,100.",
            &["€800 to €1,100|money|800|to=1100|EUR"],
        ),
        // A range of plain numbers runs upwards; downwards it needs `from` (a change) or a
        // unit; otherwise it is a tally (see `figure_negatives`).
        ("We expect 20 to 30 guests.", &["20 to 30|count|20|to=30"]),
        (
            "Staff fell from 12 to 9 people.",
            &["12 to 9|count|12|to=9"],
        ),
        (
            "Rates went 10 to 5 percent.",
            &["10 to 5 percent|percent|10|to=5"],
        ),
        (
            "Bonds worth US$ 2 billion were sold.",
            &["US$ 2 billion|money|2000000000|USD"],
        ),
        (
            "The ministry spent $0.5 million on it.",
            &["$0.5 million|money|500000|USD?"],
        ),
        (
            "A budget of 10 million pounds sterling was set.",
            &["10 million pounds sterling|money|10000000|GBP"],
        ),
        (
            "Debt rose to 1.1 trillion yen.",
            &["1.1 trillion yen|money|1100000000000|JPY"],
        ),
        (
            "Revenue was 2,500,000 USD.",
            &["2,500,000 USD|money|2500000|USD"],
        ),
        ("It costs 500 €.", &["500 €|money|500|EUR"]),
        ("A $4.25 coffee is too dear.", &["$4.25|money|4.25|USD?"]),
        ("Rs1,00,000 was paid.", &["Rs1,00,000|money|100000|INR?"]),
        (
            "The bid was €1.2bn-€1.5bn.",
            &["€1.2bn-€1.5bn|money|1200000000|to=1500000000|EUR"],
        ),
        (
            "Pay 10 USD or 12 EUR.",
            &["10 USD|money|10|USD", "12 EUR|money|12|EUR"],
        ),
    ]);
}

#[test]
fn figure_percent() {
    check(&[
        ("Turnout was 40% this time.", &["40%|percent|40"]),
        (
            "About 50 percent of voters agreed.",
            &["50 percent|percent|50"],
        ),
        (
            "Inflation slowed to 12.5 per cent.",
            &["12.5 per cent|percent|12.5"],
        ),
        (
            "Rates rose by 2 percentage points.",
            &["2 percentage points|percentage_points|2|up=rose"],
        ),
        (
            "Support fell 0.5 percentage point.",
            &["0.5 percentage point|percentage_points|0.5|down=fell"],
        ),
        ("Growth hit 3.25 %.", &["3.25 %|percent|3.25"]),
        (
            "Nearly fifty percent said no.",
            &["fifty percent|percent|50"],
        ),
        (
            "Prices climbed 10-20% last month.",
            &[
                "10-20%|percent|10|to=20|up=climbed",
                "last month|relative_time|-1|unit=month",
            ],
        ),
        (
            "Between 30 and 35 percent approve.",
            &["30 and 35 percent|percent|30|to=35"],
        ),
        (
            "Unemployment went from 6% to 4.5%.",
            &["6% to 4.5%|percent|6|to=4.5"],
        ),
        (
            "The index gained 1.2pc and then 3 pct.",
            &["1.2pc|percent|1.2|up=gained", "3 pct|percent|3"],
        ),
        (
            "The bank cut rates by 25 basis points.",
            &["25 basis points|quantity|25|unit=bp"],
        ),
        (
            "Margins fell 50bp, then 25 bps more.",
            &[
                "50bp|quantity|50|unit=bp|down=fell",
                "25 bps|quantity|25|unit=bp",
            ],
        ),
        ("They sold 500 BP shares.", &["500|count|500"]),
        (
            "Their share grew 4 pp in a year.",
            &["4 pp|percentage_points|4|up=grew"],
        ),
        (
            "Roughly one hundred percent of seats were filled.",
            &["one hundred percent|percent|100"],
        ),
        ("Only 0.3% of funds arrived.", &["0.3%|percent|0.3"]),
        (
            "A 5% tax and a 7% levy apply.",
            &["5%|percent|5", "7%|percent|7"],
        ),
        (
            "Twenty-five percent went unspent.",
            &["Twenty-five percent|percent|25"],
        ),
    ]);
}

#[test]
fn figure_quantity() {
    check(&[
        (
            "The pipeline runs 1,100 kilometres.",
            &["1,100 kilometres|quantity|1100|unit=km"],
        ),
        (
            "They shipped 3 million tonnes of wheat.",
            &["3 million tonnes|quantity|3000000|unit=t"],
        ),
        (
            "Flows reached 10 bcm a year.",
            &["10 bcm|quantity|10|unit=bcm"],
        ),
        (
            "A 64-member delegation arrived.",
            &["64-member|quantity|64|unit=member"],
        ),
        ("The road is 40km long.", &["40km|quantity|40|unit=km"]),
        (
            "The plant makes 1,200 MW of power.",
            &["1,200 MW|quantity|1200|unit=MW"],
        ),
        (
            "The wall is 300 metres high.",
            &["300 metres|quantity|300|unit=m"],
        ),
        (
            "The parcel weighs 12.5 kg.",
            &["12.5 kg|quantity|12.5|unit=kg"],
        ),
        (
            "Output hit 1.5 million barrels yesterday.",
            &["1.5 million barrels|quantity|1500000|unit=barrel"],
        ),
        (
            "The reservoir holds 20 billion cubic metres.",
            &["20 billion cubic metres|quantity|20000000000|unit=m3"],
        ),
        (
            "Forests cover 400 square kilometres.",
            &["400 square kilometres|quantity|400|unit=km2"],
        ),
        (
            "They walked five miles.",
            &["five miles|quantity|5|unit=mile"],
        ),
        (
            "The talks lasted three hours.",
            &["three hours|quantity|3|unit=hour"],
        ),
        (
            "He served 12 years in office.",
            &["12 years|quantity|12|unit=year"],
        ),
        ("It was a 10-day visit.", &["10-day|quantity|10|unit=day"]),
        (
            "Turnout was up 3.2 points, and the index fell 300 points.",
            &[
                "3.2 points|quantity|3.2|unit=point|up=up",
                "300 points|quantity|300|unit=point|down=fell",
            ],
        ),
        ("It was 2016 when we met.", &["2016|year|2016|date=2016"]),
        (
            "He served 5 yrs in office.",
            &["5 yrs|quantity|5|unit=year"],
        ),
        (
            "The bill passed after a three-day debate.",
            &["three-day|quantity|3|unit=day"],
        ),
        (
            "A 12-strong team flew out.",
            &["12-strong|quantity|12|unit=strong"],
        ),
        (
            "Temperatures hit 45 degrees.",
            &["45 degrees|quantity|45|unit=degree"],
        ),
        // Temperatures with their scale: a degree sign, glued or spaced, or the word.
        (
            "It hit 41°C, 104 °F and 30° today.",
            &[
                "41°C|quantity|41|unit=°C",
                "104 °F|quantity|104|unit=°F",
                "30°|quantity|30|unit=degree",
            ],
        ),
        (
            "Nights fell to 5 degrees Celsius, 7 degrees Cooler than at noon.",
            &[
                "5 degrees Celsius|quantity|5|unit=°C",
                "7 degrees|quantity|7|unit=degree",
            ],
        ),
        // A distance an hour is a speed.
        (
            "It ran at 120 km/h, 75 miles per hour, 90kph and 60 kilometres an hour.",
            &[
                "120 km/h|quantity|120|unit=km/h",
                "75 miles per hour|quantity|75|unit=mph",
                "90kph|quantity|90|unit=km/h",
                "60 kilometres an hour|quantity|60|unit=km/h",
            ],
        ),
        // An hour before or after something is no speed.
        (
            "They walked 3 miles an hour before dawn.",
            &["3 miles|quantity|3|unit=mile"],
        ),
        // The hour abbreviated.
        ("They walked 5 km/hr.", &["5 km/hr|quantity|5|unit=km/h"]),
        (
            "The farm spans 250 hectares.",
            &["250 hectares|quantity|250|unit=ha"],
        ),
        (
            "A 1,000-seat hall was booked.",
            &["1,000-seat|quantity|1000|unit=seat"],
        ),
        (
            "The line will carry 5 to 7 million tonnes.",
            &["5 to 7 million tonnes|quantity|5000000|to=7000000|unit=t"],
        ),
        (
            "Between 2 and 3 kilometres of track were laid.",
            &["2 and 3 kilometres|quantity|2|to=3|unit=km"],
        ),
    ]);
}

#[test]
fn figure_count() {
    check(&[
        ("Two leaders met.", &["Two|count|2"]),
        (
            "We signed twenty-five agreements.",
            &["twenty-five|count|25"],
        ),
        ("Some 1,300 people attended.", &["1,300|count|1300"]),
        ("The ratio was 1.3 overall.", &["1.3|count|1.3"]),
        ("There are 193 members.", &["193|count|193"]),
        (
            "Three hundred and twelve votes were cast.",
            &["Three hundred and twelve|count|312"],
        ),
        ("It had a million visitors.", &["a million|count|1000000"]),
        (
            "The city has 2.1 million residents.",
            &["2.1 million|count|2100000"],
        ),
        ("A dozen ministers spoke.", &["A dozen|count|12"]),
        (
            "Nine of the ten judges agreed.",
            &["Nine|count|9", "ten|count|10"],
        ),
        ("The army has 150,000 troops.", &["150,000|count|150000"]),
        (
            "Four thousand five hundred homes lost power.",
            &["Four thousand five hundred|count|4500"],
        ),
        (
            "The party won 12 seats, up from seven.",
            &["12|count|12", "seven|count|7"],
        ),
        (
            "Between 200 and 300 protesters gathered.",
            &["200 and 300|count|200|to=300"],
        ),
        ("We expect 5 to 10 new members.", &["5 to 10|count|5|to=10"]),
        ("One delegate left early.", &["One|count|1"]),
        ("The two sides met twice.", &["two|count|2"]),
        (
            "Seventy-three nations voted in favour.",
            &["Seventy-three|count|73"],
        ),
        (
            "The census found 1,00,000 households.",
            &["1,00,000|count|100000"],
        ),
        (
            "A total of 2,024 delegates registered.",
            &["2,024|count|2024"],
        ),
        ("He counted ninety nine boats.", &["ninety nine|count|99"]),
        (
            "Some 4.5 billion people use it.",
            &["4.5 billion|count|4500000000"],
        ),
        ("Only zero cases remain.", &["zero|count|0"]),
        ("It sold 3bn units.", &["3bn|count|3000000000"]),
        // The country after the sign; `pc` for percent; crore abbreviated.
        (
            "It paid $US4.5 billion, up 6.4pc, and Rs 500cr more.",
            &[
                "$US4.5 billion|money|4500000000|USD",
                "6.4pc|percent|6.4|up=up",
                "Rs 500cr|money|5000000000|INR?",
            ],
        ),
        // Months in a list after one cue; a list with no cue is none.
        (
            "It happens in April or June, and in June, July and August.",
            &[
                "April|month|-|date=--04",
                "June|month|-|date=--06",
                "June|month|-|date=--06",
                "July|month|-|date=--07",
                "August|month|-|date=--08",
            ],
        ),
        ("April or June would work.", &[]),
        (
            "In March, May said she would stay.",
            &["March|month|-|date=--03"],
        ),
        // A bare number, `or`, and the unit for both: a range; two bare numbers stay two.
        (
            "It rose 3 or 4 per cent; 3 or 4 people came.",
            &[
                "3 or 4 per cent|percent|3|to=4|up=rose",
                "3|count|3",
                "4|count|4",
            ],
        ),
        (
            "About 1 or 2 million came.",
            &["1 or 2 million|count|1000000|to=2000000"],
        ),
        (
            "It began 12 or 15 years ago.",
            &["12|count|12", "15 years ago|relative_time|-15|unit=year"],
        ),
        // A bare `$` is the dollar the text last named outright.
        (
            "Canberra spent A$2 billion; another $500 million follows, then US$3 and $4.",
            &[
                "A$2 billion|money|2000000000|AUD",
                "$500 million|money|500000000|AUD?",
                "US$3|money|3|USD",
                "$4|money|4|USD?",
            ],
        ),
        // A hyphen before the scale word, as North American papers write it.
        (
            "A $1.5-billion deal, C$900-million and 900\u{2011}million more.",
            &[
                "$1.5-billion|money|1500000000|USD?",
                "C$900-million|money|900000000|CAD",
                "900\u{2011}million|count|900000000",
            ],
        ),
        ("They hired 1500 workers.", &["1500|count|1500"]),
        (
            "Some half a million people marched.",
            &["half a million|count|500000"],
        ),
        (
            "About 5m people and 10k runners came.",
            &["5m|count|5000000", "10k|count|10000"],
        ),
        // A capital letter as the scale: after a decimal point, or `M` after two digits;
        // whole numbers and a letter are names.
        (
            "It sold 20M units to 1.5M users and 2.4B views.",
            &[
                "20M|count|20000000",
                "1.5M|count|1500000",
                "2.4B|count|2400000000",
            ],
        ),
        ("3M and 4K screens on 5G.", &[]),
        (
            "She sat in seat 14B with her 401K papers after the 10K.",
            &[],
        ),
        // A fraction now, not nothing (fractions were not figures before).
        (
            "Two-thirds of voters agreed.",
            &["Two-thirds|fraction|-|frac=2/3"],
        ),
        // A fraction of something, in words.
        (
            "About a third of renters agreed.",
            &["third|fraction|-|frac=1/3"],
        ),
        (
            "More than half of voters and three quarters of owners said no.",
            &[
                "half|fraction|0.5|frac=1/2",
                "three quarters|fraction|0.75|frac=3/4",
            ],
        ),
        (
            "One fifth of adults left.",
            &["One fifth|fraction|0.2|frac=1/5"],
        ),
        ("Zero fifths of it was left.", &["Zero|count|0"]),
        // An ordinal, a time of year, and a fraction word without `of`.
        (
            "The third plan came in the second quarter.",
            &["third|ordinal|3", "second|ordinal|2"],
        ),
        ("The screen shows 4K video.", &[]),
        (
            "A 30,000-strong force moved in.",
            &["30,000-strong|quantity|30000|unit=strong"],
        ),
    ]);
}

#[test]
fn figure_years_and_decades() {
    check(&[
        ("Trade grew in 2024.", &["2024|year|2024|date=2024"]),
        (
            "Since 1991 the border has been open.",
            &["1991|year|1991|date=1991"],
        ),
        (
            "By 2030 the plant will be finished.",
            &["2030|year|2030|date=2030"],
        ),
        (
            "The treaty dates from 1955, and still holds.",
            &["1955|year|1955|date=1955"],
        ),
        ("Work resumed in mid-2023.", &["2023|year|2023|date=2023"]),
        // A quarter or a half before the year; `Q5` is neither.
        ("Sales in Q3 2026 fell.", &["2026|year|2026|date=2026"]),
        ("Costs in H1 2025 fell.", &["2025|year|2025|date=2025"]),
        ("Sales in Q5 2026 fell.", &["2026|count|2026"]),
        ("The 2024 budget was tight.", &["2024|year|2024|date=2024"]),
        // A year's accounts and plans after it.
        (
            "We expect 2025 revenue to grow.",
            &["2025|year|2025|date=2025"],
        ),
        (
            "Our 2026 guidance is unchanged.",
            &["2026|year|2026|date=2026"],
        ),
        ("It sold 2025 tickets.", &["2025|count|2025"]),
        ("The army hit 2000 targets.", &["2000|count|2000"]),
        ("2019 was a hard year.", &["2019|year|2019|date=2019"]),
        (
            "From 2010 to 2020 exports doubled.",
            &["2010|year|2010|date=2010", "2020|year|2020|date=2020"],
        ),
        (
            "The plan covers 2025-2030.",
            &["2025-2030|year|2025|to=2030|date=2025"],
        ),
        (
            "The budget for 2022-23 was passed.",
            &["2022-23|fiscal_year|2022|to=2023"],
        ),
        (
            "Revenue in 2023/24 rose.",
            &["2023/24|fiscal_year|2023|to=2024"],
        ),
        ("Spending in FY2024 was flat.", &["FY2024|fiscal_year|2024"]),
        (
            "Results for FY 2021-22 are out.",
            &["FY 2021-22|fiscal_year|2021|to=2022"],
        ),
        (
            "Growth in fiscal 2025 will slow.",
            &["fiscal 2025|fiscal_year|2025"],
        ),
        (
            "Trade hit $1.3bn in FY23.",
            &["$1.3bn|money|1300000000|USD?", "FY23|fiscal_year|2023"],
        ),
        (
            "Prices in the fiscal year 2020 fell.",
            &["fiscal year 2020|fiscal_year|2020"],
        ),
        ("Ties cooled in the 1990s.", &["1990s|decade|1990"]),
        ("Music of the ’80s is back.", &["’80s|decade|1980"]),
        ("The 2010's were calmer.", &["2010's|decade|2010"]),
        (
            "The law of 1864 still applies.",
            &["1864|year|1864|date=1864"],
        ),
        (
            "Between 2015 and 2018 prices doubled.",
            &["2015|year|2015|date=2015", "2018|year|2018|date=2018"],
        ),
        ("During 2021, talks stalled.", &["2021|year|2021|date=2021"]),
    ]);
}

#[test]
fn figure_dates_and_months() {
    check(&[
        (
            "The summit opened on September 2, 2025.",
            &["September 2, 2025|date|-|date=2025-09-02"],
        ),
        (
            "It opened on 2 September 2025.",
            &["2 September 2025|date|-|date=2025-09-02"],
        ),
        (
            "The file is dated 2025-09-02.",
            &["2025-09-02|date|-|date=2025-09-02"],
        ),
        ("Talks resume in November.", &["November|month|-|date=--11"]),
        ("He arrived on March 3.", &["March 3|date|-|date=--03-03"]),
        ("The vote is on 14 June.", &["14 June|date|-|date=--06-14"]),
        (
            "Results came in March 2024.",
            &["March 2024|date|-|date=2024-03"],
        ),
        (
            "It ends on Sept. 30, 2026.",
            &["Sept. 30, 2026|date|-|date=2026-09-30"],
        ),
        (
            "It began on the 4th of July.",
            &["4th of July|date|-|date=--07-04"],
        ),
        (
            "The deal was signed on 1st January 2020.",
            &["1st January 2020|date|-|date=2020-01-01"],
        ),
        (
            "She was born on February 29, 2024.",
            &["February 29, 2024|date|-|date=2024-02-29"],
        ),
        (
            "Nothing happened on February 30, 2024.",
            &["30|count|30", "2024|year|2024|date=2024"],
        ),
        ("Prices rose until October.", &["October|month|-|date=--10"]),
        (
            "By mid-August the harvest was in.",
            &["August|month|-|date=--08"],
        ),
        ("Elections are due in May.", &["May|month|-|date=--05"]),
        ("You may go now.", &[]),
        ("Troops march on.", &[]),
        (
            "In April and May the rains came.",
            &["April|month|-|date=--04", "May|month|-|date=--05"],
        ),
        (
            "The report of Dec 5 was late.",
            &["Dec 5|date|-|date=--12-05"],
        ),
        ("On 2025-13-40 nothing happened.", &[]),
        (
            "The forum ran from June 16 to June 19.",
            &["June 16|date|-|date=--06-16", "June 19|date|-|date=--06-19"],
        ),
        (
            "The plan dates from January 2021.",
            &["January 2021|date|-|date=2021-01"],
        ),
    ]);
}

#[test]
fn figure_ordinals() {
    check(&[
        ("It is the 9th round of talks.", &["9th|ordinal|9"]),
        ("This is the sixth visit.", &["sixth|ordinal|6"]),
        ("The 21st summit opened.", &["21st|ordinal|21"]),
        (
            "Pakistan is the second largest buyer.",
            &["second|ordinal|2"],
        ),
        (
            "The third and fourth rounds failed.",
            &["third|ordinal|3", "fourth|ordinal|4"],
        ),
        ("Wait a second, please.", &["second|ordinal|2"]),
        (
            "It marks the twenty-first meeting.",
            &["twenty-first|ordinal|21"],
        ),
        ("At first nobody came.", &[]),
        ("First of all, thank you.", &[]),
        ("For the first time, both agreed.", &["first|ordinal|1"]),
        (
            "He finished 2nd and she 3rd.",
            &["2nd|ordinal|2", "3rd|ordinal|3"],
        ),
        ("The 100th anniversary is near.", &["100th|ordinal|100"]),
        (
            "The 1,000th visitor got a prize.",
            &["1,000th|ordinal|1000"],
        ),
        ("It is the fiftieth session.", &["fiftieth|ordinal|50"]),
    ]);
}

#[test]
fn figure_relative_time() {
    check(&[
        (
            "Trade was lower a year ago.",
            &["a year ago|relative_time|-1|unit=year"],
        ),
        (
            "The deal collapsed last July.",
            &["last July|relative_time|-1|date=--07"],
        ),
        (
            "Exports fell last year.",
            &["last year|relative_time|-1|unit=year"],
        ),
        (
            "Sales will rise next year.",
            &["next year|relative_time|1|unit=year"],
        ),
        (
            "Prices are up this month.",
            &["this month|relative_time|0|unit=month"],
        ),
        (
            "They met two weeks ago.",
            &["two weeks ago|relative_time|-2|unit=week"],
        ),
        (
            "Output doubled over the past five years.",
            &["past five years|relative_time|-5|unit=year"],
        ),
        (
            "He left three days earlier.",
            &["three days earlier|relative_time|-3|unit=day"],
        ),
        (
            "The plant opened a decade ago.",
            &["a decade ago|relative_time|-1|unit=decade"],
        ),
        (
            "Ten years later the plant closed.",
            &["Ten years later|relative_time|10|unit=year"],
        ),
        (
            "We spoke last week and again next March.",
            &[
                "last week|relative_time|-1|unit=week",
                "next March|relative_time|1|date=--03",
            ],
        ),
        (
            "Over the last 10 years, costs rose.",
            &["last 10 years|relative_time|-10|unit=year"],
        ),
        (
            "The previous year was worse.",
            &["previous year|relative_time|-1|unit=year"],
        ),
        (
            "It happened 5 months ago.",
            &["5 months ago|relative_time|-5|unit=month"],
        ),
        (
            "The abbey was built four hundred years ago.",
            &["four hundred years ago|relative_time|-400|unit=year"],
        ),
        (
            "The treaty was signed twenty-five years ago.",
            &["twenty-five years ago|relative_time|-25|unit=year"],
        ),
        ("He was the last speaker.", &[]),
        ("This plan is new.", &[]),
        (
            "In November last year the talks began.",
            &[
                "November|month|-|date=--11",
                "last year|relative_time|-1|unit=year",
            ],
        ),
    ]);
}

#[test]
fn figure_negatives() {
    check(&[
        ("The Vostok-2018 drills were large.", &[]),
        ("Leaders met at the G20 summit.", &[]),
        ("The Su-57 flew over the parade.", &[]),
        ("COVID-19 changed travel.", &[]),
        ("The MH17 report is out.", &[]),
        ("5G networks are spreading.", &[]),
        ("The meeting starts at 5 p.m. sharp.", &[]),
        ("We met at 10:30 in the lobby.", &[]),
        ("The flight leaves at 7pm.", &[]),
        ("Call me at 9 o'clock.", &[]),
        // European clock times with a stop; a price after `at` with its currency stays.
        (
            "(The sitting was suspended at 11.50 and resumed at 14.30)",
            &[],
        ),
        (
            "Shares closed at 14.30 euros.",
            &["14.30 euros|money|14.3|EUR"],
        ),
        // A price after `at` with no word of a sitting before it stays a number.
        ("Shares closed at 12.45 on Friday.", &["12.45|count|12.45"]),
        ("Call +7 495 123 45 67 for details.", &[]),
        ("Dial (202) 555-0143 today.", &[]),
        ("His number is 555-0143.", &[]),
        ("The office at 10 Downing Street is closed.", &[]),
        ("Send it to 1600 Pennsylvania Avenue.", &[]),
        ("1. Open the file.", &[]),
        // A line number in a margin; a count at a line's start with one space stays.
        ("with two\n 6   other workers.", &["two|count|2"]),
        ("They said\n6 workers left.", &["6|count|6"]),
        ("2) Close the door.", &[]),
        ("One of the ministers resigned.", &[]),
        ("A number of issues remain.", &[]),
        ("No one came to the meeting.", &[]),
        ("Under Article 5 the allies must act.", &[]),
        ("See paragraph 12 of the text.", &[]),
        ("Resolution 2231 was adopted.", &[]),
        ("He lives in Room 101.", &[]),
        ("Version 1.2.3 is out.", &[]),
        ("The score was read out at 24/7 news.", &[]),
        ("Dozens of people were hurt.", &[]),
        ("Hundreds of homes and thousands of cars were lost.", &[]),
        ("Millions of dollars were spent.", &[]),
        ("He is the one who spoke.", &[]),
        ("They helped one another.", &[]),
        ("Every one of them agreed.", &[]),
        ("The A320 landed safely.", &[]),
        ("The 3D model looks real.", &[]),
        ("Ask for item #4 at the desk.", &[]),
        ("Flight 370 vanished.", &[]),
        ("Numbers like 10,20,30 are odd.", &[]),
        ("The Boeing 747-400 is old.", &[]),
        // Indices, aircraft, products and programmes named with a number, capitalised.
        ("The FTSE 100 and the Nikkei 225 fell.", &[]),
        ("A Boeing 737 flew on Windows 11 like Apollo 11.", &[]),
        ("They washed windows 11 times.", &["11|count|11"]),
        // Common nouns name a place with a number only capitalised.
        (
            "Across the district 300 homes lost power; he waited in line 40 minutes.",
            &["300|count|300", "40 minutes|quantity|40|unit=minute"],
        ),
        ("The Nasdaq 100 and the Dow 30 rose in District 9.", &[]),
        // A number's qualifier is no unit, and a hyphenated identifier is no figure.
        (
            "We saw 60-plus violations and 40,000-odd people.",
            &["60|count|60", "40,000|count|40000"],
        ),
        ("Case 23-cv-4471 was filed.", &[]),
        // A case's, a form's, a slide's number; `case` in lower case is a noun.
        (
            "Case 24-311 and Form 10, on slide 4; in case 5 fail.",
            &["5|count|5"],
        ),
        // Tallies and scores: two counts set against each other, not a range.
        ("The council voted 7 to 2 to approve it.", &[]),
        ("They won 3 to 1 at home.", &[]),
        // A change and the level it reached, a result against another: two figures.
        (
            "Shares fell 4.2p to 56p; the motion passed 50.4% to 49.6%.",
            &[
                "4.2p|money|0.042|GBP|unit=penny|down=fell",
                "56p|money|0.56|GBP|unit=penny",
                "50.4%|percent|50.4",
                "49.6%|percent|49.6",
            ],
        ),
        // After a word of direction, a change.
        (
            "Cases fell 120 to 90 this week.",
            &[
                "120 to 90|count|120|to=90|down=fell",
                "this week|relative_time|0|unit=week",
            ],
        ),
        // A year only after a copula: counting verbs keep counts.
        ("They sold 2000 before the deadline.", &["2000|count|2000"]),
        ("We met in Pakistan’s capital.", &[]),
        ("Several officials and many others spoke.", &[]),
    ]);
}

#[test]
fn figure_mixed_sentences() {
    check(&[
        (
            "Bilateral trade reached US$1.3 billion in 2024, up 12% on the year before.",
            &[
                "US$1.3 billion|money|1300000000|USD",
                "2024|year|2024|date=2024",
                "12%|percent|12|up=up",
            ],
        ),
        (
            "On 5 March 2024, two ministers signed a $50 million deal.",
            &[
                "5 March 2024|date|-|date=2024-03-05",
                "two|count|2",
                "$50 million|money|50000000|USD?",
            ],
        ),
        (
            "Since the 1990s, 3 million tonnes have moved each year via the 1,100 km route.",
            &[
                "1990s|decade|1990",
                "3 million tonnes|quantity|3000000|unit=t",
                "1,100 km|quantity|1100|unit=km",
            ],
        ),
        (
            "Q3 sales rose 4.5 percent, the sixth rise in a row.",
            &["4.5 percent|percent|4.5|up=rose", "sixth|ordinal|6"],
        ),
        (
            "At 9 a.m. on 2025-01-15 the 64-member panel met.",
            &[
                "2025-01-15|date|-|date=2025-01-15",
                "64-member|quantity|64|unit=member",
            ],
        ),
        (
            "The plan, worth €2bn over five years, starts in January.",
            &[
                "€2bn|money|2000000000|EUR",
                "five years|quantity|5|unit=year",
                "January|month|-|date=--01",
            ],
        ),
        (
            "Gas: 10 bcm in 2023 and 12 bcm in 2024.",
            &[
                "10 bcm|quantity|10|unit=bcm",
                "2023|year|2023|date=2023",
                "12 bcm|quantity|12|unit=bcm",
                "2024|year|2024|date=2024",
            ],
        ),
        (
            "Last year the two countries traded goods worth $900m.",
            &[
                "Last year|relative_time|-1|unit=year",
                "two|count|2",
                "$900m|money|900000000|USD?",
            ],
        ),
    ]);
}

#[test]
fn figure_money_subunits_and_compounds() {
    check(&[
        (
            "The stamp now costs 1.20 cents more.",
            &["1.20 cents|money|0.012|USD?|unit=cent"],
        ),
        (
            "A loaf sells for 197 pence.",
            &["197 pence|money|1.97|GBP|unit=penny"],
        ),
        (
            "He would not give one penny.",
            &["one penny|money|0.01|GBP|unit=penny"],
        ),
        (
            "Bread went up by 50 kopecks.",
            &["50 kopecks|money|0.5|RUB|unit=kopeck|up=up"],
        ),
        (
            "Gum costs 50p at the kiosk.",
            &["50p|money|0.5|GBP|unit=penny"],
        ),
        ("A call costs 99¢ now.", &["99¢|money|0.99|USD?|unit=cent"]),
        (
            "Each coin is worth 20 euro cents.",
            &["20 euro cents|money|0.2|EUR|unit=cent"],
        ),
        (
            "The levy is 25 paise per unit.",
            &["25 paise|money|0.25|INR?|unit=paisa"],
        ),
        (
            "The ticket was 3 dollars 50 cents.",
            &["3 dollars 50 cents|money|3.5|USD?"],
        ),
        (
            "He paid thirteen dollars and forty-five cents.",
            &["thirteen dollars and forty-five cents|money|13.45|USD?"],
        ),
        (
            "It cost $3 and 50 cents.",
            &["$3 and 50 cents|money|3.5|USD?"],
        ),
        (
            "The fare is 10 pounds 50 pence.",
            &["10 pounds 50 pence|money|10.5|GBP?"],
        ),
        (
            "They paid 5 roubles 20 kopecks.",
            &["5 roubles 20 kopecks|money|5.2|RUB"],
        ),
        (
            "Change of 2 euros 5 cents was due.",
            &["2 euros 5 cents|money|2.05|EUR"],
        ),
    ]);
}

#[test]
fn figure_money_signs_codes_and_words() {
    check(&[
        ("The meal was 10 $ in total.", &["10 $|money|10|USD?"]),
        ("Rent is 100 € a week.", &["100 €|money|100|EUR"]),
        ("A bowl of noodles is 100元.", &["100元|money|100|CNY"]),
        (
            "The visa fee was 100,000 ₭.",
            &["100,000 ₭|money|100000|LAK"],
        ),
        ("Tickets cost 500₽ online.", &["500₽|money|500|RUB"]),
        (
            "The phone costs ₹15,000 in Delhi.",
            &["₹15,000|money|15000|INR"],
        ),
        ("A coffee is ₩4,500 in Seoul.", &["₩4,500|money|4500|KRW"]),
        ("The taxi cost ₺350.", &["₺350|money|350|TRY"]),
        ("The grant is ₴300 a month.", &["₴300|money|300|UAH"]),
        ("Fuel is ₦617 a litre.", &["₦617|money|617|NGN"]),
        ("A jeepney ride is ₱13.", &["₱13|money|13|PHP"]),
        ("The fine was ₪750.", &["₪750|money|750|ILS"]),
        ("Soup costs ₫45,000.", &["₫45,000|money|45000|VND"]),
        ("Entry is ₡5,000.", &["₡5,000|money|5000|CRC"]),
        ("Wine is ₾20 a bottle.", &["₾20|money|20|GEL"]),
        ("The boat costs ₭10,000.", &["₭10,000|money|10000|LAK"]),
        ("Massages start at ฿300.", &["฿300|money|300|THB"]),
        ("The fare is R$ 4.40.", &["R$ 4.40|money|4.4|BRL"]),
        (
            "Ottawa pledged C$2 million.",
            &["C$2 million|money|2000000|CAD"],
        ),
        (
            "Canberra added A$300 million.",
            &["A$300 million|money|300000000|AUD"],
        ),
        (
            "The bond raised HK$1.5 billion.",
            &["HK$1.5 billion|money|1500000000|HKD"],
        ),
        (
            "Wellington set aside NZ$40m.",
            &["NZ$40m|money|40000000|NZD"],
        ),
        ("The ticket costs 25 zł.", &["25 zł|money|25|PLN"]),
        ("Bread is 4zł in Kraków.", &["4zł|money|4|PLN"]),
        ("In Sweden a coffee costs 40 kr.", &["40 kr|money|40|SEK"]),
        (
            "A Norwegian ferry ticket is kr 300.",
            &["kr 300|money|300|NOK"],
        ),
        (
            "The Danish fine was 500 kroner.",
            &["500 kroner|money|500|DKK"],
        ),
        ("The fine was 500 kr.", &["500 kr|money|500"]),
        ("The fee is 900 kronor.", &["900 kronor|money|900|SEK"]),
        ("It costs ＄20 here.", &["＄20|money|20|USD?"]),
        (
            "The loan is TRY 2.5 billion.",
            &["TRY 2.5 billion|money|2500000000|TRY"],
        ),
        ("Prices rose to 1,200 UAH.", &["1,200 UAH|money|1200|UAH"]),
        ("The permit is NOK 300.", &["NOK 300|money|300|NOK"]),
        (
            "Aid reached ZAR 15 million.",
            &["ZAR 15 million|money|15000000|ZAR"],
        ),
        ("Rent is KES 45,000.", &["KES 45,000|money|45000|KES"]),
        ("The levy is 10,000 XOF.", &["10,000 XOF|money|10000|XOF"]),
        ("She paid 50 dollar for it.", &["50 dollar|money|50|USD?"]),
        ("It was 40 rmb at the market.", &["40 rmb|money|40|CNY"]),
        ("Lunch is 20 yuan.", &["20 yuan|money|20|CNY"]),
        ("A taxi ride is 5 kuai.", &["5 kuai|money|5|CNY"]),
        ("That costs 300 baht.", &["300 baht|money|300|THB"]),
        ("Rice costs 12 ringgit.", &["12 ringgit|money|12|MYR"]),
        (
            "A fine of 50 shekels applies.",
            &["50 shekels|money|50|ILS"],
        ),
        ("A ticket is 100 hryvnias.", &["100 hryvnias|money|100|UAH"]),
        ("The meal cost 200 zlotys.", &["200 zlotys|money|200|PLN"]),
        (
            "Exports hit 2 billion won.",
            &["2 billion won|money|2000000000|KRW?"],
        ),
        (
            "He owes 20 Swiss francs.",
            &["20 Swiss francs|money|20|CHF"],
        ),
        (
            "Grants of 100 Saudi riyals were paid.",
            &["100 Saudi riyals|money|100|SAR"],
        ),
        (
            "The dam cost 3 million Egyptian pounds.",
            &["3 million Egyptian pounds|money|3000000|EGP"],
        ),
        (
            "The fee is 200 Brazilian reais.",
            &["200 Brazilian reais|money|200|BRL"],
        ),
        (
            "Seoul lent 5 trillion South Korean won.",
            &["5 trillion South Korean won|money|5000000000000|KRW"],
        ),
        (
            "A fare of 40 Hong Kong dollars applies.",
            &["40 Hong Kong dollars|money|40|HKD"],
        ),
    ]);
}

#[test]
fn figure_negative_amounts_and_directions() {
    check(&[
        (
            "Growth was -5% in May.",
            &["-5%|percent|-5", "May|month|-|date=--05"],
        ),
        (
            "Output sank to −5% last year.",
            &["−5%|percent|-5", "last year|relative_time|-1|unit=year"],
        ),
        (
            "Margins shrank to minus five percent.",
            &["minus five percent|percent|-5"],
        ),
        (
            "The balance was minus 5 percent.",
            &["minus 5 percent|percent|-5"],
        ),
        (
            "The fund posted -$5 million.",
            &["-$5 million|money|-5000000|USD?"],
        ),
        ("Rates went from 5% to -3%.", &["5% to -3%|percent|5|to=-3"]),
        (
            "Temperatures hit -20 degrees.",
            &["-20 degrees|quantity|-20|unit=degree"],
        ),
        ("The index closed (-2.5%) lower.", &["-2.5%|percent|-2.5"]),
        ("Prices moved - 5% on average.", &["5%|percent|5"]),
        (
            "There was a 3% decline in sales.",
            &["3%|percent|3|down=decline"],
        ),
        ("Sales saw a 7% increase.", &["7%|percent|7|up=increase"]),
        (
            "Output fell by 4 percent.",
            &["4 percent|percent|4|down=fell"],
        ),
        ("Exports were up 2%.", &["2%|percent|2|up=up"]),
        (
            "Costs were 5% lower than planned.",
            &["5%|percent|5|down=lower"],
        ),
        (
            "We saw a decline of 3% in trade.",
            &["3%|percent|3|down=decline"],
        ),
        ("Output rose by about 2%.", &["2%|percent|2|up=rose"]),
        ("Inflation rose to 5%.", &["5%|percent|5"]),
        ("Up to 10% of staff may leave.", &["10%|percent|10"]),
        (
            "A 3% decline and a -2% change followed.",
            &["3%|percent|3|down=decline", "-2%|percent|-2"],
        ),
    ]);
}

#[test]
fn figure_percent_words() {
    check(&[
        (
            "The rate was set at percent of 10 this year.",
            &[
                "percent of 10|percent|10",
                "this year|relative_time|0|unit=year",
            ],
        ),
        (
            "The charge is per cent of twenty-two.",
            &["per cent of twenty-two|percent|22"],
        ),
        (
            "Prices went up 5 percentage this year.",
            &[
                "5 percentage|percent|5|up=up",
                "this year|relative_time|0|unit=year",
            ],
        ),
        ("Sales grew 3 percents.", &["3 percents|percent|3|up=grew"]),
        (
            "A 2 percentage points gap remains.",
            &["2 percentage points|percentage_points|2"],
        ),
        (
            "Only 40 percent of 10 schools replied.",
            &["40 percent|percent|40", "10|count|10"],
        ),
    ]);
}

#[test]
fn figure_values_that_were_wrong() {
    check(&[
        ("Rates fell .5% today.", &[".5%|percent|0.5|down=fell"]),
        ("Apps cost $.99 each.", &["$.99|money|0.99|USD?"]),
        ("The deal is worth €.5bn.", &["€.5bn|money|500000000|EUR"]),
        (
            "Rs. 3 crore was sanctioned for roads.",
            &["Rs. 3 crore|money|30000000|INR?"],
        ),
        (
            "Exports hit $1.3 thousand million.",
            &["$1.3 thousand million|money|1300000000|USD?"],
        ),
        (
            "The prize is $1 000 000.",
            &["$1 000 000|money|1000000|USD?"],
        ),
        (
            "The prize is $1\u{a0}000\u{a0}000.",
            &["$1\u{a0}000\u{a0}000|money|1000000|USD?"],
        ),
        (
            "The road runs 1\u{2009}500 km.",
            &["1\u{2009}500 km|quantity|1500|unit=km"],
        ),
        (
            "About 12\u{202f}000 people came.",
            &["12\u{202f}000|count|12000"],
        ),
        ("We met 2 000 people.", &["2 000|count|2000"]),
        (
            "In 1990 2 000 people left.",
            &["1990|year|1990|date=1990", "2 000|count|2000"],
        ),
        ("It costs ＄20.", &["＄20|money|20|USD?"]),
        (
            "The budget is 1 lakh crore rupees.",
            &["1 lakh crore rupees|money|1000000000000|INR?"],
        ),
        (
            "Spending hit 5 hundred million.",
            &["5 hundred million|count|500000000"],
        ),
    ]);
}

#[test]
fn figure_fractions() {
    check(&[
        ("Add 1/2 of the sugar.", &["1/2|fraction|0.5|frac=1/2"]),
        ("About ½ of voters agreed.", &["½|fraction|0.5|frac=1/2"]),
        // So many out of so many.
        (
            "One in five children and 1 in 3 adults agreed.",
            &[
                "One in five|fraction|0.2|frac=1/5",
                "1 in 3|fraction|-|frac=1/3",
            ],
        ),
        // A year, a scale word, a larger first number: no ratio.
        (
            "They won 3 in 2023; one in 5 million; 5 in 3 days.",
            &[
                "3|count|3",
                "2023|year|2023|date=2023",
                "one|count|1",
                "5 million|count|5000000",
                "5|count|5",
                "3 days|quantity|3|unit=day",
            ],
        ),
        ("Only ⅓ of the funds arrived.", &["⅓|fraction|-|frac=1/3"]),
        (
            "It took one and a half hours.",
            &["one and a half hours|quantity|1.5|unit=hour|frac=3/2"],
        ),
        (
            "He ate one and a half.",
            &["one and a half|fraction|1.5|frac=3/2"],
        ),
        (
            "The works took 2½ years.",
            &["2½ years|quantity|2.5|unit=year|frac=5/2"],
        ),
        ("Mix in 1 1/2 cups.", &["1 1/2|fraction|1.5|frac=3/2"]),
        (
            "Three-quarters of firms hired.",
            &["Three-quarters|fraction|0.75|frac=3/4"],
        ),
        (
            "Some ⅓ million people moved.",
            &["⅓ million|count|-|frac=1000000/3"],
        ),
        (
            "Growth was ¾ percent.",
            &["¾ percent|percent|0.75|frac=3/4"],
        ),
        (
            "Two and a half million tonnes were shipped.",
            &["Two and a half million tonnes|quantity|2500000|unit=t"],
        ),
        // Half of something is a fraction; the first half of a year is not.
        ("Half of them left.", &["Half|fraction|0.5|frac=1/2"]),
        (
            "Sales rose in the first half of 2025.",
            &["first|ordinal|1", "2025|year|2025|date=2025"],
        ),
        (
            "Sales in the first three quarters of 2017 rose.",
            &[
                "first|ordinal|1",
                "three|count|3",
                "2017|year|2017|date=2017",
            ],
        ),
    ]);
}

#[test]
fn figure_not_money() {
    check(&[
        (
            "The parcel weighs 5 pounds.",
            &["5 pounds|quantity|5|unit=lb"],
        ),
        ("They won 3 games in a row.", &["3|count|3"]),
        ("TOP 10 songs of the year.", &["10|count|10"]),
        ("PHP 8 was released.", &["8|count|8"]),
        ("ALL 5 members voted.", &["5|count|5"]),
        ("Call 555 123 4567 now.", &[]),
        ("The 9/11 attacks changed everything.", &[]),
        ("The shop is open 24/7.", &[]),
        ("On 3/4/2024 the vote was held.", &[]),
        // Day and month told apart: a date either way round.
        (
            "On 3/14/2025 and 14/3/2025, not 31/31/2025.",
            &[
                "3/14/2025|date|-|date=2025-03-14",
                "14/3/2025|date|-|date=2025-03-14",
            ],
        ),
        ("The vote was 5/3 in favour.", &[]),
        (
            "About 1 million real users signed up.",
            &["1 million|count|1000000"],
        ),
        ("The A$ fell again.", &[]),
        ("He earns good money, not dollars.", &[]),
        ("A real deal for the region.", &[]),
        ("The US dollar weakened.", &[]),
        ("Pounds and euros were traded.", &[]),
        ("He won the vote.", &[]),
        ("Dial +7 495 123 45 67 today.", &[]),
        ("The cost is in USD and EUR.", &[]),
        ("The kr sign is used in Sweden.", &[]),
        ("Version v.5 is out.", &[]),
    ]);
}

/// Checks the span contract of the figures found in `src[start..end]`.
fn contract(src: &str, start: usize, end: usize) -> Result<(), String> {
    let span = crate::span::sp(start, end);
    let mut out = Vec::new();
    find(src, span, &mut out);
    let mut last = span.start;
    for f in &out {
        if !span.contains(f.span) || f.span.is_empty() {
            return Err(format!("{:?} outside {:?}", f.span, span));
        }
        if f.span.slice(src).is_none() {
            return Err(format!("{:?} not on char boundaries", f.span));
        }
        if f.span.start < last {
            return Err(format!("{:?} overlaps or is out of order", f.span));
        }
        last = f.span.end;
        if let Some([a, b]) = f.ends {
            if !f.span.contains(a) || !f.span.contains(b) || a.end > b.start {
                return Err(format!("bad range ends {a:?} {b:?} in {:?}", f.span));
            }
        }
    }
    Ok(())
}

fn piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        "[0-9]{1,5}",
        "[0-9.,:/-]{1,8}",
        prop::sample::select(vec![
            "$",
            "US$",
            "S$",
            "€",
            "£",
            "¥",
            "₽",
            "Rs",
            "Rs.",
            "USD",
            "%",
            "percent",
            "per",
            "cent",
            "million",
            "billion",
            "bn",
            "m",
            "k",
            "lakh",
            "crore",
            "one",
            "twenty",
            "-",
            "five",
            "hundred",
            "and",
            "a",
            "year",
            "ago",
            "last",
            "next",
            "July",
            "May",
            "September",
            "the",
            "s",
            "’",
            "'",
            "th",
            "km",
            "tonnes",
            "dollars",
            "US",
            "U",
            ".",
            ",",
            "to",
            "between",
            "FY",
            "fiscal",
            "p",
            "m.",
            "o'clock",
            "(",
            ")",
            "+",
            "#",
            "Street",
            "No",
            "\u{a0}",
            "é",
            "\r\n",
            "1.",
            "G",
            "Su",
            "percentage",
            "points",
            "member",
            "\u{1F600}",
            "−",
            "½",
            "⅓",
            "1/2",
            "cents",
            "pence",
            "minus",
            "of",
            "zł",
            "kr",
            "元",
            "₭",
            "\u{2009}",
            "000",
            "decline",
            "fell",
            "by",
            "Korean",
            "won",
            "sterling",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,4}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    #[test]
    fn figure_spans_keep_the_contract(parts in proptest::collection::vec((piece(), proptest::bool::ANY), 0..24), cut in 0usize..8) {
        let mut src = String::new();
        for (p, space) in &parts {
            src.push_str(p);
            if *space {
                src.push(' ');
            }
        }
        // A sentence inside a larger text: trim a few characters from each end.
        let chars: Vec<usize> = src.char_indices().map(|(i, _)| i).chain([src.len()]).collect();
        let start = chars.get(cut.min(chars.len().saturating_sub(1))).copied().unwrap_or(0);
        let end = chars.iter().rev().nth(cut).copied().unwrap_or(src.len()).max(start);
        proptest::prop_assert_eq!(contract(&src, start, end), Ok(()));
    }

    #[test]
    fn figure_arbitrary_text_keeps_the_contract(src in "\\PC{0,80}") {
        proptest::prop_assert_eq!(contract(&src, 0, src.len()), Ok(()));
    }
}

/// The figures of `src[start..end]` found through the anchor windows and by tokenising the
/// whole span, which must agree.
fn windows_agree(src: &str, start: usize, end: usize) -> Result<(), String> {
    let span = crate::span::sp(start, end);
    // A finder each: the dollar the first names would carry into the second.
    let (mut a, mut b) = (Vec::new(), Vec::new());
    FigureFinder::default().find(src, span, &mut a);
    FigureFinder::default().find_whole(src, span, &mut b);
    if a == b {
        Ok(())
    } else {
        let show = |v: &Vec<Figure>| v.iter().map(|f| render(src, f)).collect::<Vec<_>>();
        Err(format!(
            "{:?}\n windows {:?}\n whole   {:?}",
            src.get(start..end),
            show(&a),
            show(&b)
        ))
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    #[test]
    fn figure_windows_agree_with_whole_sentences(parts in proptest::collection::vec((piece(), 0u8..4), 0..32)) {
        let mut src = String::new();
        for (p, sep) in &parts {
            src.push_str(p);
            src.push_str(match sep { 0 => "", 1 => " ", 2 => "\u{a0}", _ => "  " });
        }
        proptest::prop_assert_eq!(windows_agree(&src, 0, src.len()), Ok(()));
    }
}

/// The figures of the sentences `src[cuts[i]..cuts[i + 1]]`, found in order by one finder
/// (so through the anchors of the stretch they lie in), and by tokenising each whole.
fn stretch_agrees(src: &str, cuts: &[usize]) -> Result<(), String> {
    // Two finders, each for the whole text, as a document keeps one: the dollar a text named
    // carries from sentence to sentence in both.
    let (mut finder, mut whole) = (FigureFinder::default(), FigureFinder::default());
    for pair in cuts.windows(2) {
        let &[start, end] = pair else { continue };
        let span = crate::span::sp(start, end);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        finder.find(src, span, &mut a);
        whole.find_whole(src, span, &mut b);
        if a != b {
            let show = |v: &Vec<Figure>| v.iter().map(|f| render(src, f)).collect::<Vec<_>>();
            return Err(format!(
                "{:?} in {src:?}\n stretch {:?}\n whole   {:?}",
                src.get(start..end),
                show(&a),
                show(&b)
            ));
        }
    }
    Ok(())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    // Sentences cut anywhere (inside words and numbers too) take the stretch's anchors or
    // their own, and find what they would alone.
    #[test]
    fn figure_sentences_of_a_stretch_agree_with_whole_sentences(
        parts in proptest::collection::vec((piece(), 0u8..5), 0..32),
        cuts in proptest::collection::vec(0usize..400, 0..8),
    ) {
        let mut src = String::new();
        for (p, sep) in &parts {
            src.push_str(p);
            src.push_str(match sep { 0 => "", 1 => " ", 2 => "\u{a0}", 3 => ". ", _ => "\n" });
        }
        let mut at: Vec<usize> = cuts
            .iter()
            .map(|&c| c.min(src.len()))
            .filter(|&c| src.is_char_boundary(c))
            .chain([0, src.len()])
            .collect();
        at.sort_unstable();
        at.dedup();
        proptest::prop_assert_eq!(stretch_agrees(&src, &at), Ok(()));
    }
}

#[test]
fn figure_sentences_of_a_stretch_agree_at_their_edges() {
    // Cut at word and number edges, inside them, and across a stretch's end.
    let text =
        "Sales rose 12% to $4.5 million in March. Then 3,000 more came, twenty of them late.";
    let cuts: Vec<Vec<usize>> = vec![
        vec![0, 40, text.len()],
        vec![0, 13, 41, text.len()],
        vec![0, 26, 29, 50, text.len()],
        vec![0, 7, 8, 9, 60, 66, 71, text.len()],
    ];
    for c in &cuts {
        assert_eq!(stretch_agrees(text, c), Ok(()));
    }
    // A number and a number word cut in two, far from any other anchor, after a first
    // sentence that takes the stretch's anchors: each part is a figure of its own sentence.
    let text = "So, turnover grew 1234 percent, analysts said without any doubt at all.";
    assert_eq!(stretch_agrees(text, &[0, 3, 20, text.len()]), Ok(()));
    let text = "Well, nobody expected that it would take seventeens, she told us then.";
    assert_eq!(stretch_agrees(text, &[0, 5, 46, text.len()]), Ok(()));
    assert_eq!(stretch_agrees(text, &[0, 5, 50, text.len()]), Ok(()));
    let long = format!(
        "{} 1,250 {}",
        "word ".repeat(4000),
        "twenty-one ".repeat(3000)
    );
    let cuts: Vec<usize> = (0..long.len())
        .step_by(97)
        .filter(|&c| long.is_char_boundary(c))
        .chain([long.len()])
        .collect();
    assert_eq!(stretch_agrees(&long, &cuts), Ok(()));
}

#[test]
fn figure_windows_agree_on_the_table_cases() {
    let sources = include_str!("tests.rs");
    // Every quoted sentence of this file that ends with a full stop.
    let mut n = 0;
    for line in sources.lines() {
        let t = line.trim_start().trim_start_matches('(');
        let Some(q) = t.strip_prefix('"').and_then(|t| t.split('"').next()) else {
            continue;
        };
        if q.ends_with('.') && !q.contains('\\') {
            assert_eq!(windows_agree(q, 0, q.len()), Ok(()));
            n += 1;
        }
    }
    assert!(n > 350, "{n}");
}

#[test]
fn figure_windows_agree_on_the_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/kremlin");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut failures = Vec::new();
    for e in entries.flatten() {
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        let mut at = 0;
        let mut cuts = vec![0];
        for line in text.split_inclusive('\n') {
            if let Err(err) = windows_agree(&text, at, at + line.len()) {
                failures.push(err);
            }
            at += line.len();
            cuts.push(at);
        }
        if let Err(err) = stretch_agrees(&text, &cuts) {
            failures.push(err);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn figure_bad_sentence_span_is_ignored() {
    let mut out = Vec::new();
    find("€5", crate::span::sp(1, 3), &mut out);
    find("€5", crate::span::sp(0, 9), &mut out);
    assert!(out.is_empty());
    find("x €5 y", crate::span::sp(2, 6), &mut out);
    assert_eq!(out.first().map(|f| f.span), Some(crate::span::sp(2, 6)));
}

#[test]
fn figure_pathological_input_stays_linear() {
    let inputs = [
        "1,".repeat(100_000),
        "1,111".repeat(50_000),
        "million ".repeat(100_000),
        "a million ".repeat(50_000),
        "one ".repeat(100_000),
        "twenty-".repeat(100_000),
        "$".repeat(100_000),
        "US$".repeat(50_000),
        "1-".repeat(100_000),
        "1 ".repeat(100_000),
        "last ".repeat(100_000),
        "between 1 and ".repeat(30_000),
        "1.".repeat(100_000),
        "9".repeat(200_000),
        "2024-".repeat(50_000),
        "1 to ".repeat(50_000),
        "(1) ".repeat(50_000),
    ];
    for s in &inputs {
        let t = std::time::Instant::now();
        assert_eq!(contract(s, 0, s.len()), Ok(()));
        let took = t.elapsed();
        assert!(took.as_secs() < 3, "{:?}… took {took:?}", s.get(..20));
    }
}

#[test]
fn figure_json_round_trip() {
    let src = "Costs range from $1.2 million to $23.5 million in 2022-23, up 5% since 2 September 2025; a 64-member team left a year ago.";
    let mut out = Vec::new();
    find(src, crate::span::sp(0, src.len()), &mut out);
    assert_eq!(out.len(), 6);
    let json = serde_json::to_string(&out).unwrap();
    assert!(!json.contains("e+"), "no floats: {json}");
    let back: Vec<Figure> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, out);
    let first = serde_json::to_value(&out[0]).unwrap();
    assert_eq!(
        first,
        serde_json::json!({
            "kind": "figure", "span": [17, 46], "figure": "money", "value": "1200000",
            "to": "23500000", "ends": [[17, 29], [33, 46]], "currency": "USD", "currency_assumed": true
        })
    );
    let member = serde_json::to_value(&out[4]).unwrap();
    assert_eq!(member["unit"], "member");
    assert_eq!(serde_json::to_value(&out[3]).unwrap()["date"], "2025-09-02");
}

#[test]
fn figure_new_fields_in_json() {
    // Offsets: `7%` 12..14, `decline` 15..22, `-3%` 29..32, `⅓` 38..41 (three bytes).
    let src = "Sales saw a 7% decline, then -3%, and ⅓ of stores closed.";
    let mut out = Vec::new();
    find(src, crate::span::sp(0, src.len()), &mut out);
    let json: Vec<String> = out
        .iter()
        .map(|f| serde_json::to_string(f).unwrap())
        .collect();
    assert_eq!(
        json,
        [
            r#"{"kind":"figure","span":[12,14],"figure":"percent","value":"7","direction":{"span":[15,22],"sense":"down"}}"#,
            r#"{"kind":"figure","span":[29,32],"figure":"percent","value":"-3"}"#,
            r#"{"kind":"figure","span":[38,41],"figure":"fraction","fraction":"1/3"}"#,
        ]
    );
    let back: Vec<Figure> = serde_json::from_str(&serde_json::to_string(&out).unwrap()).unwrap();
    assert_eq!(back, out);
}

#[test]
fn figure_stays_small() {
    // Two optional decimals at 24 bytes each (the scale's niche), the fraction and the
    // direction: 144 bytes. A document holds one per figure.
    assert!(
        std::mem::size_of::<Figure>() <= 144,
        "{}",
        std::mem::size_of::<Figure>()
    );
    assert_eq!(std::mem::size_of::<Option<crate::ast::Decimal>>(), 24);
}

#[test]
fn figure_reference_document() {
    let Ok(src) = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/reference/briefing-russia-pakistan.txt"
    )) else {
        return;
    };
    let mut out = Vec::new();
    find(&src, crate::span::sp(0, src.len()), &mut out);
    let got: Vec<String> = out.iter().map(|f| render(&src, f)).collect();
    assert!(
        got.contains(&"US$1.3 billion|money|1300000000|USD".to_owned()),
        "{got:?}"
    );
    assert!(
        got.contains(&"2024|year|2024|date=2024".to_owned()),
        "{got:?}"
    );
}
