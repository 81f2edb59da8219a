//! The finder's currency tables: signs, codes, the letters written before `$`, currency words
//! and their subunits, and the country adjectives that name a currency (`Pakistani rupees`).
//! Functions take a word lowercased (see [`Lower`](super::words::Lower)) unless they say they
//! are case-sensitive. A flag `assumed` says the code is the usual reading of an ambiguous sign
//! or word (a bare `$` is USD).

use super::table::Table;
use crate::ast::Currency::{self, *};

/// A currency sign, before or after the amount (`$5`, `5 €`, `100元`).
pub(super) fn sign(c: char) -> Option<(Currency, bool)> {
    Some(match c {
        '$' | '＄' => (Usd, true),
        '€' => (Eur, false),
        '£' | '￡' => (Gbp, false),
        '¥' | '￥' | '円' => (Jpy, true),
        '元' => (Cny, false),
        '₽' => (Rub, false),
        '₹' => (Inr, false),
        '₨' => (Inr, true),
        '₩' | '￦' => (Krw, false),
        '₺' => (Try, false),
        '₴' => (Uah, false),
        '₦' => (Ngn, false),
        '₱' => (Php, false),
        '₪' => (Ils, false),
        '₫' => (Vnd, false),
        '₡' => (Crc, false),
        '₾' => (Gel, false),
        '₭' => (Lak, false),
        '฿' => (Thb, false),
        '₸' => (Kzt, false),
        '₼' => (Azn, false),
        '₮' => (Mnt, false),
        '₲' => (Pyg, false),
        '₵' => (Ghs, false),
        '৳' => (Bdt, false),
        '֏' => (Amd, false),
        _ => return None,
    })
}

static DOLLAR_PREFIXES: Table<Currency, 64> = Table::new(&[
    ("US", Usd),
    ("U.S.", Usd),
    ("S", Sgd),
    ("SG", Sgd),
    ("A", Aud),
    ("AU", Aud),
    ("C", Cad),
    ("CA", Cad),
    ("Can", Cad),
    ("HK", Hkd),
    ("NZ", Nzd),
    ("R", Brl),
    ("NT", Twd),
    ("MX", Mxn),
    ("Mex", Mxn),
    ("RD", Dop),
    ("J", Jmd),
    ("TT", Ttd),
    ("EC", Xcd),
    ("N", Nad),
    ("Bds", Bbd),
    ("CI", Kyd),
    ("FJ", Fjd),
    ("SI", Sbd),
    ("L", Lrd),
    ("G", Gyd),
    ("WS", Wst),
    ("T", Top),
]);

/// Letters written straight before `$`, case-sensitive: `US$`, `HK$`, `R$`.
pub(super) fn dollar_prefix(w: &str) -> Option<Currency> {
    DOLLAR_PREFIXES.get(w)
}

/// Letters written before an amount that name a currency, case-sensitive: `Rs 500`, `Rp`,
/// `RM`, `KSh`.
pub(super) fn letter_prefix(w: &str) -> Option<(Currency, bool)> {
    Some(match w {
        "Rs" | "RS" => (Inr, true),
        "Rp" => (Idr, false),
        "RM" => (Myr, false),
        "KSh" | "Ksh" => (Kes, false),
        "USh" => (Ugx, false),
        "TSh" => (Tzs, false),
        "Tk" => (Bdt, false),
        _ => return None,
    })
}

/// An ISO 4217 code, upper case only.
pub(super) fn code(w: &str) -> Option<Currency> {
    if w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase()) {
        return Currency::from_code(w).or(match w {
            "RMB" => Some(Cny),
            _ => None,
        });
    }
    None
}

/// Codes that are also English words or common acronyms (`ALL 500`, `TOP 10`, `PHP 8`): they
/// name money only next to an amount that looks like money (digit groups, cents or a scale
/// word).
pub(super) fn word_like_code(w: &str) -> bool {
    matches!(
        w,
        "ALL"
            | "AMD"
            | "BAM"
            | "BOB"
            | "CAD"
            | "CUP"
            | "DOP"
            | "ERN"
            | "GEL"
            | "MAD"
            | "MOP"
            | "NAD"
            | "PEN"
            | "PHP"
            | "SAR"
            | "SOS"
            | "TOP"
            | "TRY"
    )
}

