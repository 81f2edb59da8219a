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
    FigureFinder::new().find(src, span, out);
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
            &["3 pct|percent|3"],
        ),
        (
            "The bank cut rates by 25 basis points.",
            &["25 basis points|quantity|25|unit=bp"],
        ),
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
        ("They hired 1500 workers.", &["1500|count|1500"]),
        (
            "Some half a million people marched.",
            &["half a million|count|500000"],
        ),
        (
            "About 5m people and 10k runners came.",
            &["5m|count|5000000", "10k|count|10000"],
        ),
        // A fraction now, not nothing (fractions were not figures before).
        (
            "Two-thirds of voters agreed.",
            &["Two-thirds|fraction|-|frac=2/3"],
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
        ("The 2024 budget was tight.", &["2024|year|2024|date=2024"]),
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
            &["April|month|-|date=--04"],
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
        ("Call +7 495 123 45 67 for details.", &[]),
        ("Dial (202) 555-0143 today.", &[]),
        ("His number is 555-0143.", &[]),
        ("The office at 10 Downing Street is closed.", &[]),
        ("Send it to 1600 Pennsylvania Avenue.", &[]),
        ("1. Open the file.", &[]),
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
