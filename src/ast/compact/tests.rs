//! The compact form gives every figure back exactly: the figures of every fixture as the
//! figure rules made them, a table of unusual ones, and arbitrary ones.

use super::UNITS;
use crate::ast::{
    Currency, Decimal, Direction, Document, Figure, FigureKind, Fraction, IsoDate, Layout, Sense,
};
use crate::span::Span;
use proptest::prelude::*;
use std::borrow::Cow;
use std::path::Path;

/// Appends `figures` to a document, one sentence, and reads them back.
fn round_trip(figures: &[Figure]) -> Vec<Figure> {
    let mut doc = Document::empty(Span::new(0, 100), Layout::LinePerParagraph);
    doc.open_paragraph_block(Span::new(0, 100));
    doc.append_sentence(Span::new(0, 100));
    for f in figures {
        doc.append_figure(f.clone());
    }
    doc.shrink();
    doc.figures().collect()
}

fn fig(span: (u32, u32), kind: FigureKind) -> Figure {
    Figure::new(Span::new(span.0, span.1), kind)
}

fn dec(s: &str) -> Option<Decimal> {
    s.parse().ok()
}

fn text_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            text_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
}

/// Sentences with a figure of every kind and form, beyond what the fixtures hold.
const SENTENCES: &[&str] = &[
    "Exports rose 4% to $12 billion in 2024, up from US$9.5bn a year ago.",
    "The fund lent $1.2 million to $23.5 million per project in 2022-23.",
    "Output fell 3 percentage points, a 7.25 per cent decline, to 1,100 kilometres.",
    "A 64-member delegation and a 12-vessel convoy arrived on September 2, 2025.",
    "She paid 197 pence, then 3 dollars 50 cents, then Rs 4,500 and 50 kopecks.",
    "Two-thirds of the ½ share, 2⅓ tonnes and one and a half hours went in the 1990s.",
    "The meeting of 2025-09-02 followed the one in March 2024 and the sixth in November.",
    "Last July the plant made 40 MW, 3.5 TWh and 120 bcm; next month it aims for 45 GW.",
    "Rates went up 25 basis points to 5.5%, the 9th rise since FY2024.",
    "Prices were minus three percent lower, with 99¢ coffee and ¥300 tea.",
    "It cost £4.2 trillion, €730m and 1,000,000,000,000,000,000,000 won in total.",
    "Turnout was 0.000001% higher than the 1/3 share in 1998 and 2001.",
];

#[test]
fn every_fixture_figure_comes_back_as_the_rules_made_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    text_files(&root.join("tests/fixtures"), &mut files);
    files.push(root.join("src/example.txt"));
    assert!(files.len() > 20, "the fixtures are found");
    let texts = files
        .iter()
        .map(|path| {
            (
                path.display().to_string(),
                std::fs::read_to_string(path).unwrap_or_default(),
            )
        })
        .chain(SENTENCES.iter().map(|s| ((*s).to_owned(), (*s).to_owned())));
    let mut seen = 0;
    let mut extras = 0;
    for (path, text) in texts {
        let doc = crate::parse(&text);
        extras += doc.figure_extras.len() + doc.figure_directions.len();
        let read: Vec<Figure> = doc.figures().collect();
        assert_eq!(read, doc.appended_figures, "{path}");
        // Equal as values is not enough for units: a unit the rules gave as static text
        // comes back as the same text.
        for (a, b) in read.iter().zip(&doc.appended_figures) {
            assert_eq!(a.unit.as_deref(), b.unit.as_deref());
        }
        let by_sentence: Vec<Figure> = doc.sentences().flat_map(|s| s.figures()).collect();
        assert_eq!(by_sentence, read);
        seen += read.len();
    }
    assert!(seen > 100, "the fixtures have figures ({seen})");
    assert!(extras > 10, "some figures have rare parts ({extras})");
}