/// Whether a word as written may be a currency written before an amount (for the scanner's
/// quick check): a code, letters before `$`, `Rs`, `kr`.
pub(super) fn prefix_word(w: &str) -> bool {
    code(w).is_some()
        || dollar_prefix(w).is_some()
        || letter_prefix(w).is_some()
        || matches!(w, "kr" | "Kr" | "SKr" | "Skr" | "NKr" | "DKr")
}

/// `kr` and the Scandinavian crowns, which need the sentence to say whose crown it is; the
/// written forms that settle it themselves (`SKr`, `kronor`) are here too.
pub(super) fn crown(w: &str) -> Option<Option<Currency>> {
    Some(match w {
        "kr" | "Kr" | "kr." => None,
        "SKr" | "Skr" | "kronor" | "krona" => Some(Sek),
        "NKr" => Some(Nok),
        "DKr" => Some(Dkk),
        "króna" | "krónur" | "ISK" => Some(Isk),
        "kroner" | "krone" => None,
        _ => return None,
    })
}

/// The crown a sentence means by `kr` or `kroner`: the country it names.
pub(super) fn crown_of(sentence: &str) -> Option<Currency> {
    let has = |w: &str| {
        sentence
            .as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    };
    let found = [
        (has("swed"), Sek),
        (has("norw"), Nok),
        (has("danish") || has("denmark") || has("faroe"), Dkk),
        (has("iceland"), Isk),
    ];
    let mut it = found.iter().filter(|(hit, _)| *hit);
    match (it.next(), it.next()) {
        (Some((_, c)), None) => Some(*c),
        _ => None,
    }
}

/// A currency word after an amount.
#[derive(Clone, Copy)]
pub(super) struct Word {
    pub cur: Currency,
    pub assumed: bool,
    /// The word is also an ordinary word (`pounds`, `won`, `real`), so it names money only
    /// after a scale word (`5 billion won`) or with a country adjective (`Korean won`).
    pub loose: bool,
}

static WORDS: Table<Word, 256> = Table::new(&[
    (
        "dollars",
        Word {
            cur: Usd,
            assumed: true,
            loose: false,
        },
    ),
    (
        "dollar",
        Word {
            cur: Usd,
            assumed: true,
            loose: false,
        },
    ),
    (
        "bucks",
        Word {
            cur: Usd,
            assumed: true,
            loose: false,
        },
    ),
    (
        "euros",
        Word {
            cur: Eur,
            assumed: false,
            loose: false,
        },
    ),
    (
        "euro",
        Word {
            cur: Eur,
            assumed: false,
            loose: false,
        },
    ),
    (
        "pounds",
        Word {
            cur: Gbp,
            assumed: true,
            loose: true,
        },
    ),
    (
        "pound",
        Word {
            cur: Gbp,
            assumed: true,
            loose: true,
        },
    ),
    (
        "sterling",
        Word {
            cur: Gbp,
            assumed: false,
            loose: false,
        },
    ),
    (
        "quid",
        Word {
            cur: Gbp,
            assumed: false,
            loose: false,
        },
    ),
    (
        "yen",
        Word {
            cur: Jpy,
            assumed: false,
            loose: false,
        },
    ),
    (
        "yuan",
        Word {
            cur: Cny,
            assumed: false,
            loose: false,
        },
    ),
    (
        "renminbi",
        Word {
            cur: Cny,
            assumed: false,
            loose: false,
        },
    ),
    (
        "rmb",
        Word {
            cur: Cny,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kuai",
        Word {
            cur: Cny,
            assumed: false,
            loose: false,
        },
    ),
    (
        "roubles",
        Word {
            cur: Rub,
            assumed: false,
            loose: false,
        },
    ),
    (
        "rubles",
        Word {
            cur: Rub,
            assumed: false,
            loose: false,
        },
    ),
    (
        "rouble",
        Word {
            cur: Rub,
            assumed: false,
            loose: false,
        },
    ),
    (
        "ruble",
        Word {
            cur: Rub,
            assumed: false,
            loose: false,
        },
    ),
    (
        "rupees",
        Word {
            cur: Inr,
            assumed: true,
            loose: false,
        },
    ),
    (
        "rupee",
        Word {
            cur: Inr,
            assumed: true,
            loose: false,
        },
    ),
    (
        "rupiah",
        Word {
            cur: Idr,
            assumed: false,
            loose: false,
        },
    ),
    (
        "ringgit",
        Word {
            cur: Myr,
            assumed: false,
            loose: false,
        },
    ),
    (
        "baht",
        Word {
            cur: Thb,
            assumed: false,
            loose: false,
        },
    ),
    (
        "won",
        Word {
            cur: Krw,
            assumed: true,
            loose: true,
        },
    ),
    (
        "dong",
        Word {
            cur: Vnd,
            assumed: false,
            loose: false,
        },
    ),
    (
        "pesos",
        Word {
            cur: Mxn,
            assumed: true,
            loose: false,
        },
    ),
    (
        "peso",
        Word {
            cur: Mxn,
            assumed: true,
            loose: false,
        },
    ),
    (
        "reais",
        Word {
            cur: Brl,
            assumed: false,
            loose: false,
        },
    ),
    (
        "lira",
        Word {
            cur: Try,
            assumed: true,
            loose: false,
        },
    ),
    (
        "liras",
        Word {
            cur: Try,
            assumed: true,
            loose: false,
        },
    ),
    (
        "lire",
        Word {
            cur: Try,
            assumed: true,
            loose: false,
        },
    ),
    (
        "hryvnias",
        Word {
            cur: Uah,
            assumed: false,
            loose: false,
        },
    ),
    (
        "hryvnia",
        Word {
            cur: Uah,
            assumed: false,
            loose: false,
        },
    ),
    (
        "hryvnyas",
        Word {
            cur: Uah,
            assumed: false,
            loose: false,
        },
    ),
    (
        "naira",
        Word {
            cur: Ngn,
            assumed: false,
            loose: false,
        },
    ),
    (
        "rand",
        Word {
            cur: Zar,
            assumed: false,
            loose: false,
        },
    ),
    (
        "shekels",
        Word {
            cur: Ils,
            assumed: false,
            loose: false,
        },
    ),
    (
        "shekel",
        Word {
            cur: Ils,
            assumed: false,
            loose: false,
        },
    ),
    (
        "sheqels",
        Word {
            cur: Ils,
            assumed: false,
            loose: false,
        },
    ),
    (
        "dirhams",
        Word {
            cur: Aed,
            assumed: true,
            loose: false,
        },
    ),
    (
        "dirham",
        Word {
            cur: Aed,
            assumed: true,
            loose: false,
        },
    ),
    (
        "riyals",
        Word {
            cur: Sar,
            assumed: true,
            loose: false,
        },
    ),
    (
        "riyal",
        Word {
            cur: Sar,
            assumed: true,
            loose: false,
        },
    ),
    (
        "rials",
        Word {
            cur: Irr,
            assumed: true,
            loose: false,
        },
    ),
    (
        "rial",
        Word {
            cur: Irr,
            assumed: true,
            loose: false,
        },
    ),
    (
        "francs",
        Word {
            cur: Chf,
            assumed: true,
            loose: false,
        },
    ),
    (
        "franc",
        Word {
            cur: Chf,
            assumed: true,
            loose: false,
        },
    ),
    (
        "zloty",
        Word {
            cur: Pln,
            assumed: false,
            loose: false,
        },
    ),
    (
        "zlotys",
        Word {
            cur: Pln,
            assumed: false,
            loose: false,
        },
    ),
    (
        "zł",
        Word {
            cur: Pln,
            assumed: false,
            loose: false,
        },
    ),
    (
        "złoty",
        Word {
            cur: Pln,
            assumed: false,
            loose: false,
        },
    ),
    (
        "złotys",
        Word {
            cur: Pln,
            assumed: false,
            loose: false,
        },
    ),
    (
        "forint",
        Word {
            cur: Huf,
            assumed: false,
            loose: false,
        },
    ),
    (
        "forints",
        Word {
            cur: Huf,
            assumed: false,
            loose: false,
        },
    ),
    (
        "koruna",
        Word {
            cur: Czk,
            assumed: false,
            loose: false,
        },
    ),
    (
        "korunas",
        Word {
            cur: Czk,
            assumed: false,
            loose: false,
        },
    ),
    (
        "korun",
        Word {
            cur: Czk,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kč",
        Word {
            cur: Czk,
            assumed: false,
            loose: false,
        },
    ),
    (
        "lei",
        Word {
            cur: Ron,
            assumed: false,
            loose: false,
        },
    ),
    (
        "leva",
        Word {
            cur: Bgn,
            assumed: false,
            loose: false,
        },
    ),
    (
        "lev",
        Word {
            cur: Bgn,
            assumed: false,
            loose: false,
        },
    ),
    (
        "tenge",
        Word {
            cur: Kzt,
            assumed: false,
            loose: false,
        },
    ),
    (
        "lari",
        Word {
            cur: Gel,
            assumed: false,
            loose: false,
        },
    ),
    (
        "drams",
        Word {
            cur: Amd,
            assumed: false,
            loose: true,
        },
    ),
    (
        "dram",
        Word {
            cur: Amd,
            assumed: false,
            loose: true,
        },
    ),
    (
        "taka",
        Word {
            cur: Bdt,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kyat",
        Word {
            cur: Mmk,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kyats",
        Word {
            cur: Mmk,
            assumed: false,
            loose: false,
        },
    ),
    (
        "riel",
        Word {
            cur: Khr,
            assumed: false,
            loose: false,
        },
    ),
    (
        "riels",
        Word {
            cur: Khr,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kip",
        Word {
            cur: Lak,
            assumed: false,
            loose: true,
        },
    ),
    (
        "cedis",
        Word {
            cur: Ghs,
            assumed: false,
            loose: false,
        },
    ),
    (
        "cedi",
        Word {
            cur: Ghs,
            assumed: false,
            loose: false,
        },
    ),
    (
        "birr",
        Word {
            cur: Etb,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kwacha",
        Word {
            cur: Zmw,
            assumed: true,
            loose: false,
        },
    ),
    (
        "shillings",
        Word {
            cur: Kes,
            assumed: true,
            loose: true,
        },
    ),
    (
        "shilling",
        Word {
            cur: Kes,
            assumed: true,
            loose: true,
        },
    ),
    (
        "afghanis",
        Word {
            cur: Afn,
            assumed: false,
            loose: true,
        },
    ),
    (
        "afghani",
        Word {
            cur: Afn,
            assumed: false,
            loose: true,
        },
    ),
    (
        "somoni",
        Word {
            cur: Tjs,
            assumed: false,
            loose: false,
        },
    ),
    (
        "bolivars",
        Word {
            cur: Ves,
            assumed: false,
            loose: false,
        },
    ),
    (
        "bolivares",
        Word {
            cur: Ves,
            assumed: false,
            loose: false,
        },
    ),
    (
        "bolívares",
        Word {
            cur: Ves,
            assumed: false,
            loose: false,
        },
    ),
    (
        "soles",
        Word {
            cur: Pen,
            assumed: false,
            loose: false,
        },
    ),
    (
        "quetzales",
        Word {
            cur: Gtq,
            assumed: false,
            loose: false,
        },
    ),
    (
        "quetzals",
        Word {
            cur: Gtq,
            assumed: false,
            loose: false,
        },
    ),
    (
        "lempiras",
        Word {
            cur: Hnl,
            assumed: false,
            loose: false,
        },
    ),
    (
        "colones",
        Word {
            cur: Crc,
            assumed: true,
            loose: false,
        },
    ),
    (
        "denars",
        Word {
            cur: Mkd,
            assumed: false,
            loose: false,
        },
    ),
    (
        "denar",
        Word {
            cur: Mkd,
            assumed: false,
            loose: false,
        },
    ),
    (
        "ouguiya",
        Word {
            cur: Mru,
            assumed: false,
            loose: false,
        },
    ),
    (
        "ariary",
        Word {
            cur: Mga,
            assumed: false,
            loose: false,
        },
    ),
    (
        "pula",
        Word {
            cur: Bwp,
            assumed: false,
            loose: true,
        },
    ),
    (
        "rufiyaa",
        Word {
            cur: Mvr,
            assumed: false,
            loose: false,
        },
    ),
    (
        "ngultrum",
        Word {
            cur: Btn,
            assumed: false,
            loose: false,
        },
    ),
    (
        "patacas",
        Word {
            cur: Mop,
            assumed: false,
            loose: false,
        },
    ),
    (
        "pataca",
        Word {
            cur: Mop,
            assumed: false,
            loose: false,
        },
    ),
    (
        "gourdes",
        Word {
            cur: Htg,
            assumed: false,
            loose: false,
        },
    ),
    (
        "dalasi",
        Word {
            cur: Gmd,
            assumed: false,
            loose: false,
        },
    ),
    (
        "nakfa",
        Word {
            cur: Ern,
            assumed: false,
            loose: false,
        },
    ),
    (
        "meticais",
        Word {
            cur: Mzn,
            assumed: false,
            loose: false,
        },
    ),
    (
        "metical",
        Word {
            cur: Mzn,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kwanza",
        Word {
            cur: Aoa,
            assumed: false,
            loose: false,
        },
    ),
    (
        "kwanzas",
        Word {
            cur: Aoa,
            assumed: false,
            loose: false,
        },
    ),
    (
        "manat",
        Word {
            cur: Azn,
            assumed: true,
            loose: false,
        },
    ),
    (
        "manats",
        Word {
            cur: Azn,
            assumed: true,
            loose: false,
        },
    ),
    (
        "dinars",
        Word {
            cur: Kwd,
            assumed: true,
            loose: true,
        },
    ),
    (
        "dinar",
        Word {
            cur: Kwd,
            assumed: true,
            loose: true,
        },
    ),
]);

/// A currency word standing alone after an amount: `dollars`, `euros`, `yuan`, `kuai`.
pub(super) fn word(lw: &str) -> Option<Word> {
    WORDS.get(lw)
}

static FAMILIES: Table<&str, 64> = Table::new(&[
    ("dollars", "dollar"),
    ("dollar", "dollar"),
    ("rupees", "rupee"),
    ("rupee", "rupee"),
    ("pesos", "peso"),
    ("peso", "peso"),
    ("pounds", "pound"),
    ("pound", "pound"),
    ("dinars", "dinar"),
    ("dinar", "dinar"),
    ("riyals", "rial"),
    ("riyal", "rial"),
    ("rials", "rial"),
    ("rial", "rial"),
    ("francs", "franc"),
    ("franc", "franc"),
    ("kroner", "krone"),
    ("krone", "krone"),
    ("kronor", "krona"),
    ("krona", "krona"),
    ("shillings", "shilling"),
    ("shilling", "shilling"),
    ("won", "won"),
    ("yuan", "yuan"),
    ("yen", "yen"),
    ("roubles", "rouble"),
    ("rubles", "rouble"),
    ("rouble", "rouble"),
    ("ruble", "rouble"),
    ("real", "real"),
    ("reais", "real"),
    ("lira", "lira"),
    ("liras", "lira"),
    ("lire", "lira"),
    ("dirhams", "dirham"),
    ("dirham", "dirham"),
    ("manat", "manat"),
    ("manats", "manat"),
    ("leu", "leu"),
    ("lei", "leu"),
]);

static ADJECTIVES: Table<Currency, 256> = Table::new(&[
    ("us dollar", Usd),
    ("u.s. dollar", Usd),
    ("american dollar", Usd),
    ("singapore dollar", Sgd),
    ("australian dollar", Aud),
    ("canadian dollar", Cad),
    ("hong kong dollar", Hkd),
    ("new zealand dollar", Nzd),
    ("taiwan dollar", Twd),
    ("taiwanese dollar", Twd),
    ("new taiwan dollar", Twd),
    ("jamaican dollar", Jmd),
    ("namibian dollar", Nad),
    ("brunei dollar", Bnd),
    ("bahamian dollar", Bsd),
    ("barbados dollar", Bbd),
    ("barbadian dollar", Bbd),
    ("belize dollar", Bzd),
    ("bermudian dollar", Bmd),
    ("cayman dollar", Kyd),
    ("east caribbean dollar", Xcd),
    ("fiji dollar", Fjd),
    ("fijian dollar", Fjd),
    ("guyanese dollar", Gyd),
    ("liberian dollar", Lrd),
    ("surinamese dollar", Srd),
    ("trinidad dollar", Ttd),
    ("indian rupee", Inr),
    ("pakistani rupee", Pkr),
    ("pakistan rupee", Pkr),
    ("sri lankan rupee", Lkr),
    ("lankan rupee", Lkr),
    ("nepalese rupee", Npr),
    ("nepali rupee", Npr),
    ("mauritian rupee", Mur),
    ("seychelles rupee", Scr),
    ("mexican peso", Mxn),
    ("philippine peso", Php),
    ("argentine peso", Ars),
    ("argentinian peso", Ars),
    ("argentinean peso", Ars),
    ("chilean peso", Clp),
    ("colombian peso", Cop),
    ("cuban peso", Cup),
    ("dominican peso", Dop),
    ("uruguayan peso", Uyu),
    ("british pound", Gbp),
    ("egyptian pound", Egp),
    ("lebanese pound", Lbp),
    ("syrian pound", Syp),
    ("sudanese pound", Sdg),
    ("south sudanese pound", Ssp),
    ("kuwaiti dinar", Kwd),
    ("bahraini dinar", Bhd),
    ("jordanian dinar", Jod),
    ("iraqi dinar", Iqd),
    ("libyan dinar", Lyd),
    ("tunisian dinar", Tnd),
    ("algerian dinar", Dzd),
    ("serbian dinar", Rsd),
    ("saudi rial", Sar),
    ("qatari rial", Qar),
    ("omani rial", Omr),
    ("iranian rial", Irr),
    ("yemeni rial", Yer),
    ("swiss franc", Chf),
    ("congolese franc", Cdf),
    ("guinean franc", Gnf),
    ("rwandan franc", Rwf),
    ("burundian franc", Bif),
    ("djiboutian franc", Djf),
    ("comorian franc", Kmf),
    ("norwegian krone", Nok),
    ("danish krone", Dkk),
    ("swedish krona", Sek),
    ("icelandic krona", Isk),
    ("kenyan shilling", Kes),
    ("ugandan shilling", Ugx),
    ("tanzanian shilling", Tzs),
    ("somali shilling", Sos),
    ("korean won", Krw),
    ("south korean won", Krw),
    ("north korean won", Kpw),
    ("chinese yuan", Cny),
    ("japanese yen", Jpy),
    ("russian rouble", Rub),
    ("belarusian rouble", Byn),
    ("brazilian real", Brl),
    ("turkish lira", Try),
    ("uae dirham", Aed),
    ("emirati dirham", Aed),
    ("moroccan dirham", Mad),
    ("azerbaijani manat", Azn),
    ("turkmen manat", Tmt),
    ("romanian leu", Ron),
    ("moldovan leu", Mdl),
]);

static ADJECTIVE_STARTS: Table<(), 128> = Table::new(&[
    ("us", ()),
    ("u.s.", ()),
    ("american", ()),
    ("singapore", ()),
    ("australian", ()),
    ("canadian", ()),
    ("hong", ()),
    ("new", ()),
    ("taiwan", ()),
    ("taiwanese", ()),
    ("jamaican", ()),
    ("namibian", ()),
    ("brunei", ()),
    ("bahamian", ()),
    ("barbados", ()),
    ("barbadian", ()),
    ("belize", ()),
    ("bermudian", ()),
    ("cayman", ()),
    ("east", ()),
    ("fiji", ()),
    ("fijian", ()),
    ("guyanese", ()),
    ("liberian", ()),
    ("surinamese", ()),
    ("trinidad", ()),
    ("indian", ()),
    ("pakistani", ()),
    ("pakistan", ()),
    ("sri", ()),
    ("lankan", ()),
    ("nepalese", ()),
    ("nepali", ()),
    ("mauritian", ()),
    ("seychelles", ()),
    ("mexican", ()),
    ("philippine", ()),
    ("argentine", ()),
    ("argentinian", ()),
    ("argentinean", ()),
    ("chilean", ()),
    ("colombian", ()),
    ("cuban", ()),
    ("dominican", ()),
    ("uruguayan", ()),
    ("british", ()),
    ("egyptian", ()),
    ("lebanese", ()),
    ("syrian", ()),
    ("sudanese", ()),
    ("south", ()),
    ("kuwaiti", ()),
    ("bahraini", ()),
    ("jordanian", ()),
    ("iraqi", ()),
    ("libyan", ()),
    ("tunisian", ()),
    ("algerian", ()),
    ("serbian", ()),
    ("saudi", ()),
    ("qatari", ()),
    ("omani", ()),
    ("iranian", ()),
    ("yemeni", ()),
    ("swiss", ()),
    ("congolese", ()),
    ("guinean", ()),
    ("rwandan", ()),
    ("burundian", ()),
    ("djiboutian", ()),
    ("comorian", ()),
    ("norwegian", ()),
    ("danish", ()),
    ("swedish", ()),
    ("icelandic", ()),
    ("kenyan", ()),
    ("ugandan", ()),
    ("tanzanian", ()),
    ("somali", ()),
    ("korean", ()),
    ("north", ()),
    ("chinese", ()),
    ("japanese", ()),
    ("russian", ()),
    ("belarusian", ()),
    ("brazilian", ()),
    ("turkish", ()),
    ("uae", ()),
    ("emirati", ()),
    ("moroccan", ()),
    ("azerbaijani", ()),
    ("turkmen", ()),
    ("romanian", ()),
    ("moldovan", ()),
]);

/// Whether a word may be the first word of a country adjective before a currency word.
pub(super) fn adjective_start(lw: &str) -> bool {
    ADJECTIVE_STARTS.has(lw)
}

/// The currency a country adjective gives a currency word: `Pakistani rupees`,
/// `Hong Kong dollars`, `Danish kroner`. `adj` is lowercased and may be two words joined by
/// one space (`hong kong`).
pub(super) fn adjective(adj: &str, lw: &str) -> Option<Currency> {
    let family = FAMILIES.get(lw)?;
    let mut key = [0u8; 40];
    let n = adj.len() + 1 + family.len();
    let dst = key.get_mut(..n)?;
    for (d, b) in dst
        .iter_mut()
        .zip(adj.bytes().chain([b' ']).chain(family.bytes()))
    {
        *d = b;
    }
    ADJECTIVES.get(std::str::from_utf8(dst).ok()?)
}

/// A subunit of a currency: a hundredth of its main unit.
#[derive(Clone, Copy)]
pub(super) struct Subunit {
    /// The canonical name, given as the figure's `unit`.
    pub name: &'static str,
    pub cur: Currency,
    pub assumed: bool,
}

/// A subunit word after an amount: `cents`, `pence`, `kopecks`. `p` only glued (`50p`).
pub(super) fn subunit(lw: &str) -> Option<Subunit> {
    let (name, cur, assumed) = match lw {
        "cents" | "cent" => ("cent", Usd, true),
        "pence" | "penny" | "pennies" => ("penny", Gbp, false),
        "kopecks" | "kopeck" | "kopeks" | "kopek" => ("kopeck", Rub, false),
        "paise" | "paisa" => ("paisa", Inr, true),
        "groszy" | "grosz" => ("grosz", Pln, false),
        _ => return None,
    };
    Some(Subunit { name, cur, assumed })
}

/// A subunit sign after an amount: `99¢`.
pub(super) fn subunit_sign(c: char) -> Option<Subunit> {
    matches!(c, '¢' | '￠').then_some(Subunit {
        name: "cent",
        cur: Usd,
        assumed: true,
    })
}

/// Whether `sub` is the subunit of the currency `main` (`cents` of dollars or euros, `pence` of
/// pounds), for compound amounts such as `3 dollars 50 cents`.
pub(super) fn subunit_of(main: Currency, sub: Subunit) -> bool {
    match sub.name {
        "cent" => !matches!(main, Gbp | Rub | Inr | Pln | Jpy | Krw),
        "penny" => main == Gbp,
        "kopeck" => matches!(main, Rub | Uah | Byn),
        "paisa" => matches!(main, Inr | Pkr | Npr | Bdt),
        "grosz" => main == Pln,
        _ => false,
    }
}

/// Whether a word may start a currency written after an amount (`w` as written, `lw` its
/// key): a code, a currency word or subunit, a crown, or the first word of a country
/// adjective.
pub(super) fn may_start(w: &str, lw: &str) -> bool {
    code(w).is_some()
        || crown(w).is_some()
        || word(lw).is_some()
        || subunit(lw).is_some()
        || adjective_start(lw)
        || matches!(lw, "euro" | "us" | "u" | "p")
        || w.starts_with(|c| sign(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_every_adjective_starts_with_a_listed_word() {
        for (key, _) in ADJECTIVES.entries() {
            let first = key.split(' ').next().unwrap_or("");
            assert!(adjective_start(first), "{key}");
        }
    }
}