#[test]
fn unusual_figures_come_back_exactly() {
    let mut range = fig((0, 27), FigureKind::Money);
    range.value = dec("1200000");
    range.to = dec("23500000");
    range.ends = Some([Span::new(0, 12), Span::new(16, 27)]);
    range.currency = Some(Currency::Usd);
    range.currency_assumed = true;
    let mut huge = fig((0, 40), FigureKind::Count);
    // 10^30: beyond 64 bits.
    huge.value = dec("1000000000000000000000000000000");
    let mut tiny = fig((0, 5), FigureKind::Count);
    tiny.value = dec("0.000000000000000000000000000001");
    let mut third = fig((3, 4), FigureKind::Fraction);
    third.fraction = Fraction::new(1, 3);
    let mut convoy = fig((2, 12), FigureKind::Quantity);
    convoy.value = dec("12");
    convoy.unit = Some(Cow::Owned("vessel".to_owned()));
    let mut km = fig((2, 8), FigureKind::Quantity);
    km.value = dec("-3.5");
    km.unit = Some(Cow::Owned("km".to_owned()));
    let mut pence = fig((0, 9), FigureKind::Money);
    pence.value = dec("1.97");
    pence.currency = Some(Currency::Gbp);
    pence.unit = Some(Cow::Borrowed("penny"));
    let mut day = fig((0, 12), FigureKind::Date);
    day.date = Some(IsoDate {
        year: None,
        month: Some(9),
        day: Some(2),
    });
    let mut odd_date = fig((0, 4), FigureKind::Date);
    odd_date.date = Some(IsoDate {
        year: Some(65535),
        month: Some(200),
        day: Some(0),
    });
    let mut empty_date = fig((0, 4), FigureKind::Date);
    empty_date.date = Some(IsoDate {
        year: None,
        month: None,
        day: None,
    });
    let mut fall = fig((2, 4), FigureKind::Percent);
    fall.value = dec("3");
    fall.direction = Some(Direction {
        span: Span::new(5, 12),
        sense: Sense::Down,
    });
    let mut year = fig((3, 7), FigureKind::Year);
    year.value = dec("2024");
    year.date = Some(IsoDate::year(2024));
    // A value and a date that is not its year: the date goes to the extra.
    let mut fiscal = fig((0, 7), FigureKind::FiscalYear);
    fiscal.value = dec("2022");
    fiscal.date = Some(IsoDate::year(2023));
    let mut month = fig((0, 8), FigureKind::Month);
    month.value = dec("-1");
    month.date = Some(IsoDate {
        year: None,
        month: Some(7),
        day: None,
    });
    let mut negative_year = fig((0, 4), FigureKind::Year);
    negative_year.value = dec("-5");
    negative_year.date = Some(IsoDate::year(65535));
    let figures = [
        range,
        huge,
        tiny,
        third,
        convoy,
        km,
        pence,
        day,
        odd_date,
        empty_date,
        fall,
        year,
        fiscal,
        month,
        negative_year,
        fig((0, 0), FigureKind::RelativeTime),
    ];
    assert_eq!(round_trip(&figures), figures);
}

#[test]
fn the_record_is_small() {
    assert_eq!(std::mem::size_of::<super::FigureRec>(), 20);
    for (i, kind) in super::KINDS.iter().enumerate() {
        assert_eq!(usize::from(super::kind_code(*kind)), i);
    }
    assert_eq!(std::mem::size_of::<super::FigureDirection>(), 16);
    // Every unit of the table has an index that fits beside "none" and "in the extra".
    assert!(UNITS.len() < usize::from(u8::MAX));
}

fn decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<i64>(), 0u32..=30).prop_map(|(m, s)| Decimal::new(i128::from(m), s)),
        (any::<i128>(), 0u32..=30).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

fn span() -> impl Strategy<Value = Span> {
    (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Span::new(a.min(b), a.max(b)))
}

fn unit() -> impl Strategy<Value = Cow<'static, str>> {
    prop_oneof![
        proptest::sample::select(UNITS).prop_map(Cow::Borrowed),
        proptest::sample::select(UNITS).prop_map(|u| Cow::Owned(u.to_owned())),
        "[a-z]{0,8}".prop_map(Cow::Owned),
    ]
}

fn date() -> impl Strategy<Value = IsoDate> {
    (
        any::<Option<u16>>(),
        any::<Option<u8>>(),
        any::<Option<u8>>(),
    )
        .prop_map(|(year, month, day)| IsoDate { year, month, day })
}

fn figure() -> impl Strategy<Value = Figure> {
    let head = (
        span(),
        proptest::sample::select(&super::KINDS[..]),
        proptest::option::of(decimal()),
        proptest::option::of(decimal()),
        proptest::option::of((span(), span())),
        proptest::option::of(proptest::sample::select(Currency::ALL)),
        any::<bool>(),
    );
    let tail = (
        proptest::option::of(unit()),
        proptest::option::of(date()),
        proptest::option::of((any::<i64>(), 1i64..=i64::MAX)),
        proptest::option::of((span(), any::<bool>())),
    );
    (head, tail).prop_map(
        |((span, figure, value, to, ends, currency, assumed), (unit, date, frac, dir))| Figure {
            span,
            figure,
            value,
            to,
            ends: ends.map(|(a, b)| [a, b]),
            currency,
            currency_assumed: assumed,
            unit,
            date,
            fraction: frac.and_then(|(n, d)| Fraction::new(n, d)),
            direction: dir.map(|(span, up)| Direction {
                span,
                sense: if up { Sense::Up } else { Sense::Down },
            }),
        },
    )
}

proptest! {
    #[test]
    fn any_figures_come_back_exactly(figures in proptest::collection::vec(figure(), 0..12)) {
        prop_assert_eq!(round_trip(&figures), figures);
    }
}
